import path from "node:path";
import { defineConfig } from "vitest/config";

// PGlite (the embedded PostgreSQL) shares one session between connections, so migrations of two test files
// would fight over search_path; against it, files run one at a time. A real server runs them in parallel.
const embeddedDatabase = !process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE_EMBEDDED === "1";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    fileParallelism: !embeddedDatabase,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
