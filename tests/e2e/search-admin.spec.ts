// The reviewers' search index status page (/review/search) in a browser, in both languages.
import { expect, signUp, test, uniqueEmail } from "./fixtures";

const TEXT = {
  zh: { name: "索引审核员", rebuild: "立即重建索引", latest: "最近一次重建", done: "已完成", requested: "已请求重建搜索索引" },
  en: { name: "Index Reviewer", rebuild: "Rebuild the indexes now", latest: "Latest rebuild", done: "Done", requested: "A rebuild of the search indexes was requested" },
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
