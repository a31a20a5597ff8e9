// Hostile and malformed input on every form, over real HTTP with no JavaScript (the server's validation is
// the real one): always a 4xx with a message in the reader's language, the typed values kept, never a 500.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "~/locales/en";
import { zh } from "~/locales/zh";
import { awardBid, placeBid } from "~/modules/bids/bids.server";
import { createCase } from "~/modules/cases/cases.server";
import { fileReport } from "~/modules/moderation/moderation.server";
import { serializeLocaleCookie } from "~/utils/locale.server";
import { bidInput, createPublishedScenario, createPublishedSolution, createVerifiedOrgUser } from "../setup/bid-factories";
import { createOrgFor, createUser, randomUscc, TEST_PASSWORD } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

const naughtyStrings: string[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/blns.json"), "utf8"));
const HOSTILE = [
  "",
  "   ",
  "x".repeat(10_000),
  "<script>alert('xss')</script>",
  "'; DROP TABLE \"User\"; --",
  "😀🚁🏗️ 无人机👍",
  "\u0000\u0001 control",
  "﷽".repeat(50),
];

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let owner: Awaited<ReturnType<typeof createUser>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let orgId: string;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  owner = await createUser();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  orgId = (await createOrgFor(owner.id)).id;
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

function escapeHtml(value: string) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const orgForm = (overrides: Record<string, string>) => ({
  kind: "SOE",
  name: "日照测试有限公司",
  uscc: randomUscc(),
  district: "DONGGANG",
  contactName: "张三",
  contactPhone: "13800000000",
  contactEmail: "contact@example.com",
  ...overrides,
});

type FormCase = { path: string; who: "anonymous" | "owner" | "reviewer"; build: (value: string) => Record<string, string> };
const FORMS: Record<string, FormCase> = {
  signup: { path: "/signup", who: "anonymous", build: (value) => ({ name: value, email: value, password: value, confirmPassword: "different" }) },
  signin: { path: "/signin", who: "anonymous", build: (value) => ({ email: value, password: value }) },
  createOrg: { path: "/orgs/new", who: "owner", build: (value) => orgForm({ name: value, uscc: value, contactPhone: value }) },
  editOrg: { path: "", who: "owner", build: (value) => orgForm({ name: value, contactEmail: value, website: value }) },
  addMember: { path: "", who: "owner", build: (value) => ({ email: value, role: value }) },
  profile: { path: "/account?index", who: "owner", build: (value) => ({ name: value, locale: value }) },
  password: { path: "/account/password", who: "owner", build: (value) => ({ currentPassword: value, newPassword: value, confirmPassword: `${value}!` }) },
  decision: { path: "", who: "reviewer", build: (value) => ({ decision: "reject", reason: value.trim() ? value : "" }) },
};

function pathOf(name: string, form: FormCase) {
  if (name === "editOrg") return `/orgs/${orgId}/edit`;
  if (name === "addMember") return `/orgs/${orgId}/members`;
  if (name === "decision") return `/review/organizations/${orgId}`;
  return form.path;
}

const cookieOf = (who: FormCase["who"]) => (who === "owner" ? owner.cookie : who === "reviewer" ? reviewer.cookie : undefined);

describe("request methods no page answers", () => {
  it("TRACE gets 405 with Allow, not a 500 (the Fetch API cannot represent it for Remix)", async () => {
    const { request } = await import("node:http");
    const send = (method: string) =>
      new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
        const req = request(http.baseUrl + "/scenarios", { method }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
        });
        req.on("error", reject);
        req.end();
      });
    for (const method of ["TRACE"]) {
      const response = await send(method);
      expect(response.status, method).toBe(405);
      expect(response.allow).toBe("GET, HEAD, POST");
      expect(response.body).toContain("不支持这种请求方式");
    }
    expect((await send("GET")).status).toBe(200);
  });
});

describe("requests Node's HTTP parser refuses before the app sees them", () => {
  const sendRaw = async (raw: string) => {
    const net = await import("node:net");
    const { port } = new URL(http.baseUrl);
    return new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => socket.end(raw));
      let answer = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (answer += chunk));
      socket.on("end", () => resolve(answer));
      socket.on("error", reject);
    });
  };

  it("a URL over the 16 KB limit (a search box pasted full) gets 431 with a sentence in both languages, not an empty page", async () => {
    const pasted = encodeURIComponent("无人机巡检".repeat(1200)); // about 27 KB once percent-encoded
    const answer = await sendRaw(`GET /scenarios?q=${pasted} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain("Content-Type: text/plain; charset=utf-8");
    expect(answer).toContain("请求的网址或请求头过长");
    expect(answer).toContain("The address or headers of this request are too long");
    const body = answer.slice(answer.indexOf("\r\n\r\n") + 4);
    expect(Number(/Content-Length: (\d+)/.exec(answer)?.[1])).toBe(Buffer.byteLength(body));
  });

  it("the same on a keep-alive connection, after an earlier request's answer (a search pasted into a page already open)", async () => {
    const net = await import("node:net");
    const { port } = new URL(http.baseUrl);
    const secondAnswer = (second: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), "127.0.0.1", () => socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        let data = "";
        let firstDone = false;
        socket.setEncoding("utf8");
        socket.on("data", (chunk: string) => {
          data += chunk;
          if (!firstDone && /^HTTP\/1\.1 200[\s\S]*\r\n\r\n\{.*\}/.test(data)) {
            firstDone = true;
            data = "";
            socket.write(second);
          }
        });
        socket.on("close", () => resolve(data));
        socket.on("error", reject);
      });
    expect(await secondAnswer(`GET /scenarios?q=${"x".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 [\s\S]*请求的网址或请求头过长/);
    expect(await secondAnswer("GET /scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 [\s\S]*请求格式有误/);
  });

  it("a malformed request gets 400 with a sentence in both languages", async () => {
    const answer = await sendRaw("GET /scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("请求格式有误");
    expect(answer).toContain("The request is malformed");
    expect((await http.request("/scenarios")).status).toBe(200);
  });
});

describe("control characters and Chinese in paths", () => {
  it("an id with NUL or another control character is a 404 for any route and visitor, never a 500", async () => {
    const paths = ["/scenarios/%00", "/solutions/%00", "/scenarios/%00/bid", "/cases/%00", "/attachments/%00", "/workspace/scenarios/%00", "/workspace/scenarios/%00/invite", "/review/scenarios/%00", "/orgs/%00", "/scenarios/a%01b"];
    // Escapes that are not UTF-8 (a lone byte, an overlong NUL, a lone surrogate, a cut-off escape) name no record either.
    paths.push("/scenarios/%FF", "/solutions/%C0%80", "/workspace/scenarios/%ED%A0%80/invite", "/review/reports/%E6%B8", "/cases/%");
    for (const pathname of paths) {
      for (const cookie of [undefined, owner.cookie, reviewer.cookie]) {
        const response = await http.request(pathname, { cookie });
        expect(response.status, pathname).toBe(404);
        expect(await response.text()).toContain("页面不存在");
      }
    }
    expect((await http.request("/scenarios?q=%00港口")).status).toBe(200);
  });

  it("a redirect target with Chinese in it is followed, percent-encoded (it was a 500)", async () => {
    const response = await http.request("/locale", { form: { locale: "en", redirectTo: "/scenarios?q=港口" } });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location")).toBe("/scenarios?q=%E6%B8%AF%E5%8F%A3");
  });
});

describe("data requests no route module can answer", () => {
  // What the page's JavaScript fetches (?_data=<route id>), asked of a route without a loader or an action, with a
  // route id that is unknown or not the URL's, or at a URL no route matches. Remix answered these itself, in
  // English ("Unexpected Server Error"), as a fault of ours.
  const REFUSALS = [
    { what: "a route without a loader", path: "/reports?_data=routes%2Freports", init: {}, status: 400, key: "noPageData" },
    // Remix says 403 for these, which the page titled "没有权限": asking a URL for another route's data is a
    // malformed request, not a matter of permission.
    { what: "an unknown route id", path: "/?_data=routes%2Fno-such-route", init: {}, status: 400, key: "noPageData" },
    { what: "another URL's route id", path: "/?_data=routes%2Fsignin", init: {}, status: 400, key: "noPageData" },
    { what: "another URL's route id (a signed-in page's)", path: "/scenarios?_data=routes%2Fworkspace._index", init: {}, status: 400, key: "noPageData" },
    { what: "a URL no route matches", path: "/no-such-page?_data=root", init: {}, status: 404, key: "notFound" },
    { what: "a post to a route without an action", path: "/?_data=routes%2F_index", init: { form: { q: "1" } }, status: 405, key: "methodNotAllowed" },
  ] as const;

  it("answers each with its 4xx and a message in the reader's language (Chinese by default), as a thrown response the page shows", async () => {
    const english = await createUser({ locale: "en" });
    const englishVisitor = (await serializeLocaleCookie("en")).split(";")[0]!;
    for (const refusal of REFUSALS) {
      for (const [reader, cookie, messages] of [["zh visitor", undefined, zh], ["en visitor", englishVisitor, en], ["en user", english.cookie, en]] as const) {
        const label = `${refusal.what}, ${reader}`;
        const response = await http.request(refusal.path, { ...refusal.init, cookie });
        expect(response.status, label).toBe(refusal.status);
        // "Catch": the page's error view shows it as an expected answer, by its message key, in the reader's language.
        expect(response.headers.get("x-remix-catch"), label).toBe("yes");
        expect(response.headers.get("x-remix-error"), label).toBeNull();
        // A 405 says which methods the address does answer.
        expect(response.headers.get("allow"), label).toBe(refusal.status === 405 ? "GET, HEAD" : null);
        expect(await response.json(), label).toEqual({ messageKey: `errors.${refusal.key}`, message: messages.errors[refusal.key] });
      }
    }
  });

  it("gives a 404 or 403 the app throws with a message key its message in the reader's language too", async () => {
    const user = await createUser({ locale: "en" });
    const asked = [
      { path: "/scenarios/no-such-scenario?_data=routes%2Fscenarios.%24scenarioId", cookie: undefined, status: 404, key: "notFound", messages: zh },
      { path: "/scenarios/no-such-scenario?_data=routes%2Fscenarios.%24scenarioId", cookie: user.cookie, status: 404, key: "notFound", messages: en },
      { path: "/review/search?_data=routes%2Freview.search", cookie: user.cookie, status: 403, key: "forbidden", messages: en },
    ] as const;
    for (const { path, cookie, status, key, messages } of asked) {
      const response = await http.request(path, { cookie });
      expect(response.status, path).toBe(status);
      expect(response.headers.get("x-remix-catch"), path).toBe("yes");
      expect(await response.json(), path).toEqual({ messageKey: `errors.${key}`, message: messages.errors[key] });
    }
  });

  it("a form posted without JavaScript to a page without an action is told so in the reader's language, with its 405", async () => {
    const response = await http.request("/", { form: { q: "1" } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const body = await response.text();
    expect(body).toContain(zh.errors.status["405"]);
    expect(body).toContain(zh.errors.methodNotAllowed);
    expect(body).not.toContain(zh.errors.unexpected);
  });

  it("the page's hydration data carries the refusal in the reader's language too, not the router's English", async () => {
    const englishVisitor = (await serializeLocaleCookie("en")).split(";")[0]!;
    const pages = [
      { what: "a post to a page without an action", path: "/", init: { form: { q: "1" } }, status: 405, key: "methodNotAllowed" },
      { what: "a URL no route matches", path: "/no-such-page", init: {}, status: 404, key: "notFound" },
    ] as const;
    for (const page of pages) {
      for (const [reader, cookie, messages] of [["zh", undefined, zh], ["en", englishVisitor, en]] as const) {
        const label = `${page.what}, ${reader}`;
        const response = await http.request(page.path, { ...page.init, cookie });
        expect(response.status, label).toBe(page.status);
        const body = await response.text();
        const context = JSON.parse(body.match(/window\.__remixContext = (\{.*?\});<\/script>/)![1]!) as { state: { errors: Record<string, unknown> } };
        expect(Object.values(context.state.errors), label).toEqual([
          { status: page.status, statusText: expect.any(String), internal: false, data: { messageKey: `errors.${page.key}`, message: messages.errors[page.key] }, __type: "RouteErrorResponse" },
        ]);
        expect(body, label).not.toMatch(/You made a POST request|did not provide an `action`|No route matches URL/);
        // The error view says the same.
        expect(body, label).toContain(messages.errors[page.key]);
      }
    }
  });
});

describe("NUL in posted ids, Chinese in redirect targets", () => {
  let soe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
  let firm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
  let scenarioId: string;

  beforeAll(async () => {
    soe = await createVerifiedOrgUser("SOE", reviewer.id);
    firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    scenarioId = (await createPublishedScenario(soe.orgId)).id;
  });

  it("an id posted with a NUL in it is not found (4xx), never a 500", async () => {
    const posts: [string, string, Record<string, string>][] = [
      ["/notifications", soe.cookie, { intent: "open", notificationId: "\u0000" }],
      ["/notifications", soe.cookie, { intent: "read", notificationId: "\u0000" }],
      ["/orgs/switch", soe.cookie, { orgId: "\u0000", redirectTo: "/" }],
      ["/workspace/bids?index", firm.cookie, { intent: "withdraw", bidId: "\u0000" }],
      ["/reports", firm.cookie, { entityType: "SCENARIO", entityId: "\u0000", reason: "信息不实，联系方式无效" }],
    ];
    for (const [pathname, cookie, form] of posts) {
      const response = await http.request(pathname, { cookie, form });
      expect(response.status, `${pathname} ${JSON.stringify(form)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${pathname} ${JSON.stringify(form)}`).toBeLessThan(500);
    }
  });

  it("signing in and reporting follow a target with Chinese in it, percent-encoded, and still only on this site", async () => {
    const signedIn = await http.request("/signin", { form: { email: soe.email, password: TEST_PASSWORD, redirectTo: "/scenarios?q=港" } });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("location")).toBe("/scenarios?q=%E6%B8%AF");
    const reported = await http.request("/reports", {
      cookie: firm.cookie,
      form: { entityType: "SCENARIO", entityId: scenarioId, reason: "信息不实，联系方式无效", redirectTo: `/scenarios/${scenarioId}?q=港口` },
    });
    expect(reported.status).toBe(302);
    expect(reported.headers.get("location")).toBe(`/scenarios/${scenarioId}?q=%E6%B8%AF%E5%8F%A3`);
    for (const redirectTo of ["//evil.example", "/\\evil.example", "https://evil.example"]) {
      const response = await http.request("/reports", { cookie: firm.cookie, form: { entityType: "SCENARIO", entityId: scenarioId, reason: `另一条举报理由 ${redirectTo}`, redirectTo } });
      expect(response.headers.get("location"), redirectTo).toBe("/");
    }
  });
});

describe("bad input", () => {
  for (const [name, form] of Object.entries(FORMS)) {
    it(`${name}: hostile values give 4xx with a Chinese message, never 5xx`, async () => {
      for (const value of HOSTILE) {
        const response = await http.request(pathOf(name, form), { cookie: cookieOf(form.who), form: form.build(value) });
        const body = await response.text();
        // The decision form accepts a real reason; a redirect then is success, not an error.
        if (name === "decision" && value.trim() && value.length <= 500 && response.status === 302) continue;
        expect(response.status, `${name} with ${JSON.stringify(value.slice(0, 30))}`).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(body).not.toContain("<script>alert('xss')</script>");
        expect(body).toMatch(/此项为必填项|不能超过|请输入|请从列表中选择|不一致|邮箱或密码不正确|统一社会信用代码|当前密码不正确|至少需要|必须填写理由|状态已变化/);
      }
    });
  }

  it("keeps what the user typed (except passwords) and escapes it", async () => {
    const name = "<b>陈</b> & Co. 😀";
    const response = await http.request("/signup", { form: { name, email: "not-an-email", password: "short", confirmPassword: "short" } });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain(`value="${escapeHtml(name)}"`);
    expect(body).toContain('value="not-an-email"');
    expect(body).not.toContain('value="short"');
    expect(body).toContain("请输入有效的电子邮箱地址");
  });

  it("answers in English for an English-speaking user", async () => {
    const english = await createUser({ locale: "en" });
    const response = await http.request("/orgs/new", { cookie: english.cookie, form: orgForm({ uscc: "91350100M000100Y44" }) });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("The check character is wrong");
    expect(body).toContain("91350100M000100Y44");
  });

  it("takes a contact phone as people write it, stored in one form; a number it cannot read is told which forms work (QA10 M4)", async () => {
    const written: [typed: string, stored: string][] = [
      ["+86 138 0013 8000", "13800138000"],
      ["138-0013-8000", "13800138000"],
      ["+86 633 8888888", "0633-8888888"],
      ["(0633) 8888888", "0633-8888888"],
      ["+49 30 12345678", "+49 30 12345678"],
    ];
    for (const [typed, stored] of written) {
      const uscc = randomUscc();
      const response = await http.request("/orgs/new", { cookie: owner.cookie, form: orgForm({ uscc, contactPhone: typed }) });
      expect(response.status, typed).toBe(302);
      expect((await db.prisma.organization.findFirstOrThrow({ where: { uscc } })).contactPhone, typed).toBe(stored);
    }
    const english = await createUser({ locale: "en" });
    const refused = await http.request("/orgs/new", { cookie: english.cookie, form: orgForm({ contactPhone: "+86 138 0013 800" }) });
    expect(refused.status).toBe(400);
    const body = await refused.text();
    expect(body).toContain('value="+86 138 0013 800"'); // as typed
    expect(body).toContain("Enter a mainland China mobile (e.g. 138 0013 8000 or +86 138 0013 8000), a mainland landline with its area code");
    expect(body).toContain("or a number outside mainland China starting with + and the country code (e.g. +49 30 12345678)");
    expect(body).toContain("e.g. +86 138 0013 8000, 0633-8888888, +49 30 12345678"); // the hint
    const local = await http.request("/orgs/new", { cookie: owner.cookie, form: orgForm({ contactPhone: "888 8888" }) });
    expect(local.status).toBe(400);
    const localBody = await local.text();
    expect(localBody).toContain("固定电话请加上区号，如 0633-8888888");
    expect(localBody).toContain('value="888 8888"');
  });

  it("survives the Big List of Naughty Strings on sign-up and organisation creation", async () => {
    for (const value of naughtyStrings) {
      const signup = await http.request("/signup", { form: { name: value, email: value, password: value, confirmPassword: "x" } });
      expect(signup.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(signup.status, JSON.stringify(value)).toBeLessThan(500);
      const org = await http.request("/orgs/new", { cookie: owner.cookie, form: orgForm({ name: value, uscc: value }) });
      expect(org.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(org.status, JSON.stringify(value)).toBeLessThan(500);
    }
  });

  it("rejects the honeypot without creating an account", async () => {
    const email = `bot-${Date.now()}@example.com`;
    const response = await http.request("/signup", { form: { name: "Bot", email, password: "password123", confirmPassword: "password123", website_url: "http://spam.example" } });
    expect(response.status).toBe(400);
    expect(await db.prisma.user.count({ where: { email } })).toBe(0);
  });

  describe("bodies that are not forms", () => {
    // Every action of app/routes, with a path and a user that gets past its access checks to the point where
    // it reads the form. The list is compared with app/routes, so a new action cannot be forgotten here.
    type Actor = "anonymous" | "soe" | "firm" | "reviewer";
    type Target = { path: () => string; who: Actor };
    let soe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
    let firm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
    let checker: Awaited<ReturnType<typeof createUser>>;
    let draftId: string;
    let publishedId: string;
    let solutionId: string;
    let caseId: string;
    let reportId: string;

    const ACTIONS: Record<string, Target> = {
      "account._index.tsx": { path: () => "/account?index", who: "soe" },
      "account.notifications.tsx": { path: () => "/account/notifications", who: "soe" },
      "account.password.tsx": { path: () => "/account/password", who: "soe" },
      "account.sessions.tsx": { path: () => "/account/sessions", who: "soe" },
      "locale.tsx": { path: () => "/locale", who: "anonymous" },
      "notifications.tsx": { path: () => "/notifications", who: "soe" },
      "orgs.$orgId.edit.tsx": { path: () => `/orgs/${soe.orgId}/edit`, who: "soe" },
      "orgs.$orgId.members.tsx": { path: () => `/orgs/${soe.orgId}/members`, who: "soe" },
      "orgs.new.tsx": { path: () => "/orgs/new", who: "soe" },
      "orgs.switch.tsx": { path: () => "/orgs/switch", who: "soe" },
      "reports.tsx": { path: () => "/reports", who: "soe" },
      "review.cases.$caseId.tsx": { path: () => `/review/cases/${caseId}`, who: "reviewer" },
      "review.categories._index.tsx": { path: () => "/review/categories?index", who: "reviewer" },
      "review.first-unit.$type.tsx": { path: () => "/review/first-unit/FIRST_SET", who: "reviewer" },
      "review.organizations.$orgId.tsx": { path: () => `/review/organizations/${soe.orgId}`, who: "reviewer" },
      "review.reports.$reportId.tsx": { path: () => `/review/reports/${reportId}`, who: "reviewer" },
      "review.scenarios.$scenarioId.tsx": { path: () => `/review/scenarios/${draftId}`, who: "reviewer" },
      "review.search.tsx": { path: () => "/review/search", who: "reviewer" },
      "scenarios.$scenarioId_.bid.tsx": { path: () => `/scenarios/${publishedId}/bid`, who: "firm" },
      "signin.tsx": { path: () => "/signin", who: "anonymous" },
      "signout.tsx": { path: () => "/signout", who: "soe" },
      "signup.tsx": { path: () => "/signup", who: "anonymous" },
      "workspace.bids._index.tsx": { path: () => "/workspace/bids?index", who: "firm" },
      "workspace.cases.$caseId.tsx": { path: () => `/workspace/cases/${caseId}`, who: "soe" },
      "workspace.cases.new.tsx": { path: () => "/workspace/cases/new", who: "soe" },
      "workspace.scenarios.$scenarioId.tsx": { path: () => `/workspace/scenarios/${draftId}`, who: "soe" },
      "workspace.scenarios.$scenarioId_.bids.tsx": { path: () => `/workspace/scenarios/${publishedId}/bids`, who: "soe" },
      "workspace.scenarios.$scenarioId_.invite.tsx": { path: () => `/workspace/scenarios/${publishedId}/invite`, who: "soe" },
      "workspace.scenarios.new.tsx": { path: () => "/workspace/scenarios/new", who: "soe" },
      "workspace.solutions.$solutionId.tsx": { path: () => `/workspace/solutions/${solutionId}`, who: "firm" },
      "workspace.solutions.new.tsx": { path: () => "/workspace/solutions/new", who: "firm" },
    };
    // Sign-out reads no form: whatever the body, it signs out (a redirect), so it is checked for "never a 500" only.
    const READS_NO_FORM = new Set(["signout.tsx"]);

    const BOUNDARY = "----sb-broken-boundary";
    const BODIES: { label: string; contentType: string; body: string; status: number; key: "notAForm" | "badForm" }[] = [
      { label: "JSON", contentType: "application/json", body: JSON.stringify({ intent: "save", name: "张三", email: "a@b.cn" }), status: 415, key: "notAForm" },
      { label: "text/plain", contentType: "text/plain;charset=UTF-8", body: "intent=save\r\nname=张三\r\n", status: 415, key: "notAForm" },
      {
        label: "broken multipart (never closed)",
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave`,
        status: 400,
        key: "badForm",
      },
      { label: "broken multipart (no boundary in the body)", contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: "intent=save&name=x", status: 400, key: "badForm" },
      { label: "multipart without a boundary", contentType: "multipart/form-data", body: `--${BOUNDARY}\r\n`, status: 400, key: "badForm" },
    ];

    beforeAll(async () => {
      checker = await createUser({ roles: ["REVIEWER"] });
      soe = await createVerifiedOrgUser("SOE", checker.id);
      firm = await createVerifiedOrgUser("TECH_FIRM", checker.id);
      const published = await createPublishedScenario(soe.orgId);
      publishedId = published.id;
      draftId = (await createPublishedScenario(soe.orgId, { status: "DRAFT" })).id;
      const solution = await createPublishedSolution(firm.orgId);
      solutionId = solution.id;
      const bid = await placeBid({ id: firm.id }, firm.orgId, published.id, bidInput({ solutionId: solution.id }));
      await awardBid({ id: soe.id }, bid.id);
      caseId = (await createCase({ id: soe.id }, bid.id, { title: "港区无人机巡检案例", outcome: "巡检效率提升百分之六十，人工高空作业全部取消。", figures: [] })).id;
      expect(await fileReport({ id: firm.id }, { entityType: "SOLUTION", entityId: solution.id, reason: "信息不实" })).toBe("filed");
      reportId = (await db.prisma.report.findFirstOrThrow({ where: { entityId: solution.id } })).id;
    });

    it("covers every route that has an action", () => {
      const routesDir = path.resolve(import.meta.dirname, "../../app/routes");
      const withAction = readdirSync(routesDir).filter((file) => /\bexport\s+(?:async\s+function|const|function)\s+action\b/.test(readFileSync(path.join(routesDir, file), "utf8")));
      expect(Object.keys(ACTIONS).sort()).toEqual(withAction.sort());
    });

    for (const locale of ["zh", "en"] as const) {
      it(`answers a 4xx with the message in ${locale}, never a 500`, async () => {
        await db.prisma.user.updateMany({ where: { id: { in: [soe.id, firm.id, checker.id] } }, data: { locale } });
        const anonymousCookie = (await serializeLocaleCookie(locale)).split(";")[0]!;
        const cookies: Record<Actor, string> = { anonymous: anonymousCookie, soe: soe.cookie, firm: firm.cookie, reviewer: checker.cookie };
        const texts = locale === "zh" ? zh.errors : en.errors;
        for (const [file, target] of Object.entries(ACTIONS)) {
          if (READS_NO_FORM.has(file)) continue;
          for (const sent of BODIES) {
            const response = await http.request(target.path(), { method: "POST", cookie: cookies[target.who], headers: { "Content-Type": sent.contentType }, body: sent.body });
            const body = await response.text();
            const what = `${file} (${target.path()}) with ${sent.label}`;
            expect(response.status, `${what}: ${body.slice(0, 300)}`).toBe(sent.status);
            expect(body, what).toContain(texts[sent.key]);
          }
        }
      });
    }

    it("sign-out, which reads no form, is not troubled by such bodies either", async () => {
      for (const sent of BODIES) {
        const user = await createUser();
        const response = await http.request("/signout", { method: "POST", cookie: user.cookie, headers: { "Content-Type": sent.contentType }, body: sent.body });
        expect(response.status, sent.label).toBe(302);
      }
    });
  });
});
