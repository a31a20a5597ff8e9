// Prisma CLI configuration. The CLI is used only for `prisma generate` here; migrations run through
// scripts/migrate.ts (Prisma's WebAssembly schema engine), and the app connects through @prisma/adapter-pg.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
