// Playwright fixtures: each worker runs its own SceneBridge server process on its own PostgreSQL schema
// (in TEST_DATABASE_URL), and tests create their own users through the UI.
import { freePort } from "../../app/utils/process.server";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");


async function waitForHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy in time:\n${output()}`);
}

/** The per-worker server: its URL and the PostgreSQL schema it runs on. */
export type WorkerServer = { url: string; schema: string; databaseUrl: string };
type WorkerFixtures = { server: WorkerServer };

export const test = base.extend<{ grantReviewer: (email: string) => Promise<void> }, WorkerFixtures>({
  server: [
    async ({}, use, workerInfo) => {
      const databaseUrl = process.env.TEST_DATABASE_URL;
      if (!databaseUrl) throw new Error("TEST_DATABASE_URL is not set: run the browser tests through `npm test`.");
      const schema = `e2e_w${workerInfo.workerIndex}_${randomBytes(3).toString("hex")}`;
      const port = await freePort();
      let log = "";
      const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server.ts"], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: "production",
          COOKIE_SECRET: randomBytes(24).toString("hex"),
          DATABASE_URL: databaseUrl,
          DATABASE_SCHEMA: schema,
          // One connection against the embedded PostgreSQL (see server.ts).
          DATABASE_POOL_SIZE: process.env.TEST_DATABASE_EMBEDDED === "1" ? "1" : "4",
          PORT: String(port),
          HOST: "127.0.0.1",
          SEED_DEMO_DATA: "false",
          RATE_LIMIT_AUTH_PER_15_MIN: "1000",
          RATE_LIMIT_WRITES_PER_MIN: "10000",
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (chunk) => (log += chunk));
      child.stderr?.on("data", (chunk) => (log += chunk));
      const url = `http://127.0.0.1:${port}`;
      await waitForHealthy(url, child, () => log);
      await use({ url, schema, databaseUrl });
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  // Reviewers are appointed by administrators, not through a public form; tests appoint them directly.
  grantReviewer: async ({ server }, use) => {
    await use(async (email: string) => {
      const client = new pg.Client({ connectionString: server.databaseUrl });
      await client.connect();
      try {
        await client.query(
          `INSERT INTO "${server.schema}"."PlatformRole" ("userId", "role") SELECT id, 'REVIEWER' FROM "${server.schema}"."User" WHERE email = $1`,
          [email],
        );
      } finally {
        await client.end();
      }
    });
  },
});

export { expect };

export function uniqueEmail(prefix: string) {
  return `${prefix}.${randomBytes(4).toString("hex")}@e2e.scenebridge.cn`;
}

export const PASSWORD = "a long enough password";

export async function signUp(page: Page, options: { name: string; email: string; locale: "zh" | "en" }) {
  await page.goto("/signup");
  if (options.locale === "en") {
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
  const labels = options.locale === "zh" ? { name: "姓名", email: "电子邮箱", password: "密码", confirm: "确认密码", submit: "注册" } : { name: "Name", email: "Email", password: "Password", confirm: "Confirm password", submit: "Sign up" };
  await page.getByLabel(startsWith(labels.name)).fill(options.name);
  await page.getByLabel(startsWith(labels.email)).fill(options.email);
  await page.getByLabel(startsWith(labels.password)).fill(PASSWORD);
  await page.getByLabel(startsWith(labels.confirm)).fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: labels.submit }).click();
  await expect(page).toHaveURL(/\/orgs$/);
}

/** Matches an accessible name that starts with the label text (required fields add "(required)"). */
export function startsWith(label: string) {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

/**
 * Gives a signed-up user a VERIFIED organisation of the given kind and makes it their active one — the state a
 * reviewer's verification leaves behind (that journey is tested on its own in verification-journey.spec.ts).
 */
export async function giveVerifiedOrg(
  server: { schema: string; databaseUrl: string },
  email: string,
  org: { kind: "SOE" | "TECH_FIRM"; name: string; uscc: string; tier?: "STARTUP" | "TECH_SME" | "HIGH_TECH" | "TECH_LEADER" },
) {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  const s = `"${server.schema}"`;
  try {
    const orgId = `e2e${randomBytes(10).toString("hex")}`;
    await client.query(
      `INSERT INTO ${s}."Organization" (id, kind, name, uscc, district, tier, "contactName", "contactPhone", "contactEmail", "verificationStatus", "verifiedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'DONGGANG', $5, '联系人', '13800000000', $6, 'VERIFIED', now(), now())`,
      [orgId, org.kind, org.name, org.uscc, org.tier ?? null, email],
    );
    await client.query(
      `INSERT INTO ${s}."Membership" (id, "userId", "orgId", role) SELECT $1, id, $2, 'OWNER' FROM ${s}."User" WHERE email = $3`,
      [`m${orgId}`, orgId, email],
    );
    await client.query(`UPDATE ${s}."User" SET "activeOrgId" = $1 WHERE email = $2`, [orgId, email]);
    return orgId;
  } finally {
    await client.end();
  }
}

/** axe with the WCAG 2 A and AA rules; the failure message lists each violation and where it is. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, label).toEqual([]);
}

/** Runs SQL against the worker's schema (for arranging records a test is not about). */
export async function inWorkerSchema<T>(server: { schema: string; databaseUrl: string }, work: (query: (sql: string, values?: unknown[]) => Promise<pg.QueryResult>) => Promise<T>) {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${server.schema}", public`);
    return await work((sql, values) => client.query(sql, values as unknown[]));
  } finally {
    await client.end();
  }
}
