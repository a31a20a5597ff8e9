// `npm run search:reindex` as an operator runs it: a child process, its exit code and what it says.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { freePort } from "../app/utils/process.server";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function reindex(env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(tsx, [path.join(root, "scripts/search-reindex.ts"), ...args], { cwd: root, timeout: 60_000, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run search:reindex", () => {
  it("says in one line that it cannot reach the database of DATABASE_URL, and exits 1", async () => {
    const port = await freePort();
    const { code, stderr } = await reindex({ DATABASE_URL: `postgresql://postgres:secret@127.0.0.1:${port}/scenebridge` });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `Cannot connect to PostgreSQL at postgresql://postgres:***@127.0.0.1:${port}/scenebridge: connect ECONNREFUSED 127.0.0.1:${port}. Is the server running and DATABASE_URL right?`,
    );
  });

  it("explains a wrong option and exits 2", async () => {
    const { code, stderr } = await reindex({}, ["--bogus"]);
    expect(code).toBe(2);
    expect(stderr).toContain("search:reindex:");
  });
});
