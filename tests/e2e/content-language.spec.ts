// WCAG 3.1.2 (language of parts): on English pages, what users wrote in Chinese — titles, descriptions,
// organisation names, tags, case outcomes — sits inside an element with lang="zh-CN", so a screen reader reads it
// in a Chinese voice; on Chinese pages nothing is marked zh-CN (the page's own language). Records are arranged in
// the database; the solution gets a search-outbox row so the invite page's search finds it.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";
import { expect, expectNoAxeViolations, giveVerifiedOrg, inWorkerSchema, signUp, test, uniqueEmail } from "./fixtures";

const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;
const uscc = () => withUsccCheckCharacter(`91371102MA${randomBytes(4).toString("hex").toUpperCase().replace(/[IOZSV]/g, "A").slice(0, 7)}`);

/**
 * A stamp of Chinese characters, so that a record's text is Chinese from end to end: a Latin stamp inside a
 * sentence would rightly be left unmarked, and the test could not ask for the whole text to be marked.
 */
function hanStamp() {
  const characters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
  return [...randomBytes(4)].map((byte) => characters[byte % 16]).join("");
}

/**
 * The lang in force (the nearest lang attribute) for every text node in the page's body that contains `text`,
 * scripts left out (the page data holds every text too).
 */
async function languagesOf(page: Page, text: string) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: (string | null)[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template")) continue;
      if (node.textContent?.includes(needle)) found.push(parent.closest("[lang]")?.getAttribute("lang") ?? null);
    }
    return found;
  }, text);
}

async function expectMarkedChinese(page: Page, texts: string[], where: string) {
  for (const text of texts) {
    const languages = await languagesOf(page, text);
    expect(languages.length, `${where}: “${text}” is on the page`).toBeGreaterThan(0);
    expect(languages, `${where}: every “${text}” is marked zh-CN`).toEqual(languages.map(() => "zh-CN"));
  }
}

async function expectNoChineseMarks(page: Page, where: string) {
  const marked = await page.evaluate(() => [...document.querySelectorAll('body [lang="zh-CN"]')].map((element) => element.outerHTML.slice(0, 120)));
  expect(marked, `${where}: no lang="zh-CN" on a Chinese page`).toEqual([]);
}

test("English pages mark the Chinese that users wrote; Chinese pages carry no such marks", async ({ page, server }) => {
  const han = hanStamp();
  const email = uniqueEmail("lang-soe");
  await signUp(page, { name: "发榜人", email, locale: "en" });
  const soeName = `日照港集团${han}`;
  await giveVerifiedOrg(server, email, { kind: "SOE", name: soeName, uscc: uscc() });

  const text = {
    scenarioTitle: `码头门机无人机巡检${han}`,
    scenarioSummary: `替代人工登高巡检门机${han}`,
    scenarioDescription: `对码头门座起重机开展无人机自主巡检，自动识别锈蚀和裂纹${han}。`,
    scenarioTag: `门机巡检${han}`,
    scenarioChain: `智慧港口${han}`,
    contactName: `张工${han}`,
    firmName: `海翼无人机科技${han}`,
    solutionTitle: `港口门机无人机自动巡检机场${han}`,
    solutionSummary: `无人机自动机场与缺陷识别${han}`,
    solutionDescription: `适用于港口门机与钢结构巡检的无人机自动机场，支持自主起降${han}。`,
    solutionReferences: `已在日照港石臼港区试运行${han}`,
    solutionTag: `自动机场${han}`,
    caseTitle: `门机巡检典型案例${han}`,
    caseOutcome: `巡检效率提升六成，登高作业减少${han}。`,
    figureLabel: `巡检效率提升${han}`,
  };

  const { scenarioId, solutionId } = await inWorkerSchema(server, async (query) => {
    const soeOrg = (await query(`SELECT "activeOrgId" AS id FROM "User" WHERE email = $1`, [email])).rows[0].id as string;
    const firmOrg = id("org");
    await query(
      `INSERT INTO "Organization" (id, kind, name, uscc, district, tier, "contactName", "contactPhone", "contactEmail", "verificationStatus", "verifiedAt", "updatedAt")
       VALUES ($1, 'TECH_FIRM', $2, $3, 'DONGGANG', 'HIGH_TECH', '联系人', '13800000000', 'firm@example.cn', 'VERIFIED', now(), now())`,
      [firmOrg, text.firmName, uscc()],
    );
    const solutionId = id("sol");
    await query(
      `INSERT INTO "Solution" (id, "orgId", title, summary, description, "references", "categoryId", "industryChain", tags, trl, "priceMin", "priceMax", "firstUnitType", "firstUnitStatus", status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, 'cat_low_altitude', ARRAY['低空经济'], ARRAY[$7], 8, 60, 120, 'FIRST_SET', 'APPLYING', 'PUBLISHED', now(), now())`,
      [solutionId, firmOrg, text.solutionTitle, text.solutionSummary, text.solutionDescription, text.solutionReferences, text.solutionTag],
    );
    const scenarioId = id("scn");
    await query(
      `INSERT INTO "Scenario" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, batch, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'cat_low_altitude', ARRAY[$6], ARRAY[$7], 'DONGGANG', 80, 150, now() + interval '90 days', 'OPEN_CALL', ARRAY[]::"FirstUnitType"[], $8, '13800000000', 'soe@example.cn', 'PUBLISHED', '2026年第二批', now(), now())`,
      [scenarioId, soeOrg, text.scenarioTitle, text.scenarioSummary, text.scenarioDescription, text.scenarioChain, text.scenarioTag, text.contactName],
    );
    // The case tells the story of an earlier scenario of the same organisation, won by the firm.
    const earlierId = id("scn");
    await query(
      `INSERT INTO "Scenario" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, "publishedAt", "updatedAt")
       SELECT $1, "orgId", title || '一期', summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", now() - interval '30 days', mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", 'AWARDED', now() - interval '90 days', now() FROM "Scenario" WHERE id = $2`,
      [earlierId, scenarioId],
    );
    const bidId = id("bid");
    await query(
      `INSERT INTO "Bid" (id, "scenarioId", "orgId", "solutionId", proposal, "quotedPrice", "deliveryDays", status, "decidedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, '方案说明', 100, 60, 'AWARDED', now(), now())`,
      [bidId, earlierId, firmOrg, solutionId],
    );
    await query(
      `INSERT INTO "Case" (id, "bidId", "scenarioId", title, outcome, figures, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'PUBLISHED', now(), now())`,
      [id("case"), bidId, earlierId, text.caseTitle, text.caseOutcome, JSON.stringify([{ label: text.figureLabel, value: "60%" }])],
    );
    await query(`INSERT INTO "SearchOutbox" (id, "indexName", "recordId") VALUES ($1, 'solutions', $2)`, [id("ob"), solutionId]);
    return { scenarioId, solutionId };
  });

  const scenarioTexts = [text.scenarioTitle, text.scenarioSummary, text.scenarioDescription, text.scenarioTag, text.scenarioChain, text.contactName, soeName];
  const solutionTexts = [text.solutionTitle, text.solutionSummary, text.solutionDescription, text.solutionReferences, text.solutionTag, text.firmName];
  const caseTexts = [text.caseTitle, text.caseOutcome, text.figureLabel, `${text.scenarioTitle}一期`, text.firmName];
  const inviteTexts = [text.scenarioTitle, text.solutionTitle, text.firmName];
  const invitePath = `/workspace/scenarios/${scenarioId}/invite?q=${encodeURIComponent(text.solutionTitle)}`;

  await page.goto(`/scenarios/${scenarioId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: text.scenarioTitle })).toBeVisible();
  await expectMarkedChinese(page, scenarioTexts, "scenario page");
  await expectNoAxeViolations(page, "scenario page in English");

  await page.goto(`/solutions/${solutionId}`);
  await expect(page.getByRole("heading", { level: 1, name: text.solutionTitle })).toBeVisible();
  await expectMarkedChinese(page, solutionTexts, "solution page");
  await expectNoAxeViolations(page, "solution page in English");

  await page.goto("/cases");
  await expect(page.getByRole("link", { name: text.caseTitle })).toBeVisible();
  await expectMarkedChinese(page, caseTexts, "case showcase");
  await expectNoAxeViolations(page, "case showcase in English");

  // The invite page's search lists the solution once the server's worker has indexed it.
  await expect(async () => {
    await page.goto(invitePath);
    await expect(page.getByRole("list", { name: "Published solutions you can invite" }).getByRole("link", { name: text.solutionTitle })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectMarkedChinese(page, inviteTexts, "invite page");
  await expectNoAxeViolations(page, "invite page in English");
  // On a phone the invite list stacks: a solution's title reads across the screen (the table's four columns
  // squeezed it to four characters a line, or scrolled the invite form out of sight), its invite form is on the
  // screen, the page never scrolls sideways, and axe still passes.
  await page.setViewportSize({ width: 375, height: 740 });
  const titleLink = page.locator("#invite-search").getByRole("link", { name: text.solutionTitle });
  expect((await titleLink.boundingBox())!.width).toBeGreaterThan(200);
  const inviteButton = page.getByRole("button", { name: `Invite: ${text.solutionTitle}` });
  const box = (await inviteButton.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, "invite page in English at 375 px");
  // Inviting from the search on a phone: the page returns to the search, and the confirmation is on the screen
  // there (the top of the page is not), in the one live region that says it.
  await inviteButton.click();
  const said = page.getByRole("status").filter({ hasText: `Invited ${text.firmName} to bid.` });
  await expect(said).toHaveCount(1);
  await expect(page.locator("#invite-search").getByRole("status")).toContainText(`Invited ${text.firmName} to bid.`);
  await expect(said).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 720 });

  // In Chinese the same pages need no marks: their text is in the page's language.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  for (const [path, shown] of [
    [invitePath, text.solutionTitle],
    [`/scenarios/${scenarioId}`, text.scenarioTitle],
    [`/solutions/${solutionId}`, text.solutionTitle],
    ["/cases", text.caseTitle],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(shown).first()).toBeVisible();
    await expectNoChineseMarks(page, path);
  }
});
