// Browser tests drive real Chromium against a real server process per worker (see tests/e2e/fixtures.ts),
// each on its own PostgreSQL schema.
import { defineConfig } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // One server per worker, each migrating its own schema at start; the embedded PostgreSQL (PGlite) shares
  // one session between connections, so against it a single worker is used.
  workers: process.env.TEST_DATABASE_EMBEDDED === "1" ? 1 : 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
