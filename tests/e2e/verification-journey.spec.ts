// The foundation journey, in Chinese and in English: sign up → create an SOE organisation →
// a reviewer verifies it → the owner sees "verified" and is notified.
import { expect, PASSWORD, signUp, startsWith, test, uniqueEmail } from "./fixtures";
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";

const TEXT = {
  zh: {
    create: "创建组织", kind: "组织类型", soe: "国有企业", name: "单位全称", uscc: "统一社会信用代码", district: "所在区县",
    districtValue: "岚山区", contactName: "联系人", phone: "联系电话", contactEmail: "联系邮箱", submit: "提交认证",
    pending: "待认证", verified: "已认证", review: "审核", verify: "通过认证", notifications: "通知", verifiedNote: "已通过认证", verificationQueue: "组织认证",
    wrongCheck: "校验位不正确",
  },
  en: {
    create: "Create an organisation", kind: "Type of organisation", soe: "State-owned enterprise", name: "Legal name", uscc: "Unified Social Credit Code",
    district: "District", districtValue: "Lanshan District", contactName: "Contact person", phone: "Phone", contactEmail: "Contact email",
    submit: "Submit for verification", pending: "Pending", verified: "Verified", review: "Review", verify: "Verify", notifications: "Notifications",
    verifiedNote: "is now verified", verificationQueue: "Organisation verification", wrongCheck: "The check character is wrong",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  const t = TEXT[locale];
  test(`an SOE is created, verified by a reviewer, and its owner sees it verified (${locale})`, async ({ browser, grantReviewer }) => {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    const ownerEmail = uniqueEmail("soe-owner");
    await signUp(owner, { name: locale === "zh" ? "张海港" : "Harbour Zhang", email: ownerEmail, locale });

    await owner.getByRole("main").getByRole("link", { name: t.create }).click();
    const orgName = locale === "zh" ? `日照临港装备集团有限公司${Date.now() % 10000}` : `Rizhao Harbour Equipment Group ${Date.now() % 10000}`;
    const uscc = withUsccCheckCharacter(`91371103MA3${String(Date.now()).slice(-6)}`);
    await owner.getByLabel(startsWith(t.kind)).selectOption({ label: t.soe });
    await owner.getByLabel(startsWith(t.name)).fill(orgName);
    // A mistyped check character is explained, and nothing typed is lost.
    const wrong = uscc.slice(0, 17) + (uscc[17] === "0" ? "1" : "0");
    await owner.getByLabel(startsWith(t.uscc)).fill(wrong);
    await owner.getByLabel(startsWith(t.district)).selectOption({ label: t.districtValue });
    await owner.getByLabel(startsWith(t.contactName)).fill(locale === "zh" ? "张海港" : "Harbour Zhang");
    await owner.getByLabel(startsWith(t.phone)).fill("0633-8381234");
    await owner.getByLabel(startsWith(t.contactEmail)).fill(ownerEmail);
    await owner.getByRole("button", { name: t.submit }).click();
    await expect(owner.getByText(t.wrongCheck)).toBeVisible();
    await expect(owner.getByLabel(startsWith(t.name))).toHaveValue(orgName);

    await owner.getByLabel(startsWith(t.uscc)).fill(uscc);
    await owner.getByRole("button", { name: t.submit }).click();
    await expect(owner.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
    await expect(owner.getByRole("main").getByText(t.pending, { exact: true })).toBeVisible();

    // The reviewer signs up, is appointed, and verifies the organisation from the queue.
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    const reviewerEmail = uniqueEmail("reviewer");
    await signUp(reviewer, { name: locale === "zh" ? "李审核" : "Reviewer Li", email: reviewerEmail, locale });
    await grantReviewer(reviewerEmail);
    await reviewer.goto("/");
    await reviewer.getByRole("navigation").getByRole("link", { name: t.review }).click();
    await reviewer.getByRole("main").getByRole("link", { name: t.verificationQueue }).click();
    await reviewer.getByRole("link", { name: orgName }).click();
    await reviewer.getByRole("button", { name: t.verify, exact: true }).click();
    await expect(reviewer.getByRole("status")).toBeVisible();

    // The owner sees the new status and a notification.
    await owner.reload();
    await expect(owner.getByRole("main").getByText(t.verified, { exact: true })).toBeVisible();
    await owner.getByRole("link", { name: new RegExp(t.notifications) }).click();
    await expect(owner.getByText(t.verifiedNote)).toBeVisible();

    await ownerContext.close();
    await reviewerContext.close();
  });
}

test("signing in again after signing out keeps the account and its language", async ({ page }) => {
  const email = uniqueEmail("returning");
  await signUp(page, { name: "Returning User", email, locale: "en" });
  await page.getByRole("button", { name: "Sign out" }).click();
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await banner.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel(startsWith("Email")).fill(email);
  await page.getByLabel(startsWith("Password")).fill("not the password");
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect")).toBeVisible();
  await expect(page.getByLabel(startsWith("Email"))).toHaveValue(email);
  await page.getByLabel(startsWith("Password")).fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Returning User" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
