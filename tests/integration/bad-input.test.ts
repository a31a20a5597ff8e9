// Hostile and malformed input on every form, over real HTTP with no JavaScript (the server's validation is
// the real one): always a 4xx with a message in the reader's language, the typed values kept, never a 500.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgFor, createUser, randomUscc } from "../setup/factories";
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
});
