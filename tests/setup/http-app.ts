// The real HTTP stack (Express + the Remix build) on a random port, backed by this test file's schema.
// Requires `remix build` to have run (npm test does it first).
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { getPrisma } from "~/utils/db.server";
import { parseEnv } from "~/utils/env.server";
import { createExpressApp, listenHttp } from "~/utils/express-app.server";

const buildEntry = path.resolve(import.meta.dirname, "../../build/index.js");

export async function startHttpApp(envOverrides: Record<string, string> = {}) {
  if (!existsSync(buildEntry)) throw new Error("build/index.js is missing: run `npm run build` (npm test does this for you)");
  const build = (await import(pathToFileURL(buildEntry).href)) as ServerBuild;
  process.env.LOG_LEVEL = envOverrides.LOG_LEVEL ?? "warn";
  const env = parseEnv({ NODE_ENV: "test", RATE_LIMIT_AUTH_PER_15_MIN: "1000", RATE_LIMIT_WRITES_PER_MIN: "10000", LOG_LEVEL: "warn", ...envOverrides });
  const app = createExpressApp({
    build,
    env,
    publicDir: path.resolve(import.meta.dirname, "../../public"),
    checkDatabase: async () => {
      await getPrisma().$queryRaw`SELECT 1`;
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = listenHttp(app, 0, "127.0.0.1", () => resolve(listening));
  });
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    baseUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** fetch without following redirects, optionally as a signed-in user. */
    request(pathname: string, init: RequestInit & { cookie?: string; form?: Record<string, string | string[]> } = {}) {
      const headers = new Headers(init.headers);
      if (init.cookie) headers.set("Cookie", init.cookie);
      let body = init.body;
      if (init.form) {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(init.form)) {
          for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
        }
        body = params;
      }
      return fetch(baseUrl + pathname, { ...init, headers, body, method: init.method ?? (init.form ? "POST" : "GET"), redirect: "manual" });
    },
  };
}
