// axe (wcag2a + wcag2aa) on the foundation's pages, in both languages.
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";
import type { Browser, Page } from "@playwright/test";
import type { Locale } from "../../app/utils/i18n";
import { expect, expectNoAxeViolations, giveVerifiedOrg, inWorkerSchema, signUp, test, uniqueEmail, type WorkerServer } from "./fixtures";


for (const locale of ["zh", "en"] as const) {
  test(`public pages have no axe violations (${locale})`, async ({ page }) => {
    await page.goto("/");
    if (locale === "en") await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    // English text is set in a Latin face first (quotation marks in a CJK face are full-width); Chinese in CJK.
    const firstFace = await page.evaluate(() => getComputedStyle(document.body).fontFamily.split(",")[0]!.trim().replace(/"/g, ""));
    expect(firstFace).toBe(locale === "zh" ? "Noto Sans CJK SC" : "system-ui");
    for (const path of ["/", "/signin", "/signup"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} ${locale}`);
    }
    // Error states are pages too.
    await page.goto("/signup");
    await page.getByRole("main").getByRole("button", { name: locale === "zh" ? "注册" : "Sign up" }).click();
    await expect(page.getByText(locale === "zh" ? "此项为必填项" : "This field is required").first()).toBeVisible();
    await expectNoAxeViolations(page, `/signup with errors ${locale}`);
  });

  test(`organisation and verification-queue pages have no axe violations (${locale})`, async ({ page, grantReviewer }) => {
    const email = uniqueEmail("axe");
    await signUp(page, { name: locale === "zh" ? "无障碍测试" : "Axe Tester", email, locale });
    await expectNoAxeViolations(page, `/orgs empty ${locale}`);
    await page.goto("/orgs/new");
    await expectNoAxeViolations(page, `/orgs/new ${locale}`);
    await page.getByRole("button", { name: locale === "zh" ? "提交认证" : "Submit for verification" }).click();
    await expect(page.getByText(locale === "zh" ? "此项为必填项" : "This field is required").first()).toBeVisible();
    await expectNoAxeViolations(page, `/orgs/new with errors ${locale}`);

    // A real organisation: its profile, members and editor pages.
    const label = (zh: string, en: string) => new RegExp(`^${locale === "zh" ? zh : en}`);
    await page.getByLabel(label("组织类型", "Type of organisation")).selectOption("TECH_FIRM");
    await page.getByLabel(label("单位全称", "Legal name")).fill(locale === "zh" ? "日照无障碍科技有限公司" : "Rizhao Accessible Tech Co., Ltd.");
    const uscc = withUsccCheckCharacter(`91371102MA3${String(Date.now()).slice(-6)}`);
    await page.getByLabel(label("统一社会信用代码", "Unified Social Credit Code")).fill(uscc);
    await page.getByLabel(label("所在区县", "District")).selectOption("HIGH_TECH_ZONE");
    await page.getByLabel(label("联系人", "Contact person")).fill("Li");
    await page.getByLabel(label("联系电话", "Phone")).fill("13900000000");
    await page.getByLabel(label("联系邮箱", "Contact email")).fill(email);
    await page.getByRole("button", { name: locale === "zh" ? "提交认证" : "Submit for verification" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(locale === "zh" ? "日照无障碍科技" : "Rizhao Accessible Tech");
    const orgUrl = page.url();
    await expectNoAxeViolations(page, `/orgs/:id ${locale}`);
    await page.goto(`${orgUrl}/members`);
    await expectNoAxeViolations(page, `/orgs/:id/members ${locale}`);
    await page.goto(`${orgUrl}/edit`);
    await expectNoAxeViolations(page, `/orgs/:id/edit ${locale}`);

    await grantReviewer(email);
    await page.goto("/review/organizations");
    await expectNoAxeViolations(page, `/review/organizations ${locale}`);
    await page.goto(orgUrl.replace("/orgs/", "/review/organizations/"));
    await expectNoAxeViolations(page, `/review/organizations/:id ${locale}`);
    await page.goto("/account");
    await expectNoAxeViolations(page, `/account ${locale}`);
    await page.goto("/notifications");
    await expectNoAxeViolations(page, `/notifications ${locale}`);
  });
}

/**
 * A verified SOE and a verified firm, each signed in in its own context, with a published first-unit product
 * of the firm, a published scenario of the SOE and a report on the product. Each marketplace test arranges
 * its own, so the two can run on different workers (35 pages under axe took over two minutes in one test).
 */
async function arrangeMarketplace(browser: Browser, server: WorkerServer, locale: Locale, suffix: string) {
  const soeContext = await browser.newContext();
  const soe = await soeContext.newPage();
  const soeEmail = uniqueEmail("axe-soe");
  await signUp(soe, { name: "发榜人", email: soeEmail, locale });
  const stamp = String(Date.now()).slice(-5);
  await giveVerifiedOrg(server, soeEmail, { kind: "SOE", name: `无障碍集团${stamp}`, uscc: withUsccCheckCharacter(`91371102MA3D${stamp}`) });

  const firmContext = await browser.newContext();
  const firm = await firmContext.newPage();
  const firmEmail = uniqueEmail("axe-firm");
  await signUp(firm, { name: "揭榜人", email: firmEmail, locale });
  await giveVerifiedOrg(server, firmEmail, { kind: "TECH_FIRM", name: `无障碍科技${stamp}`, uscc: withUsccCheckCharacter(`91371102MA3E${stamp}`) });
  const key = `${stamp}${locale}${suffix}`;
  const ids = await inWorkerSchema(server, async (query) => {
    const firmOrg = (await query(`SELECT "activeOrgId" AS id FROM "User" WHERE email = $1`, [firmEmail])).rows[0].id as string;
    const soeOrg = (await query(`SELECT "activeOrgId" AS id FROM "User" WHERE email = $1`, [soeEmail])).rows[0].id as string;
    const solutionId = `sol${key}`;
    await query(
      `INSERT INTO "Solution" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, trl, "priceMin", "priceMax", "firstUnitType", "firstUnitStatus", "firstUnitCertificate", "firstUnitYear", status, "publishedAt", "updatedAt")
       VALUES ($1, $2, '港口无人机自动机场', '无人机自动机场与AI缺陷识别', '适用于港口门机与钢结构巡检的无人机自动机场，支持自主起降与缺陷识别。', 'cat_low_altitude', ARRAY['低空经济'], ARRAY['无人机','巡检'], 8, 60, 120, 'FIRST_SET', 'RECOGNISED', '鲁工信装备〔2025〕首台套第012号', 2025, 'PUBLISHED', now(), now())`,
      [solutionId, firmOrg],
    );
    const scenarioId = `scn${key}`;
    await query(
      `INSERT INTO "Scenario" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, batch, "publishedAt", "updatedAt")
       VALUES ($1, $2, '码头钢结构无人机巡检', '替代人工登高巡检', '对码头大型设备钢结构开展无人机自主巡检，自动识别锈蚀和裂纹。', 'cat_low_altitude', ARRAY['智慧港口'], ARRAY['无人机巡检'], 'DONGGANG', 80, 150, now() + interval '200 days', 'OPEN_CALL', ARRAY['FIRST_SET']::"FirstUnitType"[], '张工', '13800000000', 'soe@example.cn', 'PUBLISHED', '2026年第二批', now(), now())`,
      [scenarioId, soeOrg],
    );
    // A second scenario, by invitation only, to which the SOE invited the firm's product: the invitation page.
    const invitedScenarioId = `scn${key}i`;
    await query(
      `INSERT INTO "Scenario" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, batch, "publishedAt", "updatedAt")
       SELECT $1, "orgId", '码头门机定向巡检', summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, 'INVITATION', "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, batch, "publishedAt", now() FROM "Scenario" WHERE id = $2`,
      [invitedScenarioId, scenarioId],
    );
    const invitationId = `inv${key}`;
    await query(`INSERT INTO "BidInvitation" (id, "scenarioId", "solutionId", message) VALUES ($1, $2, $3, '诚邀贵司以无人机自动机场揭榜。技术要求详见 https://www.rizhao.gov.cn/art/2026/11/15/art_12345_67890.html?from=scenebridge&utm_source=invite')`, [invitationId, invitedScenarioId, solutionId]);
    const reportId = `rpt${key}`;
    await query(`INSERT INTO "Report" (id, "entityType", "entityId", reason) VALUES ($1, 'SOLUTION', $2, '参数与实际不符')`, [reportId, solutionId]);
    // The records were arranged in SQL: queue them for the server's search worker as the app would.
    await query(`INSERT INTO "SearchOutbox" (id, "indexName", "recordId") VALUES ($1, 'solutions', $2), ($3, 'scenarios', $4)`, [`ob1${key}`, solutionId, `ob2${key}`, scenarioId]);
    return { solutionId, scenarioId, reportId, invitationId };
  });
  const close = async () => {
    await soeContext.close();
    await firmContext.close();
  };
  return { soe, firm, firmEmail, ids, close };
}

for (const locale of ["zh", "en"] as const) {
  test(`marketplace pages of visitors, publishers and firms have no axe violations (${locale})`, async ({ browser, server }) => {
    // Dozens of pages, each loaded and checked by axe, on two cores shared with the other worker: 1.5–2 minutes.
    test.setTimeout(240_000);
    // AxeBuilder needs a page from an explicit context (not browser.newPage()).
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    if (locale === "en") {
      await visitor.goto("/");
      await visitor.getByRole("button", { name: "English" }).click();
    }
    for (const path of ["/scenarios", "/solutions", "/cases", "/first-unit/FIRST_SET", "/first-unit/FIRST_VERSION"]) {
      await visitor.goto(path);
      await expectNoAxeViolations(visitor, `${path} ${locale}`);
    }
    await visitorContext.close();

    const { soe, firm, ids, close } = await arrangeMarketplace(browser, server, locale, "a");
    for (const path of ["/workspace", "/workspace/scenarios", "/workspace/scenarios/new", "/workspace/cases", "/account/notifications"]) {
      await soe.goto(path);
      await expectNoAxeViolations(soe, `${path} ${locale}`);
    }
    for (const path of ["/workspace/solutions", "/workspace/solutions/new", `/workspace/solutions/${ids.solutionId}`, "/workspace/bids", `/solutions/${ids.solutionId}`, `/scenarios/${ids.scenarioId}`, `/scenarios/${ids.scenarioId}/bid`, `/workspace/invitations/${ids.invitationId}`]) {
      await firm.goto(path);
      await expectNoAxeViolations(firm, `${path} ${locale}`);
    }
    // The bid form asking about a price far outside the budget, with its confirmation box.
    await firm.goto(`/scenarios/${ids.scenarioId}/bid`);
    await firm.locator('textarea[name="proposal"]').fill("系留无人机自动机场巡检方案，含机库、航线规划与缺陷识别，三个月内交付。");
    await firm.locator('input[name="quotedPrice"]').fill("1200000");
    await firm.locator('input[name="deliveryDays"]').fill("90");
    await firm.locator('form#bid button[type="submit"]').click();
    await expect(firm.getByRole("checkbox", { name: /我确认报价无误|I confirm this price/ })).toBeVisible();
    await expectNoAxeViolations(firm, `bid form asking about its price ${locale}`);
    // The matching panels with data: the solution recommended on the SOE's scenario page, the scenario on the
    // firm's dashboard (once the server's search worker has indexed both records).
    const showsRecommendation = async (page: Page, path: string, title: string) => {
      await page.goto(path);
      await expect(async () => {
        await page.reload();
        // The English run also finds the Chinese run's records, which carry the same titles.
        await expect(page.getByRole("main").getByRole("listitem").getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expectNoAxeViolations(page, `${path} with recommendations ${locale}`);
    };
    await showsRecommendation(soe, `/workspace/scenarios/${ids.scenarioId}`, "港口无人机自动机场");
    await showsRecommendation(soe, `/workspace/scenarios/${ids.scenarioId}/invite`, "港口无人机自动机场");
    await showsRecommendation(firm, "/workspace", "码头钢结构无人机巡检");
    await soe.goto(`/workspace/scenarios/${ids.scenarioId}/bids`);
    await expectNoAxeViolations(soe, `bids (none yet) ${locale}`);
    await close();
  });

  test(`search and review pages have no axe violations (${locale})`, async ({ browser, server, grantReviewer }) => {
    // Dozens of pages, each loaded and checked by axe, on two cores shared with the other worker: 1.5–2 minutes.
    test.setTimeout(240_000);
    const { firm, firmEmail, ids, close } = await arrangeMarketplace(browser, server, locale, "b");
    // The search pages with words, a ticked facet and highlighted hits, and without results (help and links).
    const drone = encodeURIComponent(locale === "zh" ? "无人机" : "drone");
    // The third with amounts the page cannot use: each box marked invalid, with its message.
    for (const path of [`/scenarios?q=${drone}&district=DONGGANG`, `/solutions?q=${drone}&firstUnitStatus=RECOGNISED&maturity=MASS_PRODUCTION`, `/scenarios?q=${drone}&budgetFrom=abc&budgetTo=-1`]) {
      await expect(async () => {
        await firm.goto(path);
        await expect(firm.getByRole("main").locator("mark").first()).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expectNoAxeViolations(firm, `${path} ${locale}`);
    }
    for (const path of [`/scenarios?q=${drone}&district=WULIAN&mode=OPEN_CALL`, "/solutions?q=nothing-matches-this&tier=STARTUP&page=3"]) {
      await firm.goto(path);
      await expectNoAxeViolations(firm, `${path} (no results) ${locale}`);
    }
    // Related searches: 检查 offers its glossary sibling 巡检, which finds the scenario "码头钢结构无人机巡检".
    await firm.goto(`/scenarios?q=${encodeURIComponent("检查")}`);
    await expect(firm.getByRole("navigation", { name: locale === "zh" ? "相关搜索" : "Related searches" }).getByRole("link", { name: /^巡检/ })).toBeVisible();
    await expectNoAxeViolations(firm, `related searches ${locale}`);

    await grantReviewer(firmEmail);
    for (const path of [`/review/reports/${ids.reportId}`, "/review", "/review/scenarios", "/review/cases", "/review/reports", "/review/categories", "/review/first-unit", "/review/first-unit/FIRST_BATCH", "/review/search", "/dev/mailbox"]) {
      await firm.goto(path);
      await expectNoAxeViolations(firm, `${path} ${locale}`);
    }
    // On a phone the index table is wider than the screen: its scroll box takes focus and scrolls by keyboard.
    await firm.setViewportSize({ width: 375, height: 740 });
    await firm.goto("/review/search");
    await expectNoAxeViolations(firm, `/review/search at 375 px ${locale}`);
    const scroller = firm.getByRole("region", { name: locale === "zh" ? "每个索引中的文档数" : "Documents in each index" });
    await scroller.focus();
    await expect(scroller).toBeFocused();
    // The table is wider than the phone (its headings do not wrap a character a line): arrow keys scroll it.
    const overflows = await scroller.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(overflows).toBe(true);
    await firm.keyboard.press("ArrowRight");
    await firm.keyboard.press("ArrowRight");
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Queues elsewhere scroll inside their own box too: the page itself never scrolls sideways on a phone.
    // The account tabs wrap ("Notification settings" once pushed the English page 5 px wider than the phone).
    // The invitation's message holds a long link (a QA review: it pushed the page 160 px wider than the phone).
    for (const path of ["/review/reports?status=DISMISSED", "/review/reports", "/review/scenarios", "/review/organizations", "/account", "/account/sessions", "/account/notifications", `/workspace/invitations/${ids.invitationId}`]) {
      await firm.goto(path);
      expect(await firm.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    // A rebuild requested from the keyboard: the confirmation takes the focus and keeps it while the page follows
    // the rebuild (it revalidates every two seconds; the one-time flash and the focus with it once went after two).
    await firm.goto("/review/search");
    await firm.getByRole("button", { name: locale === "zh" ? "立即重建索引" : "Rebuild the indexes now" }).focus();
    await firm.keyboard.press("Enter");
    const confirmation = firm.locator("main > div[tabindex='-1']");
    await expect(confirmation).toBeFocused();
    await expect(confirmation).toContainText(locale === "zh" ? "重建" : "rebuild");
    await firm.waitForTimeout(4_500);
    await expect(confirmation).toBeFocused();
    // The record-by-record check answers on the page, focused and announced, and the page still passes axe.
    await firm.getByRole("button", { name: locale === "zh" ? "立即核对" : "Check now" }).click();
    const result = firm.getByRole("status").filter({ hasText: locale === "zh" ? "核对完成" : "Check finished" });
    await expect(result).toBeFocused();
    await expectNoAxeViolations(firm, `/review/search after a check ${locale}`);
    await close();
  });
}
