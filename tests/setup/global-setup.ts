// Vitest global setup: when TEST_DATABASE_URL is not set (running `npx vitest` directly), start one embedded
// PostgreSQL for the run. `npm test` sets TEST_DATABASE_URL itself, so this then does nothing.
import { freePort } from "../../app/utils/process.server";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}


export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("testDatabaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const { startEmbeddedPostgres } = await import("../../app/utils/embedded-postgres.server");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "scenebridge-vitest-db-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  project.provide("testDatabaseUrl", embedded.url);
  return async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
