// `npm test`: every test — unit and integration (Vitest) and browser (Playwright with Chromium).
// Uses the PostgreSQL server in TEST_DATABASE_URL when set; otherwise starts an embedded PostgreSQL for the
// run. Each test file / browser worker works in its own schema, so runs never disturb each other.
import { freePort } from "../app/utils/process.server";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "../app/utils/embedded-postgres.server";
import { CHROMIUM_MISSING_HELP, findChromium } from "./find-chromium";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const node = process.execPath;
const passThroughArgs = process.argv.slice(2);

function run(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}


async function main() {
  const chromium = await findChromium();
  if (!chromium) {
    console.error(CHROMIUM_MISSING_HELP);
    process.exit(1);
  }

  const generate = spawnSync(node, [path.join(root, "scripts/prisma-generate.mjs"), "--if-stale"], { cwd: root, stdio: "inherit" });
  if (generate.status !== 0) process.exit(generate.status ?? 1);

  console.log("▶ Type-checking (tsc)");
  const typecheck = spawnSync(node, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit"], { cwd: root, stdio: "inherit" });
  if (typecheck.status !== 0) {
    console.error("Type errors: fix them first.");
    process.exit(typecheck.status ?? 1);
  }

  console.log("▶ Building the app for the browser tests");
  const build = spawnSync(node, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) {
    console.error("The build failed.");
    process.exit(build.status ?? 1);
  }

  let databaseUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let embeddedDir: string | undefined;
  if (!databaseUrl) {
    embeddedDir = mkdtempSync(path.join(os.tmpdir(), "scenebridge-test-db-"));
    const embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, port: await freePort() });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
    console.log(`▶ TEST_DATABASE_URL is not set: using an embedded PostgreSQL for this run (${databaseUrl})`);
  } else {
    console.log(`▶ Using the PostgreSQL server in TEST_DATABASE_URL`);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEST_DATABASE_URL: databaseUrl,
    TEST_DATABASE_EMBEDDED: stopEmbedded ? "1" : "",
    CHROMIUM_PATH: chromium,
    NODE_ENV: "test",
  };
  let failed = false;
  try {
    const unit = await run("Unit and integration tests (Vitest)", [path.join(root, "node_modules/vitest/vitest.mjs"), "run", ...passThroughArgs], env);
    failed ||= unit !== 0;
    const e2e = await run("Browser tests (Playwright, Chromium)", [path.join(root, "node_modules/@playwright/test/cli.js"), "test"], env);
    failed ||= e2e !== 0;
  } finally {
    await stopEmbedded?.();
    if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
  }
  console.log(failed ? "\n✗ Some tests failed." : "\n✓ All tests passed.");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
