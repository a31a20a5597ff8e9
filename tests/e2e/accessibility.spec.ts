// axe (wcag2a + wcag2aa) on the foundation's pages, in both languages.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";
import { expect, signUp, test, uniqueEmail } from "./fixtures";

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, label).toEqual([]);
}

for (const locale of ["zh", "en"] as const) {
  test(`public pages have no axe violations (${locale})`, async ({ page }) => {
    await page.goto("/");
    if (locale === "en") await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    for (const path of ["/", "/signin", "/signup"]) {
      await page.goto(path);
      await expectNoViolations(page, `${path} ${locale}`);
    }
    // Error states are pages too.
    await page.goto("/signup");
    await page.getByRole("main").getByRole("button", { name: locale === "zh" ? "注册" : "Sign up" }).click();
    await expect(page.getByText(locale === "zh" ? "此项为必填项" : "This field is required").first()).toBeVisible();
    await expectNoViolations(page, `/signup with errors ${locale}`);
  });

  test(`organisation and verification-queue pages have no axe violations (${locale})`, async ({ page, grantReviewer }) => {
    const email = uniqueEmail("axe");
    await signUp(page, { name: locale === "zh" ? "无障碍测试" : "Axe Tester", email, locale });
    await expectNoViolations(page, `/orgs empty ${locale}`);
    await page.goto("/orgs/new");
    await expectNoViolations(page, `/orgs/new ${locale}`);
    await page.getByRole("button", { name: locale === "zh" ? "提交认证" : "Submit for verification" }).click();
    await expect(page.getByText(locale === "zh" ? "此项为必填项" : "This field is required").first()).toBeVisible();
    await expectNoViolations(page, `/orgs/new with errors ${locale}`);

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
    await expectNoViolations(page, `/orgs/:id ${locale}`);
    await page.goto(`${orgUrl}/members`);
    await expectNoViolations(page, `/orgs/:id/members ${locale}`);
    await page.goto(`${orgUrl}/edit`);
    await expectNoViolations(page, `/orgs/:id/edit ${locale}`);

    await grantReviewer(email);
    await page.goto("/review/organizations");
    await expectNoViolations(page, `/review/organizations ${locale}`);
    await page.goto(orgUrl.replace("/orgs/", "/review/organizations/"));
    await expectNoViolations(page, `/review/organizations/:id ${locale}`);
    await page.goto("/account");
    await expectNoViolations(page, `/account ${locale}`);
    await page.goto("/notifications");
    await expectNoViolations(page, `/notifications ${locale}`);
  });
}
