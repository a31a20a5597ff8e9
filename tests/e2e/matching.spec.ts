// Matching as an SOE uses it: open your scenario, see a recommended solution with the reason it was
// recommended, invite its firm (keyboard only) with a message, and see "已邀请". Records are arranged in the
// database with their search-outbox rows, so the server's own worker brings them to the index.
import { randomBytes } from "node:crypto";
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";
import { expect, expectNoAxeViolations, giveVerifiedOrg, inWorkerSchema, signUp, test, uniqueEmail } from "./fixtures";

const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;

test("an SOE invites a recommended solution from its scenario page", async ({ page, server }) => {
  const stamp = randomBytes(3).toString("hex");
  const email = uniqueEmail("match-soe");
  await signUp(page, { name: "发榜人", email, locale: "zh" });
  await giveVerifiedOrg(server, email, { kind: "SOE", name: `日照港匹配测试集团${stamp}`, uscc: withUsccCheckCharacter(`91371102MA3F${stamp.slice(0, 5).toUpperCase().replace(/[IOZSV]/g, "A")}`) });

  const solutionTitle = `港口门机无人机自动巡检机场${stamp}`;
  const firmName = `海翼无人机科技${stamp}`;
  const { scenarioId } = await inWorkerSchema(server, async (query) => {
    const soeOrg = (await query(`SELECT "activeOrgId" AS id FROM "User" WHERE email = $1`, [email])).rows[0].id as string;
    const firmOrg = id("org");
    await query(
      `INSERT INTO "Organization" (id, kind, name, uscc, district, tier, "contactName", "contactPhone", "contactEmail", "verificationStatus", "verifiedAt", "updatedAt")
       VALUES ($1, 'TECH_FIRM', $2, $3, 'DONGGANG', 'HIGH_TECH', '联系人', '13800000000', 'firm@example.cn', 'VERIFIED', now(), now())`,
      [firmOrg, firmName, withUsccCheckCharacter(`91371102MA${randomBytes(4).toString("hex").toUpperCase().replace(/[IOZSV]/g, "A").slice(0, 7)}`)],
    );
    const solutionId = id("sol");
    await query(
      `INSERT INTO "Solution" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, trl, "priceMin", "priceMax", "firstUnitType", "firstUnitStatus", "firstUnitCertificate", "firstUnitYear", status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, '无人机自动机场与AI缺陷识别', '适用于港口门机与钢结构巡检的无人机自动机场，支持自主起降与缺陷识别。', 'cat_low_altitude', ARRAY['低空经济'], ARRAY['无人机','巡检'], 8, 60, 120, 'FIRST_SET', 'RECOGNISED', '鲁工信装备〔2025〕首台套第012号', 2025, 'PUBLISHED', now(), now())`,
      [solutionId, firmOrg, solutionTitle],
    );
    const scenarioId = id("scn");
    await query(
      `INSERT INTO "Scenario" (id, "orgId", title, summary, description, "categoryId", "industryChain", tags, district, "budgetMin", "budgetMax", deadline, mode, "expectedFirstUnitTypes", "contactName", "contactPhone", "contactEmail", status, batch, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, '替代人工登高巡检门机', '对码头门座起重机开展无人机自主巡检，自动识别锈蚀和裂纹。', 'cat_low_altitude', ARRAY['智慧港口'], ARRAY['无人机巡检'], 'DONGGANG', 80, 150, now() + interval '90 days', 'OPEN_CALL', ARRAY['FIRST_SET']::"FirstUnitType"[], '张工', '13800000000', 'soe@example.cn', 'PUBLISHED', '2026年第二批', now(), now())`,
      [scenarioId, soeOrg, `码头门机无人机巡检${stamp}`],
    );
    await query(`INSERT INTO "SearchOutbox" (id, "indexName", "recordId") VALUES ($1, 'solutions', $2), ($3, 'scenarios', $4)`, [id("ob"), solutionId, id("ob"), scenarioId]);
    return { scenarioId };
  });

  // The SOE opens its scenario; the recommendation appears once the search worker has indexed the solution.
  await page.goto(`/workspace/scenarios/${scenarioId}`);
  const panel = page.getByRole("region", { name: "推荐解决方案" });
  const recommended = panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: solutionTitle }) });
  await expect(async () => {
    await page.reload();
    await expect(recommended).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(recommended.getByRole("heading", { level: 3, name: solutionTitle })).toBeVisible();
  await expect(recommended).toContainText(`提供方：${firmName}`);
  await expect(recommended).toContainText("TRL 8");
  await expect(recommended).toContainText("首台套·已认定");
  await expect(recommended).toContainText(/推荐理由：共同关键词：[^；]*无人机/);
  await expectNoAxeViolations(page, "scenario page with recommendations");

  // Invite with a message, by keyboard: open the message, type, tab to the button and press Enter.
  await recommended.getByText("添加邀请留言（可选）").click();
  const message = recommended.getByLabel("邀请留言（可选）");
  await message.fill("欢迎以贵司的无人机机场揭榜。");
  const invite = recommended.getByRole("button", { name: `邀请：${solutionTitle}` });
  await invite.focus();
  // Enter, and Enter again while the invitation is on its way (held back here for a second, as on a slow
  // connection) — the second activation as one that comes before the page has re-rendered and disabled the
  // button (an impatient user on a busy phone; requestSubmit, since a disabled button cannot be pressed): the form
  // is sent once — a second post would cancel the first in the browser and come back "already invited" — and
  // the owner sees the confirmation.
  const invitePosts: string[] = [];
  const invitePath = `**/workspace/scenarios/${scenarioId}/invite*`;
  await page.route(invitePath, async (route) => {
    if (route.request().method() === "POST") {
      invitePosts.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await route.continue().catch(() => undefined); // a request the browser cancelled meanwhile cannot go on
  });
  await page.keyboard.press("Enter");
  await expect.poll(() => invitePosts.length).toBe(1);
  await invite.evaluate((button: HTMLButtonElement) => button.form!.requestSubmit(button));

  // Back on the scenario page: the confirmation where the owner lands (the recommendations' status line, once),
  // and "已邀请" instead of the form.
  await expect(page).toHaveURL(new RegExp(`/workspace/scenarios/${scenarioId}#recommended-solutions$`));
  expect(invitePosts).toHaveLength(1);
  await page.unroute(invitePath);
  await expect(page.locator("#recommended-solutions").getByRole("status").filter({ hasText: `已邀请${firmName}参与揭榜。` })).toBeInViewport();
  await expect(page.getByText(`已邀请${firmName}参与揭榜。`)).toHaveCount(1);
  // The button pressed is gone: focus is on the recommendations the redirect pointed at, not the top of the page.
  await expect(page.locator("#recommended-solutions")).toBeFocused();
  await expect(recommended.getByText("已邀请")).toBeVisible();
  await expect(recommended.getByRole("button", { name: `邀请：${solutionTitle}` })).toHaveCount(0);
  await expectNoAxeViolations(page, "scenario page after inviting");
  // A revalidation of the same page (a fetcher's action anywhere on it does one) reads no flash any more: the
  // confirmation stays until the owner goes elsewhere, as the root keeps its own flashes.
  type RemixWindow = { __remixRouter: { revalidate(): Promise<void>; state: { revalidation: string } } };
  await page.evaluate(() => void (window as unknown as RemixWindow).__remixRouter.revalidate());
  await page.waitForFunction(() => (window as unknown as RemixWindow).__remixRouter.state.revalidation === "idle");
  await expect(page.locator("#recommended-solutions").getByRole("status").filter({ hasText: `已邀请${firmName}参与揭榜。` })).toBeVisible();

  // The invite page says the same, and the invitation carries the message.
  await panel.getByRole("link", { name: "搜索解决方案并邀请" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`码头门机无人机巡检${stamp}`);
  const onInvitePage = page.getByRole("region", { name: "为本场景推荐" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: solutionTitle }) });
  await expect(onInvitePage.getByText("已邀请")).toBeVisible();
  const stored = await inWorkerSchema(server, async (query) => (await query(`SELECT message FROM "BidInvitation" WHERE "scenarioId" = $1`, [scenarioId])).rows);
  expect(stored).toEqual([{ message: "欢迎以贵司的无人机机场揭榜。" }]);

  // A search of the invite page: the number found is said in its status line (a polite live region), as on the
  // search pages.
  await page.getByRole("searchbox", { name: "搜索方案（中英文关键词均可）" }).fill("无人机");
  await page.locator("#invite-search").getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page).toHaveURL(/\/invite\?q=/);
  await expect(page.locator("#invite-search").getByRole("status")).toHaveText(/^共 [1-9]\d* 个结果$/);
  await expect(page.getByRole("list", { name: "可邀请的已发布解决方案" }).getByRole("link", { name: solutionTitle })).toBeVisible();
});
