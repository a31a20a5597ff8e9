// What an unexpected server error shows the browser. `npm start` runs with NODE_ENV unset (development by
// default), yet serves people: the page must not carry the error's message or stack trace (file paths, SQL)
// in its hydration data. Only `npm run dev` (remix dev sets REMIX_DEV_ORIGIN) shows them, which this file
// also checks, so the assertions can tell the two apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remixServerMode } from "~/utils/express-app.server";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;

beforeAll(async () => {
  db = await useTestSchema();
  // Every scenario page's loader now fails with a database error: an error nobody expected.
  await db.prisma.$executeRawUnsafe(`ALTER TABLE "${db.schema}"."Scenario" RENAME TO "ScenarioGone"`);
});
afterAll(async () => {
  await db?.drop();
});

/** A scenario page, served by an app started with NODE_ENV=development and, optionally, as remix dev starts it. */
async function scenarioPageServedBy(remixDevOrigin: string | undefined) {
  const before = process.env.REMIX_DEV_ORIGIN;
  if (remixDevOrigin) process.env.REMIX_DEV_ORIGIN = remixDevOrigin;
  else delete process.env.REMIX_DEV_ORIGIN;
  const http = await startHttpApp({ NODE_ENV: "development", LOG_LEVEL: "error" });
  try {
    const response = await http.request("/scenarios/some-scenario");
    return { status: response.status, body: await response.text() };
  } finally {
    await http.close();
    if (before === undefined) delete process.env.REMIX_DEV_ORIGIN;
    else process.env.REMIX_DEV_ORIGIN = before;
  }
}

describe("an unexpected server error", () => {
  it("under npm start (NODE_ENV development by default) shows the apology, without the error's message or stack", async () => {
    const { status, body } = await scenarioPageServedBy(undefined);
    expect(status).toBe(500);
    expect(body).toContain("出错了");
    expect(body).not.toContain("ScenarioGone");
    expect(body).not.toContain('"Scenario"');
    expect(body).not.toMatch(/node_modules|build\/index\.js|\.ts:\d+/);
    expect(body).toContain("Unexpected Server Error");
  });

  it("under remix dev shows the developer the error (which is how the test above knows what to look for)", async () => {
    const { status, body } = await scenarioPageServedBy("http://localhost:3001");
    expect(status).toBe(500);
    expect(body).toMatch(/build\/index\.js|node_modules/);
  });

  it("the mode follows the process: remix dev is development, npm start and production are production, tests are test", () => {
    expect(remixServerMode({ NODE_ENV: "development" }, {})).toBe("production");
    expect(remixServerMode({ NODE_ENV: "development" }, { REMIX_DEV_ORIGIN: "http://localhost:3001" })).toBe("development");
    expect(remixServerMode({ NODE_ENV: "production" }, { REMIX_DEV_ORIGIN: "http://localhost:3001" })).toBe("production");
    expect(remixServerMode({ NODE_ENV: "test" }, {})).toBe("test");
  });
});
