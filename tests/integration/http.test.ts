// The HTTP layer: health check, security headers, same-origin writes, rate limits, no GET changes data.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createUser, TEST_PASSWORD } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { cookiesAreSecure, parseEnv } from "~/utils/env.server";
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

  it("rate-limits sign-in attempts: over the limit the form comes back as typed, with how long to wait, and no password is checked", async () => {
    const user = await createUser();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push((await http.request("/signin", { form: { email: "nobody@example.com", password: "wrong password" } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // The sixth, even with the right password, is refused on the sign-in page itself (not an error page that
    // loses the e-mail address), in the reader's language.
    const refused = await http.request("/signin", { form: { email: user.email, password: TEST_PASSWORD } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await refused.text();
    expect(html).toMatch(/尝试次数过多，请 1[45] 分钟后再试。/);
    expect(html).toContain(`value="${user.email}"`);
    // Submitted by the page's JavaScript (a Remix data request): the same answer as data, which the form shows.
    const data = await http.request("/signin?_data=routes%2Fsignin", { form: { email: user.email, password: TEST_PASSWORD }, headers: { Cookie: "locale=en" } });
    expect(data.status).toBe(429);
    const reply = (await data.json()) as { initialValue?: { email?: string }; error?: Record<string, string[]> };
    expect(reply.initialValue?.email).toBe(user.email);
    expect(JSON.stringify(reply.error)).toContain("errors.tooManyAttempts");
    expect((await http.request("/signup", { form: { name: "新用户", email: "new@example.com", password: "long enough password", confirmPassword: "long enough password" } })).status).toBe(429);
    expect(await db.prisma.user.count({ where: { email: "new@example.com" } })).toBe(0);
  });

  it("other writes over the limit: a plain bilingual page, or a 429 Remix shows as 'too many requests' for a script's request", async () => {
    const limited = await startHttpApp({ RATE_LIMIT_WRITES_PER_MIN: "1" });
    try {
      await limited.request("/locale", { form: { locale: "zh", redirectTo: "/" } });
      const plain = await limited.request("/locale", { form: { locale: "zh", redirectTo: "/" } });
      expect(plain.status).toBe(429);
      expect(await plain.text()).toContain("Too many requests");
      const data = await limited.request("/locale?_data=routes%2Flocale", { form: { locale: "zh", redirectTo: "/" } });
      expect(data.status).toBe(429);
      expect(data.headers.get("x-remix-catch")).toBe("yes");
      expect(await data.json()).toEqual({ messageKey: "errors.tooManyRequests" });
    } finally {
      await limited.close();
    }
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

  it("sets Secure cookies only in a production run, whatever the build (the demo over HTTP on a network address)", async () => {
    // The build is compiled with NODE_ENV=production; this run is a test run, as `npm start` is a development one.
    // A browser drops a Secure cookie sent over plain HTTP to any host but localhost.
    // Its own server: this file's one allows five sign-ins in all.
    const http = await startHttpApp();
    onTestFinished(() => http.close());
    const setCookies: string[] = [];
    const collect = (response: Response) => setCookies.push(...response.headers.getSetCookie());
    const user = await createUser();
    const signIn = await http.request("/signin", { form: { email: user.email, password: TEST_PASSWORD, redirectTo: "/" } });
    expect(signIn.status).toBe(302);
    collect(signIn);
    const session = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith("sb_session="))!.split(";")[0]!;
    const flashed = await http.request("/account/sessions", { cookie: session, form: { intent: "revoke-others" } });
    collect(flashed);
    // The page that shows the flash clears it with a cookie of its own.
    const flash = flashed.headers.getSetCookie().find((cookie) => cookie.startsWith("sb_flash="))!.split(";")[0]!;
    collect(await http.request("/account/sessions", { cookie: `${session}; ${flash}` }));
    collect(await http.request("/scenarios?lang=en"));
    collect(await http.request("/locale", { form: { locale: "en", redirectTo: "/" } }));
    collect(await http.request("/signout", { cookie: session, form: {} }));
    expect(setCookies.map((cookie) => cookie.split("=")[0]).sort()).toEqual(["sb_flash", "sb_flash", "sb_lang", "sb_lang", "sb_session", "sb_session"]);
    for (const cookie of setCookies) expect(cookie).not.toMatch(/;\s*Secure/i);
    // Each of them asks cookiesAreSecure, which says yes in production (env.server.test.ts).
    expect(cookiesAreSecure(parseEnv({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) }))).toBe(true);
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

  it("opens a link that names its language (?lang=en) in it for visitors, and keeps a user's own language", async () => {
    const link = await http.request("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&lang=en&page=1");
    expect(link.status).toBe(302);
    // The same page without the parameter, and the visitor's language remembered as the language button does.
    expect(link.headers.get("location")).toBe("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&page=1");
    const cookie = (link.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(cookie).toMatch(/^sb_lang=/);
    expect(await (await http.request("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&page=1", { cookie })).text()).toContain('<html lang="en"');
    // Back to Chinese the same way.
    const back = await http.request("/solutions?lang=zh", { cookie });
    expect(back.headers.get("location")).toBe("/solutions");
    expect(await (await http.request("/solutions", { cookie: (back.headers.get("set-cookie") ?? "").split(";")[0]! })).text()).toContain('<html lang="zh-CN"');
    // A signed-in user's account language wins over the sender's; an unknown value is dropped.
    const user = await createUser();
    const signedIn = await http.request("/scenarios?lang=en", { cookie: user.cookie });
    expect(signedIn.headers.get("location")).toBe("/scenarios");
    expect(signedIn.headers.get("set-cookie") ?? "").not.toContain("sb_lang");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");
    const unknown = await http.request("/?lang=fr");
    expect(unknown.headers.get("location")).toBe("/");
    expect(unknown.headers.get("set-cookie") ?? "").not.toContain("sb_lang");
  });
});
