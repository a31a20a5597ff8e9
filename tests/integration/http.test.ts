// The HTTP layer: health check, security headers, same-origin writes, rate limits, no GET changes data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp({ RATE_LIMIT_AUTH_PER_15_MIN: "5" });
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

describe("HTTP server", () => {
  it("reports database health", async () => {
    const response = await http.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("sends security headers with a fresh CSP nonce that the page's scripts carry", async () => {
    const first = await http.request("/");
    const second = await http.request("/");
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const html = await first.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).toContain('<html lang="zh-CN"');
  });

  it("refuses cross-site form posts", async () => {
    const response = await http.request("/signin", { form: { email: "a@b.cn", password: "x" }, headers: { Origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("跨站请求已被拒绝");
  });

  it("rate-limits sign-in attempts with a bilingual message", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await http.request("/signin", { form: { email: "nobody@example.com", password: "wrong password" } });
      statuses.push(response.status);
      if (response.status === 429) expect(await response.text()).toContain("Too many requests");
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it("does not sign out on GET; sign-out is a POST that deletes the session", async () => {
    const user = await createUser();
    expect((await http.request("/signout", { cookie: user.cookie })).status).toBe(302);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const response = await http.request("/signout", { cookie: user.cookie, form: {} });
    expect(response.status).toBe(302);
    expect(response.headers.get("set-cookie")).toContain("Max-Age=0");
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("remembers a visitor's language choice in a cookie and a user's on the account", async () => {
    const visitor = await http.request("/locale", { form: { locale: "en", redirectTo: "/" } });
    const cookie = (visitor.headers.get("set-cookie") ?? "").split(";")[0];
    const page = await (await http.request("/", { cookie })).text();
    expect(page).toContain('<html lang="en"');
    // Page titles follow the language too.
    expect(await (await http.request("/signin", { cookie })).text()).toContain("<title>Sign in · SceneBridge</title>");
    expect(await (await http.request("/signin")).text()).toContain("<title>登录 · SceneBridge 场景桥</title>");
    const user = await createUser();
    await http.request("/locale", { cookie: user.cookie, form: { locale: "en", redirectTo: "/" } });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
    // Open redirects are not followed.
    const evil = await http.request("/locale", { form: { locale: "zh", redirectTo: "//evil.example" } });
    expect(evil.headers.get("location")).toBe("/");
  });
});
