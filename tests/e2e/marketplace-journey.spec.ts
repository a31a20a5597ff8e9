// The marketplace journey, in Chinese and in English: an SOE drafts and submits a scenario → a reviewer
// requests a change → the SOE fixes and resubmits → the reviewer publishes → a tech firm finds it and bids
// with an attachment → a second firm bids → the SOE shortlists one and awards it → the other is notified →
// a case is drafted, published by the reviewer, and shows on the public showcase.
// Labels come from the locale files themselves, so the test reads the page as each language shows it.
import type { Browser } from "@playwright/test";
import { withUsccCheckCharacter } from "../../app/modules/orgs/uscc";
import { bidsLocale } from "../../app/locales/bids";
import { casesLocale } from "../../app/locales/cases";
import { scenariosLocale } from "../../app/locales/scenarios";
import { attachmentsLocale } from "../../app/locales/attachments";
import { en as enFoundation } from "../../app/locales/en";
import { zh as zhFoundation } from "../../app/locales/zh";
import { expect, expectNoAxeViolations, giveVerifiedOrg, signUp, startsWith, test, uniqueEmail } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function interpolate(text: string, values: Record<string, string | number>) {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ""));
}

async function newUser(browser: Browser, locale: "zh" | "en", name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(name.replace(/\W/g, "").toLowerCase() || "user");
  await signUp(page, { name, email, locale });
  return { page, email, close: () => context.close() };
}

for (const locale of ["zh", "en"] as const) {
  const S = scenariosLocale[locale];
  const B = bidsLocale[locale];
  const C = casesLocale[locale];
  const A = attachmentsLocale[locale];
  const F = locale === "zh" ? zhFoundation : enFoundation;
  const label = (text: string) => startsWith(text);

  test(`a scenario goes from draft to a published case (${locale})`, async ({ browser, server, grantReviewer }) => {
    test.setTimeout(180_000);
    const stamp = String(Date.now()).slice(-6);
    const soe = await newUser(browser, locale, locale === "zh" ? "港口发榜人" : "Port Owner");
    await giveVerifiedOrg(server, soe.email, { kind: "SOE", name: `日照港务测试集团${stamp}`, uscc: withUsccCheckCharacter(`91371102MA3A${stamp.slice(0, 5)}`) });
    const firmA = await newUser(browser, locale, locale === "zh" ? "无人机揭榜人" : "Drone Bidder");
    const firmAName = `海翼无人机科技${stamp}`;
    await giveVerifiedOrg(server, firmA.email, { kind: "TECH_FIRM", name: firmAName, uscc: withUsccCheckCharacter(`91371102MA3B${stamp.slice(0, 5)}`), tier: "HIGH_TECH" });
    const firmB = await newUser(browser, locale, locale === "zh" ? "第二揭榜人" : "Second Bidder");
    const firmBName = `蓝鲸智能装备${stamp}`;
    await giveVerifiedOrg(server, firmB.email, { kind: "TECH_FIRM", name: firmBName, uscc: withUsccCheckCharacter(`91371102MA3C${stamp.slice(0, 5)}`), tier: "TECH_SME" });
    const reviewer = await newUser(browser, locale, locale === "zh" ? "科技局审核员" : "Bureau Reviewer");
    await grantReviewer(reviewer.email);

    // 1. The SOE drafts and submits a scenario.
    const title = locale === "zh" ? `石臼港区门机无人机巡检${stamp}` : `Drone inspection of harbour cranes ${stamp}`;
    const p = soe.page;
    await p.goto("/workspace/scenarios/new");
    await p.getByLabel(label(S.field.title)).fill(title);
    await p.getByLabel(label(S.field.summary)).fill(locale === "zh" ? "用无人机自动机场替代人工登高巡检门座起重机。" : "Replace climbing inspections of harbour cranes with drone docks.");
    await p.getByLabel(label(S.field.description)).fill(
      locale === "zh"
        ? "石臼港区现有门座起重机40余台，需部署无人机自动机场，定期自主巡检臂架、焊缝与螺栓，自动识别锈蚀和裂纹。"
        : "Forty harbour cranes need regular autonomous drone inspections of booms, welds and bolts, with automatic detection of rust and cracks.",
    );
    await p.getByLabel(label(S.field.category)).selectOption({ label: locale === "zh" ? "低空应用" : "Low-altitude applications" });
    await p.getByLabel(label(S.field.district)).selectOption({ label: F.districts.DONGGANG });
    await p.getByLabel(label(S.field.tags)).fill(locale === "zh" ? "无人机巡检，门机" : "drone inspection, cranes");
    await p.getByLabel(label(S.field.budgetMin)).fill("80");
    await p.getByLabel(label(S.field.budgetMax)).fill("150");
    if (locale === "en") {
      // English readers count in millions: each amount box says what its 万元 come to, with the field.
      await expect(p.getByLabel(label(S.field.budgetMin))).toHaveAccessibleDescription(/= 800k CNY/);
      await expect(p.getByLabel(label(S.field.budgetMax))).toHaveAccessibleDescription(/= 1\.5M CNY/);
    } else {
      await expect(p.getByText("= 800k")).toHaveCount(0);
    }
    await p.getByLabel(label(S.field.deadline)).fill("2027-08-31");
    await p.getByLabel(label(S.field.contactName)).fill(locale === "zh" ? "张工" : "Engineer Zhang");
    await p.getByLabel(label(S.field.contactPhone)).fill("0633-8381234");
    await p.getByLabel(label(S.field.contactEmail)).fill(soe.email);
    await p.getByRole("button", { name: S.workspace.saveAndSubmit }).click();
    await expect(p.getByRole("main").getByText(S.status.PENDING_REVIEW).first()).toBeVisible();
    await expectNoAxeViolations(p, `scenario manage page ${locale}`);

    // 2. The reviewer asks for a change.
    const r = reviewer.page;
    await r.goto("/review/scenarios");
    await r.getByRole("link", { name: title }).click();
    await expectNoAxeViolations(r, `scenario review page ${locale}`);
    const reason = locale === "zh" ? "请补充验收指标" : "Please add the acceptance criteria";
    // The decision form's reason (the page also has a separate archive form with its own reason).
    await r.locator("#decision-reason").fill(reason);
    await r.getByRole("button", { name: S.action.requestChanges }).click();
    await expect(r.getByRole("status").first()).toBeVisible();
    await expectNoAxeViolations(r, `scenario review queue ${locale}`);

    // 3. The SOE sees the reason, fixes the description and resubmits.
    await p.goto("/workspace/scenarios");
    await p.getByRole("link", { name: title }).click();
    await expect(p.getByText(reason)).toBeVisible();
    const description = p.getByLabel(label(S.field.description));
    await description.fill(`${await description.inputValue()} ${locale === "zh" ? "验收：单台巡检不超过30分钟，缺陷识别准确率不低于90%。" : "Acceptance: at most 30 minutes per crane, 90% defect recognition."}`);
    await p.getByRole("button", { name: S.workspace.saveAndSubmit }).click();
    await expect(p.getByRole("main").getByText(S.status.PENDING_REVIEW).first()).toBeVisible();

    // 4. The reviewer publishes it.
    await r.goto("/review/scenarios");
    await r.getByRole("link", { name: title }).click();
    await r.getByRole("button", { name: S.action.approve }).click();
    await expect(r.getByRole("status").first()).toBeVisible();

    // 5. The first firm finds it in the public list and bids with an attachment.
    const a = firmA.page;
    // The search index takes the publication from the outbox in the background (findable within a second, which
    // tests/integration/search-outbox.test.ts measures): a list opened before then is reloaded, as a visitor would.
    // (A fresh-clone CI run opened it at once on a loaded machine, found it empty and waited on it for ever.)
    await expect(async () => {
      await a.goto("/scenarios");
      await expect(a.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expectNoAxeViolations(a, `scenario list ${locale}`);
    await a.getByRole("link", { name: title }).click();
    await expectNoAxeViolations(a, `scenario detail ${locale}`);
    await a.getByRole("link", { name: S.detail.bid }).click();
    await expectNoAxeViolations(a, `bid form ${locale}`);
    await a.getByLabel(label(B.fields.proposal)).fill(locale === "zh" ? "部署2套无人机自动机场，采用RTK定位与AI缺陷识别，45天完成部署与试运行。" : "Two drone docks with RTK positioning and AI defect recognition, deployed and trialled within 45 days.");
    await a.getByLabel(label(B.fields.quotedPrice)).fill("120");
    await a.getByLabel(label(B.fields.deliveryDays)).fill("45");
    await a.getByLabel(label(A.label)).setInputFiles({ name: "proposal.pdf", mimeType: "application/pdf", buffer: PDF });
    await a.getByRole("button", { name: B.form.submit }).click();
    await expect(a.getByRole("status").first()).toContainText(B.flash.submitted);

    // 6. A second firm bids too.
    const b = firmB.page;
    await b.goto("/scenarios");
    await b.getByRole("link", { name: title }).click();
    await b.getByRole("link", { name: S.detail.bid }).click();
    await b.getByLabel(label(B.fields.proposal)).fill(locale === "zh" ? "采用系留无人机与固定摄像头结合的方案，成本更低，60天交付。" : "Tethered drones combined with fixed cameras at a lower cost, delivered in 60 days.");
    await b.getByLabel(label(B.fields.quotedPrice)).fill("95");
    await b.getByLabel(label(B.fields.deliveryDays)).fill("60");
    await b.getByRole("button", { name: B.form.submit }).click();
    await expect(b.getByRole("status").first()).toContainText(B.flash.submitted);

    // 7. The SOE shortlists the first firm and awards it; the attachment is there for the owner to read.
    await p.goto("/workspace/scenarios");
    await p.getByRole("link", { name: title }).click();
    await p.getByRole("link", { name: S.workspace.viewBids }).click();
    await expect(p.getByRole("link", { name: "proposal.pdf" })).toBeVisible();
    await expectNoAxeViolations(p, `bids on my scenario ${locale}`);
    await p.getByRole("button", { name: `${B.action.shortlist}: ${firmAName}` }).click();
    await expect(p.getByRole("status").first()).toContainText(B.flash.shortlisted);
    await p.getByRole("link", { name: `${B.action.award}: ${firmAName}` }).click();
    await p.getByRole("button", { name: B.owner.confirmButton }).click();
    await expect(p.getByRole("status").first()).toContainText(B.flash.awarded);

    // 8. The other firm is told.
    await b.goto("/notifications");
    await expect(b.getByText(interpolate(B.notify.lost, { scenario: title }))).toBeVisible();
    await b.goto("/workspace/bids");
    await expectNoAxeViolations(b, `my bids ${locale}`);

    // 9. The SOE drafts a case from the awarded bid and submits it; the reviewer publishes it.
    await p.getByRole("link", { name: B.owner.draftCase }).click();
    const caseTitle = locale === "zh" ? `港口门机无人机巡检典型案例${stamp}` : `Drone crane inspection case ${stamp}`;
    await p.getByLabel(label(C.fields.title)).fill(caseTitle);
    await p.getByLabel(label(C.fields.outcome)).fill(locale === "zh" ? "上线三个月，单台门机巡检时间由4小时降至25分钟，累计发现隐患37处。" : "In three months, inspection time per crane fell from 4 hours to 25 minutes and 37 defects were found.");
    await p.getByLabel(interpolate(C.fields.figureLabel, { n: 1 })).fill(locale === "zh" ? "巡检效率" : "Inspection time");
    await p.getByLabel(interpolate(C.fields.figureValue, { n: 1 })).fill(locale === "zh" ? "提升90%" : "-90%");
    await p.getByRole("button", { name: C.new.save }).click();
    await expectNoAxeViolations(p, `case editor ${locale}`);
    await p.getByRole("button", { name: C.edit.submit }).click();
    await expect(p.getByRole("main").getByText(C.status.PENDING_REVIEW).first()).toBeVisible();

    await r.goto("/review/cases");
    await r.getByRole("link", { name: caseTitle }).click();
    await expectNoAxeViolations(r, `case review page ${locale}`);
    await r.getByRole("button", { name: C.action.publish }).click();
    await expect(r.getByRole("status").first()).toBeVisible();

    // 10. Anyone sees it on the showcase.
    // AxeBuilder needs a page from an explicit context (not browser.newPage()).
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto("/cases");
    await expect(visitor.getByRole("link", { name: caseTitle })).toBeVisible();
    await expectNoAxeViolations(visitor, `case showcase ${locale}`);
    await visitor.getByRole("link", { name: caseTitle }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(caseTitle);
    await expectNoAxeViolations(visitor, `case detail ${locale}`);
    await visitorContext.close();

    await Promise.all([soe.close(), firmA.close(), firmB.close(), reviewer.close()]);
  });
}

