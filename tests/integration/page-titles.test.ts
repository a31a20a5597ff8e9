// Every page has a <title> in the reader's language that says which page it is (the browser tab, history and
// screen readers announce it first), naming the record where the page is about one; a page whose record does
// not exist says so. The rest of the app's pages are checked where their own tests already fetch them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverT } from "~/utils/i18n";
import { createPublishedScenario, createVerifiedOrgUser } from "../setup/bid-factories";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let soe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firmEn: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let scenario: { id: string; title: string };

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  soe = await createVerifiedOrgUser("SOE", reviewer.id);
  firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
  firmEn = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { locale: "en" });
  scenario = await createPublishedScenario(soe.orgId, { title: "岚山港区无人机巡检" });
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

async function titleOf(pathname: string, cookie?: string): Promise<string | null> {
  const response = await http.request(pathname, { cookie });
  return (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? null;
}

const zh = serverT("zh");
const en = serverT("en");
const inZh = (text: string) => `${text} · SceneBridge 场景桥`;
const inEn = (text: string) => `${text} · SceneBridge`;

describe("page titles", () => {
  it("name each account, organisation, bid, case and review page in Chinese, with the record where there is one", async () => {
    const pages: [string, string, string][] = [
      ["/account", firm.cookie, zh("account.profileTab")],
      ["/account/password", firm.cookie, zh("account.passwordTab")],
      ["/account/sessions", firm.cookie, zh("account.sessionsTab")],
      ["/account/notifications", firm.cookie, zh("mail.preferences.title")],
      [`/orgs/${firm.orgId}/edit`, firm.cookie, zh("org.editTitle", { name: firm.orgName })],
      [`/orgs/${firm.orgId}/members`, firm.cookie, zh("org.membersTitle")],
      [`/scenarios/${scenario.id}/bid`, firm.cookie, zh("bid.form.title", { scenario: scenario.title })],
      ["/workspace/bids", firm.cookie, zh("bid.mine.title")],
      ["/workspace/cases", soe.cookie, zh("caseStudy.workspace.title")],
      [`/workspace/scenarios/${scenario.id}/bids`, soe.cookie, zh("bid.owner.title", { scenario: scenario.title })],
      [`/workspace/scenarios/${scenario.id}/invite`, soe.cookie, zh("bid.invite.title", { scenario: scenario.title })],
      ["/review/cases", reviewer.cookie, zh("caseStudy.review.title")],
      [`/review/organizations/${firm.orgId}`, reviewer.cookie, firm.orgName],
    ];
    for (const [pathname, cookie, text] of pages) {
      expect(text, pathname).not.toMatch(/^[\w.]+$/); // a translation, not a missing key
      expect(await titleOf(pathname, cookie), pathname).toBe(inZh(text));
    }
    expect(await titleOf(`/scenarios/${scenario.id}/bid`, firm.cookie)).toContain("岚山港区无人机巡检");
  });

  it("are in English for an English-speaking user", async () => {
    expect(await titleOf("/account", firmEn.cookie)).toBe(inEn(en("account.profileTab")));
    expect(await titleOf("/workspace/bids", firmEn.cookie)).toBe(inEn(en("bid.mine.title")));
    expect(await titleOf(`/scenarios/${scenario.id}/bid`, firmEn.cookie)).toBe(inEn(en("bid.form.title", { scenario: scenario.title })));
  });

  it("say the page does not exist when its record does not, rather than an empty name", async () => {
    expect(await titleOf("/scenarios/no-such-scenario/bid", firm.cookie)).toBe(inZh("页面不存在"));
    expect(await titleOf("/scenarios/no-such-scenario")).toBe(inZh("页面不存在"));
    expect(await titleOf("/solutions/no-such-solution", firmEn.cookie)).toBe(inEn("Page not found"));
  });

  it("say the reader is not allowed, as the page's heading does, when its loader refuses them (403)", async () => {
    const forbidden = await http.request("/review/cases", { cookie: firm.cookie });
    expect(forbidden.status).toBe(403);
    expect(await titleOf("/review/cases", firm.cookie)).toBe(inZh(zh("errors.status.403")));
    expect(await titleOf("/review/cases", firmEn.cookie)).toBe(inEn("Not allowed"));
    expect(zh("errors.status.403")).toBe("没有权限");
  });
});
