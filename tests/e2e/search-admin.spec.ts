// The reviewers' search index status page (/review/search) in a browser: its rebuild confirmation, and its wide table.
import { expect, signUp, test, uniqueEmail } from "./fixtures";

const TEXT = {
  zh: { name: "索引审核员", rebuild: "立即重建索引", latest: "最近一次重建", done: "已完成", requested: "已请求重建搜索索引", indexes: "每个索引中的文档数" },
  en: { name: "Index Reviewer", rebuild: "Rebuild the indexes now", latest: "Latest rebuild", done: "Done", requested: "A rebuild of the search indexes was requested", indexes: "Documents in each index" },
} as const;

for (const locale of ["zh", "en"] as const) {
  const text = TEXT[locale];

  test(`the confirmation of a requested rebuild is still true once the rebuild has finished (${locale})`, async ({ page, grantReviewer }) => {
    const email = uniqueEmail(`reindex-${locale}`);
    await signUp(page, { name: text.name, email, locale });
    await grantReviewer(email);
    await page.goto("/review/search");
    await page.getByRole("button", { name: text.rebuild }).click();
    const flash = page.locator("main > div[tabindex='-1']");
    await expect(flash).toContainText(text.requested);
    // The page follows the rebuild (it revalidates every two seconds) until the app process has finished it.
    const latest = page.locator("[aria-live='polite']");
    await expect(latest.getByText(text.done, { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(latest).toContainText(text.name);
    // The flash is still there (kept across the revalidations, on the same page) and says nothing the page now
    // contradicts: it promised "starts within seconds" of a rebuild shown as done. It names where the state is.
    await expect(flash).toBeVisible();
    await expect(flash).toContainText(text.requested);
    await expect(flash).toContainText(text.latest);
    await expect(page.getByRole("heading", { name: text.latest })).toBeVisible();
  });
}

test("a table's scroll box is a tab stop and a region only while the table is wider than the screen", async ({ page, grantReviewer }) => {
  const email = uniqueEmail("scroller");
  await signUp(page, { name: TEXT.zh.name, email, locale: "zh" });
  await grantReviewer(email);
  const table = page.getByRole("table", { name: new RegExp(`^${TEXT.zh.indexes}`) });
  const box = table.locator("xpath=..");
  const region = page.getByRole("region", { name: new RegExp(`^${TEXT.zh.indexes}.*（表格，可左右滚动）$`) });
  const overflows = () => box.evaluate((element) => element.scrollWidth > element.clientWidth);
  // Where Tab goes from the heading just above the table (nothing focusable stands between them).
  const tabsIntoBox = async () => {
    await page.getByRole("heading", { name: "索引", exact: true }).evaluate((heading: HTMLElement) => {
      heading.tabIndex = -1;
      heading.focus();
    });
    await page.keyboard.press("Tab");
    return box.evaluate((element) => element === document.activeElement);
  };

  // On a wide screen the index table fits: its box is neither a tab stop (one that scrolls nothing only slows
  // keyboard users) nor a landmark. Before the page's script has measured it, it counts as scrolling, so these
  // assertions also wait for that.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/review/search");
  await expect(table).toBeVisible();
  await expect(box).not.toHaveAttribute("tabindex");
  await expect(box).not.toHaveAttribute("role");
  await expect(region).toHaveCount(0);
  expect(await overflows()).toBe(false);
  expect(await tabsIntoBox()).toBe(false);

  // Narrowed to a phone, the same table scrolls: the box becomes a named region, and Tab stops on it.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(box).toHaveAttribute("tabindex", "0");
  await expect(region).toHaveCount(1);
  expect(await overflows()).toBe(true);
  expect(await tabsIntoBox()).toBe(true);

  // Widened again, it is neither any more.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(box).not.toHaveAttribute("tabindex");
  await expect(region).toHaveCount(0);
  expect(await tabsIntoBox()).toBe(false);
});

test("the index table fits a 1280 px screen in English too (its longer headings wrap)", async ({ page, grantReviewer }) => {
  const email = uniqueEmail("scroller-en");
  await signUp(page, { name: TEXT.en.name, email, locale: "en" });
  await grantReviewer(email);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/review/search");
  const table = page.getByRole("table", { name: new RegExp(`^${TEXT.en.indexes}`) });
  const box = table.locator("xpath=..");
  await expect(table).toBeVisible();
  await expect(box).not.toHaveAttribute("tabindex");
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(false);
});

test("without JavaScript, a check ends on the page that shows its result, and reloading it does not check again", async ({ browser, server, grantReviewer }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url });
  const page = await noScript.newPage();
  const email = uniqueEmail("check-noscript");
  await signUp(page, { name: TEXT.zh.name, email, locale: "zh" });
  await grantReviewer(email);
  await page.goto("/review/search");
  await page.getByRole("button", { name: "立即核对" }).click();
  await expect(page).toHaveURL(/\/review\/search\?checked=\w+#index-check-result$/);
  await expect(page.getByRole("status").filter({ hasText: "核对完成" })).toBeVisible();
  // The page was reached by a redirect: a reload is a GET of it (it was the form sent again, POST, before).
  const reloaded = await page.reload();
  expect(reloaded?.request().method()).toBe("GET");
  await expect(page.getByRole("status").filter({ hasText: "核对完成" })).toBeVisible();
  await noScript.close();
});
