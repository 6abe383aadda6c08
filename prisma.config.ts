// Prisma CLI configuration (Prisma 7 reads the connection URL here, not in schema.prisma).
// The app itself applies prisma/migrations with lib/db/migrate.ts, in Prisma's own
// _prisma_migrations format, so `prisma migrate deploy|status` agree with it on machines
// that have Prisma's schema engine.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
