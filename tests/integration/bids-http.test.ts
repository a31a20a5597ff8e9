// Bids over real HTTP: who may open which page, act on which bid and download which file (anonymous,
// member of another firm, member of another SOE, the bidder, the scenario's owner, a reviewer), the
// bid form's explanations, and hostile input on every bid form.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeBid } from "~/modules/bids/bids.server";
import { addMember, bidInput, createPublishedScenario, createPublishedSolution, createVerifiedOrgUser } from "../setup/bid-factories";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { syncSearchIndex } from "../setup/search";
import { useTestSchema } from "../setup/test-database";

process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), "sb-bids-"));

const naughtyStrings: string[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/blns.json"), "utf8"));
const HOSTILE = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "'; DROP TABLE \"Bid\"; --", "😀🚁🏗️ 无人机👍", "\u0000\u0001 control", "-5", "1.5", "1e309", "NaN"];
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const SECRET_PRICE = 987_651;
/** How the bid tables show it: grouped on Chinese pages, in yuan on English ones (formatWan). */
const SECRET_PRICE_SHOWN = { zh: "987,651", en: "9,876.51M" };
const SECRET_PROPOSAL = "机密方案：采用自研毫米波雷达与视觉融合的巡检算法 secret-proposal-7f3a";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let owner: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let bidder: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let otherFirm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let otherSoe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let scenarioId: string;
let bidId: string;
let attachmentId: string;
let otherFirmBidId: string;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  owner = await createVerifiedOrgUser("SOE", reviewer.id);
  bidder = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "山东海之翼无人机科技有限公司" });
  otherFirm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照云帆智能科技有限公司" });
  otherSoe = await createVerifiedOrgUser("SOE", reviewer.id);
  scenarioId = (await createPublishedScenario(owner.orgId)).id;

  // The bidder bids through the real form, with an attachment.
  const form = new FormData();
  form.set("proposal", SECRET_PROPOSAL);
  form.set("quotedPrice", String(SECRET_PRICE));
  form.set("deliveryDays", "120");
  form.set("solutionId", "");
  form.set("confirmPrice", "on"); // far above the budget of 50–200 万元, on purpose: a price no other page shows
  form.append("attachments", new Blob([PDF], { type: "application/pdf" }), "技术方案.pdf");
  const response = await http.request(`/scenarios/${scenarioId}/bid`, { method: "POST", cookie: bidder.cookie, body: form });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/workspace/bids");
  const bid = await db.prisma.bid.findFirstOrThrow({ where: { scenarioId, orgId: bidder.orgId } });
  bidId = bid.id;
  attachmentId = (await db.prisma.attachment.findFirstOrThrow({ where: { ownerType: "BID", ownerId: bid.id } })).id;
  otherFirmBidId = (await placeBid({ id: otherFirm.id }, otherFirm.orgId, scenarioId, bidInput({ quotedPrice: 333 }))).id;
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type Who = "anonymous" | "otherFirm" | "otherSoe" | "bidder" | "owner" | "reviewer";
const WHO: Who[] = ["anonymous", "otherFirm", "otherSoe", "bidder", "owner", "reviewer"];
const cookieOf = (who: Who) => ({ anonymous: undefined, otherFirm: otherFirm.cookie, otherSoe: otherSoe.cookie, bidder: bidder.cookie, owner: owner.cookie, reviewer: reviewer.cookie })[who];

async function bodyOf(response: Response) {
  return response.status >= 300 && response.status < 400 ? "" : await response.text();
}

function expectNoBidData(body: string, label: string) {
  for (const form of [String(SECRET_PRICE), SECRET_PRICE_SHOWN.zh, SECRET_PRICE_SHOWN.en]) expect(body, label).not.toContain(form);
  expect(body, label).not.toContain("secret-proposal-7f3a");
  expect(body, label).not.toContain(attachmentId);
}

describe("authorization matrix", () => {
  it("the scenario's bid table: owner and reviewer read it; others get sign-in or 404 and no data", async () => {
    const page = `/workspace/scenarios/${scenarioId}/bids`;
    const expected: Record<Who, number> = { anonymous: 302, otherFirm: 404, otherSoe: 404, bidder: 404, owner: 200, reviewer: 200 };
    for (const who of WHO) {
      const response = await http.request(page, { cookie: cookieOf(who) });
      expect(response.status, who).toBe(expected[who]);
      const body = await bodyOf(response);
      if (who === "anonymous") expect(response.headers.get("location")).toMatch(/^\/signin\?redirectTo=/);
      if (expected[who] === 200) {
        expect(body).toContain(SECRET_PRICE_SHOWN.zh);
        expect(body).toContain(attachmentId);
        expect(body).toContain("山东海之翼无人机科技有限公司");
      } else {
        expectNoBidData(body, who);
      }
    }
  });

  it("my bids: the bidder sees its own bid only; competitors see neither price nor proposal", async () => {
    const bidderView = await http.request("/workspace/bids", { cookie: bidder.cookie });
    expect(bidderView.status).toBe(200);
    const bidderBody = await bidderView.text();
    expect(bidderBody).toContain(SECRET_PRICE_SHOWN.zh);
    expect(bidderBody).not.toContain(">333<");
    const competitor = await http.request("/workspace/bids", { cookie: otherFirm.cookie });
    expect(competitor.status).toBe(200);
    expectNoBidData(await competitor.text(), "otherFirm");
    expect((await http.request("/workspace/bids")).status).toBe(302);
    for (const who of ["otherSoe", "owner", "reviewer"] as const) {
      const response = await http.request("/workspace/bids", { cookie: cookieOf(who) });
      expect(response.status, who).toBe(200);
      expectNoBidData(await response.text(), who);
    }
  });

  it("bid attachments download only for the bidder, the scenario's owner and reviewers", async () => {
    const expected: Record<Who, number> = { anonymous: 404, otherFirm: 404, otherSoe: 404, bidder: 200, owner: 200, reviewer: 200 };
    for (const who of WHO) {
      const response = await http.request(`/attachments/${attachmentId}`, { cookie: cookieOf(who) });
      expect(response.status, who).toBe(expected[who]);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (expected[who] === 200) expect(bytes).toEqual(PDF);
      else expect(Buffer.from(bytes).toString("latin1")).not.toContain("%PDF");
    }
  });

  it("the invite page is the scenario owner's only", async () => {
    const page = `/workspace/scenarios/${scenarioId}/invite`;
    const expected: Record<Who, number> = { anonymous: 302, otherFirm: 404, otherSoe: 404, bidder: 404, owner: 200, reviewer: 404 };
    for (const who of WHO) {
      expect((await http.request(page, { cookie: cookieOf(who) })).status, who).toBe(expected[who]);
    }
  });

  it("only the scenario's owner can shortlist, decline or award; strangers get 404 and nothing changes", async () => {
    const page = `/workspace/scenarios/${scenarioId}/bids`;
    for (const who of ["anonymous", "otherFirm", "otherSoe", "bidder", "reviewer"] as const) {
      for (const intent of ["shortlist", "award", "reject"]) {
        const response = await http.request(page, { cookie: cookieOf(who), form: { intent, bidId, reason: "不合适" } });
        expect(response.status, `${who} ${intent}`).toBe(who === "anonymous" ? 302 : 404);
        expectNoBidData(await bodyOf(response), who);
      }
    }
    // A bid of another scenario cannot be decided through this scenario's page.
    const otherScenario = await createPublishedScenario(otherSoe.orgId);
    const foreignBid = await placeBid({ id: bidder.id }, bidder.orgId, otherScenario.id, bidInput());
    expect((await http.request(page, { cookie: owner.cookie, form: { intent: "shortlist", bidId: foreignBid.id } })).status).toBe(404);
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bidId } })).status).toBe("SUBMITTED");
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: foreignBid.id } })).status).toBe("SUBMITTED");
  });

  it("only the bidder can withdraw its bid", async () => {
    for (const who of ["otherFirm", "otherSoe", "reviewer"] as const) {
      const response = await http.request("/workspace/bids", { cookie: cookieOf(who), form: { intent: "withdraw", bidId } });
      expect(response.status, who).toBe(404);
    }
    expect((await http.request("/workspace/bids", { cookie: owner.cookie, form: { intent: "withdraw", bidId } })).status).toBe(409);
    expect((await http.request("/workspace/bids", { form: { intent: "withdraw", bidId } })).status).toBe(302);
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bidId } })).status).toBe("SUBMITTED");
    // The bidder itself can, after a confirmation step that needs no JavaScript: a page of its own list.
    const confirmation = await http.request(`/workspace/bids?withdraw=${otherFirmBidId}`, { cookie: otherFirm.cookie });
    const confirmationHtml = await confirmation.text();
    expect(confirmation.status).toBe(200);
    expect(confirmationHtml).toContain("撤回揭榜");
    expect(confirmationHtml).toMatch(new RegExp(`name="bidId" value="${otherFirmBidId}"`));
    // Someone else's bid id opens nothing.
    expect(await (await http.request(`/workspace/bids?withdraw=${bidId}`, { cookie: otherFirm.cookie })).text()).not.toContain("确认撤回");
    // Posted from the confirmation's own URL (Remix adds ?index); back to the page of the list it came from.
    const own = await http.request(`/workspace/bids?page=2&withdraw=${otherFirmBidId}&index`, { cookie: otherFirm.cookie, form: { intent: "withdraw", bidId: otherFirmBidId } });
    expect(own.status).toBe(302);
    expect(own.headers.get("location")).toBe("/workspace/bids?page=2");
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: otherFirmBidId } })).status).toBe("WITHDRAWN");
    expect(await db.prisma.notification.count({ where: { userId: owner.id, type: "bid.notify.withdrawn" } })).toBe(1);
    // Twice is refused with a message.
    const again = await http.request("/workspace/bids", { cookie: otherFirm.cookie, form: { intent: "withdraw", bidId: otherFirmBidId } });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("该操作与揭榜的当前状态不符");
  });

  it("only verified tech firms can post a bid", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const form = { proposal: SECRET_PROPOSAL, quotedPrice: "100", deliveryDays: "30" };
    expect((await http.request(`/scenarios/${target.id}/bid`, { form })).status).toBe(302);
    expect((await http.request(`/scenarios/${target.id}/bid`, { cookie: owner.cookie, form })).status).toBe(403);
    expect((await http.request(`/scenarios/${target.id}/bid`, { cookie: otherSoe.cookie, form })).status).toBe(403);
    expect((await http.request(`/scenarios/${target.id}/bid`, { cookie: reviewer.cookie, form })).status).toBe(403);
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id } })).toBe(0);
  });
});

describe("the bid page explains why someone cannot bid", () => {
  it("says so for visitors, SOEs, the owner, firms that already bid, and closed scenarios", async () => {
    const page = `/scenarios/${scenarioId}/bid`;
    expect(await (await http.request(page)).text()).toContain("请先登录");
    expect(await (await http.request(page, { cookie: otherSoe.cookie })).text()).toContain("只有科技企业可以揭榜");
    expect(await (await http.request(page, { cookie: owner.cookie })).text()).toContain("不能对本单位发布的场景揭榜");
    expect(await (await http.request(page, { cookie: bidder.cookie })).text()).toContain("已对该场景提交揭榜方案");
    const closed = await createPublishedScenario(owner.orgId, { deadline: new Date(Date.now() - 1000) });
    expect(await (await http.request(`/scenarios/${closed.id}/bid`, { cookie: otherFirm.cookie })).text()).toContain("不再接受揭榜");
    const draft = await createPublishedScenario(owner.orgId, { status: "DRAFT" });
    expect((await http.request(`/scenarios/${draft.id}/bid`, { cookie: otherFirm.cookie })).status).toBe(404);
    const fresh = await createPublishedScenario(owner.orgId);
    const ready = await http.request(`/scenarios/${fresh.id}/bid`, { cookie: otherFirm.cookie });
    expect(ready.status).toBe(200);
    expect(await ready.text()).toContain("提交揭榜方案");
  });

  it("a 定向邀请 scenario takes bids from invited firms only: the page, the form and the scenario say so", async () => {
    const byInvitation = await createPublishedScenario(owner.orgId, { mode: "INVITATION" });
    const invitedSolution = await createPublishedSolution(bidder.orgId, { title: "受邀的无人机方案" });
    await db.prisma.bidInvitation.create({ data: { scenarioId: byInvitation.id, solutionId: invitedSolution.id, invitedById: owner.id } });
    const page = `/scenarios/${byInvitation.id}/bid`;
    const form = { proposal: "未受邀企业的揭榜方案，内容足够长，超过二十个字符。", quotedPrice: "80", deliveryDays: "60" };

    // Not invited: told why, with a way on; a post is refused with what was typed kept, and nothing is saved.
    const uninvited = await (await http.request(page, { cookie: otherFirm.cookie })).text();
    expect(uninvited).toContain("该场景为定向邀请，只有发榜单位邀请的企业可以揭榜");
    expect(uninvited).toContain('href="/scenarios?deadline=open"');
    expect(uninvited).not.toContain("提交揭榜方案");
    const refused = await http.request(page, { cookie: otherFirm.cookie, form });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("未受邀企业的揭榜方案");
    expect(await db.prisma.bid.count({ where: { scenarioId: byInvitation.id } })).toBe(0);
    const detail = await (await http.request(`/scenarios/${byInvitation.id}`, { cookie: otherFirm.cookie })).text();
    expect(detail).toContain("本场景为定向邀请");
    expect(detail).not.toContain(`href="/scenarios/${byInvitation.id}/bid"`);
    expect(await (await http.request(`/scenarios/${byInvitation.id}`)).text()).toContain("本场景为定向邀请"); // visitors too

    // Invited (one of its solutions was): the usual form, and the bid goes in.
    expect(await (await http.request(`/scenarios/${byInvitation.id}`, { cookie: bidder.cookie })).text()).toContain(`href="/scenarios/${byInvitation.id}/bid"`);
    expect(await (await http.request(page, { cookie: bidder.cookie })).text()).toContain("提交揭榜方案");
    expect((await http.request(page, { cookie: bidder.cookie, form: { ...form, proposal: "受邀企业的揭榜方案，内容足够长，超过二十个字符。" } })).status).toBe(302);
    expect(await db.prisma.bid.count({ where: { scenarioId: byInvitation.id, orgId: bidder.orgId } })).toBe(1);
  });

  it("bid tables show prices as their readers count: 万元 grouped in Chinese, yuan in English", async () => {
    for (const [page, reader] of [[`/workspace/scenarios/${scenarioId}/bids`, owner], ["/workspace/bids", bidder]] as const) {
      const chinese = await (await http.request(page, { cookie: reader.cookie })).text();
      expect(chinese, page).toContain("报价（万元）");
      expect(chinese, page).toContain(`<td class="p-3">${SECRET_PRICE_SHOWN.zh}</td>`);
      // A signed-in reader's language is the account's.
      await db.prisma.user.update({ where: { id: reader.id }, data: { locale: "en" } });
      try {
        const english = await (await http.request(page, { cookie: reader.cookie })).text();
        expect(english, page).toContain("Price (CNY)");
        expect(english, page).toContain(`<td class="p-3">${SECRET_PRICE_SHOWN.en}</td>`);
        expect(english, page).not.toContain("10k CNY");
      } finally {
        await db.prisma.user.update({ where: { id: reader.id }, data: { locale: "zh" } });
      }
    }
  });

  it("explains in English to an English-speaking user", async () => {
    const english = await createUser({ locale: "en" });
    const body = await (await http.request(`/scenarios/${scenarioId}/bid`, { cookie: english.cookie })).text();
    expect(body).toContain("You do not belong to an organisation yet");
  });

  it("a second bid on the same scenario is refused clearly, with what was typed kept", async () => {
    const response = await http.request(`/scenarios/${scenarioId}/bid`, { cookie: bidder.cookie, form: { proposal: "第二份方案，内容足够长，超过二十个字符的要求。", quotedPrice: "50", deliveryDays: "10" } });
    expect(response.status).toBe(409);
    const body = await response.text();
    expect(body).toContain("每家单位只能提交一份方案");
    expect(body).toContain("第二份方案");
    expect(await db.prisma.bid.count({ where: { scenarioId, orgId: bidder.orgId } })).toBe(1);
  });
});

describe("a price far outside the budget (QA: a price typed in yuan went in as 12 billion CNY for a 1.5 million budget)", () => {
  const proposal = "We propose our hydrogen drone platform with thermal imaging for crane inspection, deployed within 60 days.";

  it("is refused with the amount in both units and a confirmation to tick, in English; ticked, it goes in", async () => {
    const target = await createPublishedScenario(owner.orgId); // budget 50–200 万元: 500k–2M CNY
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { locale: "en" });
    const page = `/scenarios/${target.id}/bid`;
    const refused = await http.request(page, { cookie: firm.cookie, form: { proposal, quotedPrice: "1200000", deliveryDays: "60", solutionId: "" } });
    expect(refused.status).toBe(400);
    const body = await refused.text();
    expect(body).toContain("Your price reads as 1,200,000 × 10k CNY = 12,000,000,000 CNY (12B CNY): more than 10 times the budget ceiling of 2M CNY.");
    expect(body).toContain("If you typed the price in CNY, enter 120 (10k CNY) instead.");
    expect(body).toContain("I confirm this price: 1,200,000 × 10k CNY");
    const checkbox = /<input[^>]*name="confirmPrice"[^>]*>/.exec(body)?.[0] ?? "";
    expect(checkbox).toContain('type="checkbox"');
    expect(checkbox).toContain('aria-describedby="bid-quotedPrice-error"'); // the question, read with the box
    expect(body).toContain(proposal); // what was typed is kept
    expect(body).toContain('value="1200000"');
    expect(body).toMatch(/aria-invalid="true"[^>]*name="quotedPrice"|name="quotedPrice"[^>]*aria-invalid="true"/);
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id } })).toBe(0);

    const confirmed = await http.request(page, { cookie: firm.cookie, form: { proposal, quotedPrice: "1200000", deliveryDays: "60", solutionId: "", confirmPrice: "on" } });
    expect(confirmed.status).toBe(302);
    const bid = await db.prisma.bid.findFirstOrThrow({ where: { scenarioId: target.id, orgId: firm.orgId } });
    expect(bid.quotedPrice).toBe(1_200_000);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: bid.id, action: "bid.submitted" } });
    expect(audit.after).toMatchObject({ quotedPrice: 1_200_000, priceConfirmedFarFromBudget: true });
  });

  it("a price within reach of the budget needs no confirmation, and none is offered", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    // Ten times the ceiling exactly, and a tenth of the floor exactly, are still prices a firm may mean.
    for (const [quotedPrice, who] of [["2000", firm], ["5", await createVerifiedOrgUser("TECH_FIRM", reviewer.id)]] as const) {
      const response = await http.request(`/scenarios/${target.id}/bid`, { cookie: who.cookie, form: { proposal: "足够长的揭榜方案内容，说明技术路线和交付安排。", quotedPrice, deliveryDays: "60" } });
      expect(response.status, quotedPrice).toBe(302);
    }
    // A form refused for another reason does not offer the confirmation either.
    const other = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const refused = await http.request(`/scenarios/${target.id}/bid`, { cookie: other.cookie, form: { proposal: "短", quotedPrice: "150", deliveryDays: "60" } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain('name="confirmPrice"');
  });

  it("a price far below the floor is asked about in Chinese, with the reading in millions offered, and said with the form's other errors", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const response = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie, form: { proposal: "太短", quotedPrice: "1", deliveryDays: "60" } });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("您填写的报价为 1 万元（10,000 元），不到本场景预算下限（50 万元）的十分之一。报价以万元为单位");
    expect(body).toContain("如果您指的是 1 百万元，应改填 100（万元）。");
    expect(body).toContain("我确认报价无误：1 万元（10,000 元）");
    expect(body).toContain("至少需要"); // the proposal's own error, in the same answer
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id } })).toBe(0);
  });
});

describe("a firm that withdrew its bid", () => {
  it("is told it withdrew (not that it has bid) on the bid page, on a post and on the scenario's page, which offers no bid", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const bid = await placeBid({ id: firm.id }, firm.orgId, target.id, bidInput());
    const bidLink = `href="/scenarios/${target.id}/bid"`;

    // While its bid stands: no "Bid" button, but where to find the bid.
    const standing = await (await http.request(`/scenarios/${target.id}`, { cookie: firm.cookie })).text();
    expect(standing).not.toContain(bidLink);
    expect(standing).toContain("您的单位已对该场景提交揭榜方案");
    expect(standing).toContain('href="/workspace/bids"');

    expect((await http.request("/workspace/bids", { cookie: firm.cookie, form: { intent: "withdraw", bidId: bid.id } })).status).toBe(302);
    const withdrawnText = "您的单位已撤回对该场景的揭榜。每家单位对一个场景只能揭榜一次，撤回的揭榜不能恢复，也不能再次提交。";
    const bidPage = await (await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie })).text();
    expect(bidPage).toContain(withdrawnText);
    expect(bidPage).not.toContain("已对该场景提交揭榜方案");
    expect(bidPage).not.toContain("提交揭榜方案</button>");
    const post = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie, form: { proposal: "重新提交的揭榜方案，内容足够长，超过二十个字符。", quotedPrice: "120", deliveryDays: "60" } });
    expect(post.status).toBe(409);
    const postBody = await post.text();
    expect(postBody).toContain(withdrawnText);
    expect(postBody).toContain("重新提交的揭榜方案");
    const detail = await (await http.request(`/scenarios/${target.id}`, { cookie: firm.cookie })).text();
    expect(detail).not.toContain(bidLink);
    expect(detail).toContain(withdrawnText);
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id, orgId: firm.orgId } })).toBe(1);

    // In English too.
    await db.prisma.user.update({ where: { id: firm.id }, data: { locale: "en" } });
    const english = await (await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie })).text();
    expect(english).toContain("Your organisation withdrew its bid on this scenario. Each organisation bids once per scenario: a withdrawn bid cannot be restored or submitted again.");
  });
});

describe("the award flow over HTTP", () => {
  it("shortlists, asks for confirmation, awards and tells the loser", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const winner = await placeBid({ id: bidder.id }, bidder.orgId, scenario.id, bidInput());
    const loser = await placeBid({ id: otherFirm.id }, otherFirm.orgId, scenario.id, bidInput());
    const page = `/workspace/scenarios/${scenario.id}/bids`;
    const invite = `href="/workspace/scenarios/${scenario.id}/invite"`;
    expect(await (await http.request(page, { cookie: owner.cookie })).text()).toContain(invite);
    expect((await http.request(page, { cookie: owner.cookie, form: { intent: "shortlist", bidId: winner.id } })).status).toBe(302);
    const confirm = await http.request(`${page}?confirm=${winner.id}`, { cookie: owner.cookie });
    expect(await confirm.text()).toContain("确认中标");
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: winner.id } })).status).toBe("SHORTLISTED");
    const award = await http.request(page, { cookie: owner.cookie, form: { intent: "award", bidId: winner.id } });
    expect(award.status).toBe(302);
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: loser.id } })).status).toBe("REJECTED");
    const again = await http.request(page, { cookie: owner.cookie, form: { intent: "award", bidId: loser.id } });
    expect(again.status).toBe(409);
    const loserView = await http.request("/workspace/bids", { cookie: otherFirm.cookie });
    expect(await loserView.text()).toContain("该场景已确定其他中标方");
    expect(await db.prisma.notification.count({ where: { userId: otherFirm.id, type: "bid.notify.lost" } })).toBe(1);
    // Awarded: nobody can be invited any more, so the table no longer offers to.
    expect(await (await http.request(page, { cookie: owner.cookie })).text()).not.toContain(invite);
  });
});

describe("bad input", () => {
  it("a solution a reviewer has hidden cannot go with a bid, nor is it offered for one", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const hidden = await createPublishedSolution(firm.orgId, { title: "被隐藏的无人机方案", hidden: true });
    const form = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie });
    expect(await form.text()).not.toContain(hidden.id);
    const response = await http.request(`/scenarios/${target.id}/bid`, {
      cookie: firm.cookie,
      form: { proposal: "足够长的揭榜方案内容，说明技术路线和交付安排。", quotedPrice: "100", deliveryDays: "60", solutionId: hidden.id },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("请选择本单位已发布的解决方案");
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id } })).toBe(0);
  });

  it("bid form: hostile values give 4xx with a Chinese message and keep what was typed, never 5xx", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    for (const value of HOSTILE) {
      const response = await http.request(`/scenarios/${target.id}/bid`, {
        cookie: firm.cookie,
        form: { proposal: value, quotedPrice: value, deliveryDays: value, solutionId: value },
      });
      const label = JSON.stringify(value.slice(0, 20));
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      const body = await response.text();
      expect(body).not.toContain("<script>alert('xss')</script>");
      expect(body, label).toMatch(/此项为必填项|至少需要|不能超过|请输入整数|必须大于 0|请选择本单位已发布的解决方案/);
    }
    // A good proposal with a bad price keeps the proposal.
    const kept = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie, form: { proposal: "<b>方案</b> 😀 足够长的揭榜方案内容，说明技术路线。", quotedPrice: "0", deliveryDays: "30" } });
    expect(kept.status).toBe(400);
    const body = await kept.text();
    expect(body).toContain("&lt;b&gt;方案&lt;/b&gt; 😀");
    expect(body).toContain("必须大于 0");
    // Someone else's solution, and a file that is not what it claims.
    const foreign = await createPublishedSolution(bidder.orgId);
    const foreignResponse = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie, form: { proposal: "足够长的揭榜方案内容，说明技术路线与计划。", quotedPrice: "10", deliveryDays: "30", solutionId: foreign.id } });
    expect(foreignResponse.status).toBe(400);
    const fake = new FormData();
    fake.set("proposal", "足够长的揭榜方案内容，说明技术路线与计划。");
    fake.set("quotedPrice", "10");
    fake.set("deliveryDays", "30");
    fake.append("attachments", new Blob(["<script>alert(1)</script>"], { type: "application/pdf" }), "evil.pdf");
    const fakeResponse = await http.request(`/scenarios/${target.id}/bid`, { method: "POST", cookie: firm.cookie, body: fake });
    expect(fakeResponse.status).toBe(400);
    expect(await db.prisma.bid.count({ where: { scenarioId: target.id } })).toBe(0);
  });

  it("bid form survives the Big List of Naughty Strings", async () => {
    const target = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    for (const value of naughtyStrings) {
      const response = await http.request(`/scenarios/${target.id}/bid`, { cookie: firm.cookie, form: { proposal: value, quotedPrice: value, deliveryDays: "30" } });
      expect(response.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(value)).toBeLessThan(500);
    }
  });

  it("decline form: a missing or hostile reason gives 4xx with a message and keeps the text", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const bid = await placeBid({ id: bidder.id }, bidder.orgId, scenario.id, bidInput());
    const page = `/workspace/scenarios/${scenario.id}/bids`;
    for (const value of ["", "   ", "x".repeat(10_000), "\u0000\u0001"]) {
      const response = await http.request(page, { cookie: owner.cookie, form: { intent: "reject", bidId: bid.id, reason: value } });
      expect(response.status, JSON.stringify(value.slice(0, 10))).toBe(400);
      expect(await response.text()).toMatch(/此项为必填项|不能超过/);
    }
    const odd = await http.request(page, { cookie: owner.cookie, form: { intent: "explode", bidId: bid.id } });
    expect(odd.status).toBe(400);
    const hostile = await http.request(page, { cookie: owner.cookie, form: { intent: "reject", bidId: bid.id, reason: "<script>alert('xss')</script> 报价过高" } });
    expect(hostile.status).toBe(302);
    const view = await (await http.request(page, { cookie: owner.cookie })).text();
    expect(view).not.toContain("<script>alert('xss')</script>");
    // (On a Chinese page the Latin words of the reason are marked lang="en": MixedText.)
    expect(view.replace(/<span lang="en">([^<]*)<\/span>/g, "$1")).toContain("&lt;script&gt;");
  });

  it("invite form: a message typed to the box's limit is sent as a browser without JavaScript sends it; the page leads back to the scenario and says when it cut a query", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const solution = await createPublishedSolution(otherFirm.orgId, { title: "港口堆场无人机盘点" });
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    const shown = await (await http.request(page, { cookie: owner.cookie })).text();
    expect(shown).toMatch(new RegExp(`href="/workspace/scenarios/${scenario.id}">← (<!-- -->)?返回场景</a>`));
    // 10 lines of 49 characters: 499 in the box (maxlength 500), 508 as sent, each line break as CR LF (a QA review: 400).
    const lines = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(49, "盘"));
    const sent = await http.request(page, { cookie: owner.cookie, form: { solutionId: solution.id, message: lines.join("\r\n") } });
    expect(sent.status).toBe(302);
    const invitation = await db.prisma.bidInvitation.findFirstOrThrow({ where: { scenarioId: scenario.id }, select: { message: true } });
    expect(invitation.message).toBe(lines.join("\n"));
    // A query longer than a search reads is cut at a word and said so, as on /solutions; the box takes it whole.
    const long = `${"无人机 ".repeat(30)}盘点`;
    const searched = await (await http.request(`${page}?q=${encodeURIComponent(long)}`, { cookie: owner.cookie })).text();
    expect(searched).toContain("关键词太长，只搜索了前 100 个字符。");
    expect(searched).toContain('maxLength="500"');
    expect(await (await http.request(`${page}?q=${encodeURIComponent("无人机 盘点")}`, { cookie: owner.cookie })).text()).not.toContain("关键词太长");
  });

  it("invite form: bad solution ids and hostile messages give 4xx; a good invitation works once", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const solution = await createPublishedSolution(otherFirm.orgId, { title: "港口智能理货系统" });
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    for (const value of HOSTILE) {
      const response = await http.request(page, { cookie: owner.cookie, form: { solutionId: value, message: value } });
      expect(response.status, JSON.stringify(value.slice(0, 10))).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).toMatch(/此项为必填项|不能超过|该方案目前无法邀请/);
    }
    // A solution withdrawn since the page was shown: the SOE is told that, not to pick one of its own.
    const withdrawn = await createPublishedSolution(otherFirm.orgId, { title: "已下架的方案", status: "DRAFT" });
    const gone = await http.request(page, { cookie: owner.cookie, form: { solutionId: withdrawn.id, message: "欢迎揭榜" } });
    expect(gone.status).toBe(400);
    const goneText = await gone.text();
    expect(goneText).toContain("该方案目前无法邀请");
    expect(goneText).not.toContain("请选择本单位已发布的解决方案");
    // The page searches through the search engine; this factory writes with plain Prisma, outside the outbox.
    await syncSearchIndex();
    const search = await http.request(`${page}?q=${encodeURIComponent("智能理货")}`, { cookie: owner.cookie });
    expect(await search.text()).toContain("港口智能理货系统");
    // Words with nothing to search for are said so, as on /solutions, and every invitable solution is listed.
    const nothing = await (await http.request(`${page}?q=${encodeURIComponent("的")}`, { cookie: owner.cookie })).text();
    expect(nothing).toContain("“的”中没有可以搜索的词");
    expect(nothing).toContain("港口智能理货系统");
    expect(await (await http.request(`${page}?q=${encodeURIComponent("智能理货")}`, { cookie: owner.cookie })).text()).not.toContain("没有可以搜索的词");
    const ok = await http.request(page, { cookie: owner.cookie, form: { solutionId: solution.id, message: "欢迎揭榜" } });
    expect(ok.status).toBe(302);
    const twice = await http.request(page, { cookie: owner.cookie, form: { solutionId: solution.id, message: "再次邀请" } });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("这家企业已经邀请过了");
    // The invitation goes to the firm, once: another of its solutions is shown invited and cannot be invited again
    // (a QA review: the firm got two invitations and two notifications for one scenario).
    const sibling = await createPublishedSolution(otherFirm.orgId, { title: "港口智能理货系统（第二代）" });
    await syncSearchIndex();
    const listed = await (await http.request(`${page}?q=${encodeURIComponent("智能理货")}`, { cookie: owner.cookie })).text();
    expect(listed).toContain("港口智能理货系统（第二代）");
    expect(listed).not.toContain('aria-label="邀请：港口智能理货系统（第二代）"');
    const siblingInvite = await http.request(page, { cookie: owner.cookie, form: { solutionId: sibling.id, message: "也看看这个" } });
    expect(siblingInvite.status).toBe(409);
    expect(await siblingInvite.text()).toContain("这家企业已经邀请过了");
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(1);
    const member = await addMember(otherFirm.orgId);
    const invitations = await (await http.request("/workspace/bids", { cookie: member.cookie })).text();
    expect(invitations).toContain(scenario.title);
    expect(invitations).toContain("欢迎揭榜");
    // "Bid now" opens the bid form with the invited solution chosen; a solution not the firm's is ignored.
    const bidNow = `/scenarios/${scenario.id}/bid?solution=${solution.id}`;
    expect(invitations).toContain(`href="${bidNow}"`);
    const form = await (await http.request(bidNow, { cookie: member.cookie })).text();
    expect(form).toMatch(new RegExp(`<option [^>]*value="${solution.id}"[^>]* selected=""|<option [^>]*selected=""[^>]*value="${solution.id}"`));
    const foreign = await createPublishedSolution(owner.orgId, { title: "别家的方案" });
    const ignored = await (await http.request(`/scenarios/${scenario.id}/bid?solution=${foreign.id}`, { cookie: member.cookie })).text();
    expect(ignored).not.toContain(`value="${foreign.id}"`);
    expect(ignored).not.toMatch(new RegExp(`<option [^>]*value="${solution.id}"[^>]* selected=""|<option [^>]*selected=""[^>]*value="${solution.id}"`));
  });

  it("invite form: a hand-made post naming two solutions, or a list the page does not have, is refused as that (400), the message kept", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const first = await createPublishedSolution(otherFirm.orgId, { title: "港口智能理货系统（手工提交）" });
    const second = await createPublishedSolution(bidder.orgId, { title: "堆场无人机盘点（手工提交）" });
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    // Two solutions in one invitation: not "required" (the field is there, twice).
    const two = await http.request(page, { cookie: owner.cookie, form: { solutionId: [first.id, second.id], source: "recommended", message: "诚邀两家" } });
    expect(two.status).toBe(400);
    const twoText = await two.text();
    expect(twoText).toContain("一次只能邀请一个方案");
    expect(twoText).not.toContain("此项为必填项");
    expect(twoText).toContain("诚邀两家");
    // A list no form of the page has is not read as the search (it was: 302 and an invitation sent).
    const unknown = await http.request(page, { cookie: owner.cookie, form: { solutionId: first.id, source: "elsewhere", message: "来源不明" } });
    expect(unknown.status).toBe(400);
    const unknownText = await unknown.text();
    expect(unknownText).toContain("无法识别这次邀请来自本页的哪个列表");
    expect(unknownText).toContain("来源不明");
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(0);
    // In the reader's language.
    const english = await addMember(owner.orgId);
    await db.prisma.user.update({ where: { id: english.id }, data: { locale: "en" } });
    const inEnglish = await (await http.request(page, { cookie: english.cookie, form: { solutionId: [first.id, second.id], source: "search" } })).text();
    expect(inEnglish).toContain("An invitation names one solution");
    // Without a source the post is the original search form, as before.
    expect((await http.request(page, { cookie: owner.cookie, form: { solutionId: first.id, message: "欢迎揭榜" } })).status).toBe(302);
  });

  it("invite form: what makes a hand-made post unusable is said before the length of its message", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const solution = await createPublishedSolution(otherFirm.orgId, { title: "港口岸桥远程操控（手工提交）" });
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    const tooLong = "长".repeat(600);
    const tooLongSaid = "不能超过 500 个字符";
    const posts: [label: string, form: Record<string, string | string[]>, first: string][] = [
      ["an unknown list", { solutionId: solution.id, source: "elsewhere", message: tooLong }, "无法识别这次邀请来自本页的哪个列表"],
      ["two solutions", { solutionId: [solution.id, solution.id], source: "search", message: tooLong }, "一次只能邀请一个方案"],
      ["no solution", { source: "search", message: tooLong }, "此项为必填项"],
    ];
    for (const [label, form, first] of posts) {
      const response = await http.request(page, { cookie: owner.cookie, form });
      expect(response.status, label).toBe(400);
      const text = await response.text();
      expect(text, label).toContain(first);
      expect(text, label).toContain(tooLongSaid);
      expect(text.indexOf(first), label).toBeLessThan(text.indexOf(tooLongSaid));
      expect(text, label).toContain(tooLong); // the message typed, kept
    }
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });
});

describe("an invitation, as the invited firm receives it", () => {
  /** The flash cookie a redirect set, to send with the next request. */
  const flashOf = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith("sb_flash="))!.split(";")[0];

  it("the notification and the email lead to the invitation, which only the invited firm's members may read", async () => {
    const scenario = await createPublishedScenario(owner.orgId, { title: "港区夜间照明无人机巡检" });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照星河智能科技有限公司" });
    const solution = await createPublishedSolution(firm.orgId, { title: "夜航无人机巡检系统" });
    const english = await createUser({ locale: "en" });
    await db.prisma.membership.create({ data: { orgId: firm.orgId, userId: english.id, role: "MEMBER" } });
    await db.prisma.user.update({ where: { id: english.id }, data: { activeOrgId: firm.orgId } });

    const sent = await http.request(`/workspace/scenarios/${scenario.id}/invite`, { cookie: owner.cookie, form: { solutionId: solution.id, message: "诚邀贵司参与夜间巡检揭榜" } });
    expect(sent.status).toBe(302);
    const invitation = await db.prisma.bidInvitation.findFirstOrThrow({ where: { scenarioId: scenario.id, solutionId: solution.id } });
    const link = `/workspace/invitations/${invitation.id}`;

    // Every member of the firm is told, with the link; the email (sent at once by default) carries it too, in
    // the member's language.
    for (const member of [firm, english]) {
      const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: member.id, type: "bid.notify.invited" } });
      expect(notification.link).toBe(link);
      const email = await db.prisma.emailMessage.findFirstOrThrow({ where: { userId: member.id, textBody: { contains: "港区夜间照明无人机巡检" } } });
      expect(email.textBody).toContain(`${link}\n`);
      expect(email.textBody).toContain(member === english ? "invites you to bid" : "邀请您以");
      // The notification centre's "open" follows it.
      const opened = await http.request("/notifications", { cookie: member.cookie, form: { intent: "open", notificationId: notification.id } });
      expect(opened.headers.get("location")).toBe(link);
    }

    // The invited firm reads who invited it, with which solution and message, and bids from there with the
    // invited solution chosen — in either language.
    const page = await http.request(link, { cookie: firm.cookie });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain("揭榜邀请：港区夜间照明无人机巡检");
    expect(body).toContain("夜航无人机巡检系统");
    expect(body).toContain("诚邀贵司参与夜间巡检揭榜");
    expect(body).toContain(`href="/scenarios/${scenario.id}/bid?solution=${solution.id}"`);
    expect(body).toContain(`href="/scenarios/${scenario.id}"`);
    const inEnglish = await (await http.request(link, { cookie: english.cookie })).text();
    expect(inEnglish).toContain('Invitation to bid: <span lang="zh-CN">港区夜间照明无人机巡检</span>');
    expect(inEnglish).toContain('<dd lang="zh-CN" class="whitespace-pre-wrap [overflow-wrap:anywhere]">诚邀贵司参与夜间巡检揭榜</dd>');
    expect(inEnglish).toContain(`href="/scenarios/${scenario.id}/bid?solution=${solution.id}"`);
    // The firm's list of invitations links to the same page.
    expect(await (await http.request("/workspace/bids", { cookie: firm.cookie })).text()).toContain(`href="${link}"`);

    // Anyone else — another firm, the SOE that sent it, a reviewer — is told it does not exist, with no data;
    // a visitor is asked to sign in and comes back to it.
    for (const [who, cookie] of [["otherFirm", otherFirm.cookie], ["bidder", bidder.cookie], ["owner", owner.cookie], ["reviewer", reviewer.cookie]] as const) {
      const response = await http.request(link, { cookie });
      expect(response.status, who).toBe(404);
      const text = await response.text();
      expect(text, who).not.toContain("诚邀贵司参与夜间巡检揭榜");
      expect(text, who).not.toContain("夜航无人机巡检系统");
    }
    const data = await http.request(`${link}?_data=${encodeURIComponent("routes/workspace.invitations.$invitationId")}`, { cookie: otherFirm.cookie });
    expect(data.status).toBe(404);
    expect(await data.text()).not.toContain("诚邀贵司");
    const visitor = await http.request(link);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe(`/signin?redirectTo=${encodeURIComponent(link)}`);
    expect((await http.request("/workspace/invitations/no-such-invitation", { cookie: firm.cookie })).status).toBe(404);
  });

  it("the invitation page says when the firm has bid, or must switch to the invited firm to bid", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照多元科技有限公司" });
    const solution = await createPublishedSolution(firm.orgId);
    const { id } = await db.prisma.bidInvitation.create({ data: { scenarioId: scenario.id, solutionId: solution.id, invitedById: owner.id } });
    // A member whose active organisation is another one is asked to switch first (the bid form bids as it).
    const otherOrg = await createVerifiedOrgUser("SOE", reviewer.id);
    await db.prisma.membership.create({ data: { orgId: firm.orgId, userId: otherOrg.id, role: "MEMBER" } });
    const switchFirst = await (await http.request(`/workspace/invitations/${id}`, { cookie: otherOrg.cookie })).text();
    expect(switchFirst).toContain("请先切换到受邀企业“日照多元科技有限公司”");
    expect(switchFirst).toContain(`name="orgId" value="${firm.orgId}"`);
    expect(switchFirst).not.toContain(`/bid?solution=`);
    await placeBid({ id: firm.id }, firm.orgId, scenario.id, bidInput());
    const afterBid = await (await http.request(`/workspace/invitations/${id}`, { cookie: firm.cookie })).text();
    expect(afterBid).toContain("已参与揭榜");
    expect(afterBid).not.toContain(`/bid?solution=`);
  });

  it("a scenario a reviewer hid before its deadline is 'not open at the moment' to the invited firm, not closed", async () => {
    const scenario = await createPublishedScenario(owner.orgId, { title: "暂停征集的巡检场景" });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const solution = await createPublishedSolution(firm.orgId);
    const { id } = await db.prisma.bidInvitation.create({ data: { scenarioId: scenario.id, solutionId: solution.id, invitedById: owner.id } });
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { hidden: true } });
    const page = await (await http.request(`/workspace/invitations/${id}`, { cookie: firm.cookie })).text();
    expect(page).toContain("该场景目前暂不接受揭榜；恢复征集后可在截止日期前揭榜。");
    expect(page).not.toContain("该场景已不在征集期");
    expect(page).not.toContain(`/bid?solution=`);
    const row = (await (await http.request("/workspace/bids", { cookie: firm.cookie })).text()).split("暂停征集的巡检场景")[1]!.split("</tr>")[0]!;
    expect(row).toContain("暂不可揭榜");
    expect(row).not.toContain("已截止");
    // Past its deadline as well, it is closed whatever else.
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { deadline: new Date(Date.now() - 86_400_000) } });
    expect(await (await http.request(`/workspace/invitations/${id}`, { cookie: firm.cookie })).text()).toContain("该场景已不在征集期，不能再揭榜。");
  });

  it("the invitation of a scenario its organisation archived leads to no public page (it answers 404)", async () => {
    const scenario = await createPublishedScenario(owner.orgId, { title: "已归档的巡检场景" });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const solution = await createPublishedSolution(firm.orgId);
    const { id } = await db.prisma.bidInvitation.create({ data: { scenarioId: scenario.id, solutionId: solution.id, invitedById: owner.id } });
    const open = await (await http.request(`/workspace/invitations/${id}`, { cookie: firm.cookie })).text();
    expect(open).toContain(`href="/scenarios/${scenario.id}"`);
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { status: "ARCHIVED" } });
    expect((await http.request(`/scenarios/${scenario.id}`, { cookie: firm.cookie })).status).toBe(404);
    const archived = await http.request(`/workspace/invitations/${id}`, { cookie: firm.cookie });
    expect(archived.status).toBe(200);
    const page = await archived.text();
    expect(page).toContain("已归档的巡检场景");
    expect(page).not.toContain(`href="/scenarios/${scenario.id}"`);
  });

  it("an SOE no longer verified invites nobody: the invite forms are gone, and a hand-made invitation is 403, the message kept", async () => {
    const soe = await createVerifiedOrgUser("SOE", reviewer.id);
    const scenario = await createPublishedScenario(soe.orgId, { title: "认证撤销单位的巡检场景" });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const solution = await createPublishedSolution(firm.orgId);
    await db.prisma.organization.update({ where: { id: soe.orgId }, data: { verificationStatus: "REJECTED" } }); // as a revocation leaves it
    const invitePage = `/workspace/scenarios/${scenario.id}/invite`;
    const listed = await (await http.request(invitePage, { cookie: soe.cookie })).text();
    expect(listed).toContain("贵单位目前未通过认证（认证已撤销或正在重新审核），暂时不能邀请企业揭榜");
    expect(listed).not.toContain('aria-label="邀请：');
    // Nor does any page lead there: the scenario page, and its bids page (a review found the link still on it).
    for (const path of [`/workspace/scenarios/${scenario.id}`, `/workspace/scenarios/${scenario.id}/bids`]) {
      const html = await (await http.request(path, { cookie: soe.cookie })).text();
      expect(html, path).toContain(scenario.title);
      expect(html, path).not.toContain(`href="${invitePage}"`);
    }
    const refused = await http.request(invitePage, { cookie: soe.cookie, form: { solutionId: solution.id, source: "search", message: "诚邀贵司参与" } });
    expect(refused.status).toBe(403);
    const reply = await refused.text();
    expect(reply).toContain("暂时不能邀请企业揭榜");
    expect(reply).toContain("诚邀贵司参与");
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: firm.id, type: "bid.notify.invited" } })).toBe(0);
    // Hidden as well: the page and the refusal name the same reason first (one rule, inviteBlocker).
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { hidden: true, hiddenReason: "待核实" } });
    expect(await (await http.request(invitePage, { cookie: soe.cookie })).text()).toContain("此需求已被审核员隐藏，隐藏期间不能邀请。理由：待核实");
    const hiddenRefusal = await http.request(invitePage, { cookie: soe.cookie, form: { solutionId: solution.id, source: "search" } });
    expect(hiddenRefusal.status).toBe(409);
    expect(await hiddenRefusal.text()).not.toContain("暂时不能邀请企业揭榜");
  });

  it("an invitation on a hidden scenario is refused as hidden, not as 'only scenarios open for bids' beside its 征集中 badge", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const solution = await createPublishedSolution(firm.orgId);
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { hidden: true, hiddenReason: "待核实" } });
    const refused = await http.request(`/workspace/scenarios/${scenario.id}/invite`, { cookie: owner.cookie, form: { solutionId: solution.id, source: "search" } });
    expect(refused.status).toBe(409);
    const reply = await refused.text();
    expect(reply).toContain("此需求已被审核员隐藏，隐藏期间不能邀请。");
    expect(reply).not.toContain("只有正在征集中的场景才能邀请揭榜");
  });

  it("an invitation from a page loaded before nobody could be invited says why once, with the message that was not sent", async () => {
    const times = (text: string, words: string) => text.split(words).length - 1;
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const solution = await createPublishedSolution(firm.orgId, { title: "港口岸桥智能巡检" });
    const soe = await createVerifiedOrgUser("SOE", reviewer.id);
    const send = async (scenarioId: string, message: string) => {
      const response = await http.request(`/workspace/scenarios/${scenarioId}/invite`, { cookie: soe.cookie, form: { solutionId: solution.id, source: "search", message } });
      return { status: response.status, text: await response.text() };
    };

    // Hidden by a reviewer since the page was loaded: the page's notice, with the reason, and no second wording.
    const hiddenScenario = await createPublishedScenario(soe.orgId);
    await db.prisma.scenario.update({ where: { id: hiddenScenario.id }, data: { hidden: true, hiddenReason: "待核实" } });
    const hidden = await send(hiddenScenario.id, "留言一");
    expect(hidden.status).toBe(409);
    expect(times(hidden.text, "隐藏期间不能邀请")).toBe(1);
    expect(hidden.text).toContain("此需求已被审核员隐藏，隐藏期间不能邀请。理由：待核实");
    expect(times(hidden.text, "留言一")).toBeGreaterThan(0);
    expect(hidden.text).toMatch(/role="alert"[^>]*>(?:(?!<\/div>).)*隐藏期间不能邀请(?:(?!<\/div>).)*这条留言没有发出/s);

    // Closed since: one notice, not "not open" and "only open scenarios" side by side.
    const closedScenario = await createPublishedScenario(soe.orgId);
    await db.prisma.scenario.update({ where: { id: closedScenario.id }, data: { status: "CLOSED" } });
    const closed = await send(closedScenario.id, "留言二");
    expect(closed.status).toBe(409);
    expect(times(closed.text, "该场景当前不在征集期，不能邀请。")).toBe(1);
    expect(closed.text).not.toContain("只有正在征集中的场景才能邀请揭榜");
    expect(closed.text).toContain("留言二");

    // The organisation's verification revoked since: the same sentence was shown twice.
    const ownScenario = await createPublishedScenario(soe.orgId);
    await db.prisma.organization.update({ where: { id: soe.orgId }, data: { verificationStatus: "REJECTED" } });
    const notVerified = await send(ownScenario.id, "留言三");
    expect(notVerified.status).toBe(403);
    expect(times(notVerified.text, "暂时不能邀请企业揭榜")).toBe(1);
    expect(notVerified.text).toContain("留言三");

    // A solution hidden since (the scenario still open) was already said once: in its own words, on top.
    await db.prisma.organization.update({ where: { id: soe.orgId }, data: { verificationStatus: "VERIFIED" } });
    await db.prisma.solution.update({ where: { id: solution.id }, data: { hidden: true, hiddenReason: "待核实" } });
    const hiddenSolution = await send(ownScenario.id, "留言四");
    expect(hiddenSolution.status).toBe(400);
    expect(times(hiddenSolution.text, "该方案目前无法邀请")).toBe(1);
    expect(hiddenSolution.text).toContain("留言四");
  });

  it("the flash after inviting names the firm, in the owner's language, its name marked Chinese on English pages", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照闪讯科技有限公司" });
    const first = await createPublishedSolution(firm.orgId);
    // Another firm's: a firm is invited once (inviteSolution).
    const second = await createPublishedSolution((await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照闪讯科技有限公司" })).orgId);
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    const sent = await http.request(`${page}?q=${encodeURIComponent("巡检")}`, { cookie: owner.cookie, form: { solutionId: first.id, source: "search" } });
    // Back to the search it came from, at its list (where focus goes; the status line there says it).
    expect(sent.headers.get("location")).toBe(`${page}?q=%E5%B7%A1%E6%A3%80#invite-search`);
    const shown = await (await http.request(`${page}?q=${encodeURIComponent("巡检")}`, { cookie: `${owner.cookie}; ${flashOf(sent)}` })).text();
    // Once, visibly, in the status line of the search the owner lands at (a polite live region), not at the top of
    // the page, which on a phone is off screen there.
    expect(shown.match(/已邀请日照闪讯科技有限公司参与揭榜。/g)).toHaveLength(1);
    expect(shown).toMatch(/<p role="status"[^>]*><span class="[^"]*bg-green-50[^"]*">已邀请日照闪讯科技有限公司参与揭榜。/);
    expect(shown).not.toContain("sr-only\">已邀请");

    const englishMember = await addMember(owner.orgId);
    await db.prisma.user.update({ where: { id: englishMember.id }, data: { locale: "en" } });
    const sentInEnglish = await http.request(page, { cookie: englishMember.cookie, form: { solutionId: second.id, source: "recommended" } });
    const english = await (await http.request(page, { cookie: `${englishMember.cookie}; ${flashOf(sentInEnglish)}` })).text();
    expect(english).toContain('Invited <span lang="zh-CN">日照闪讯科技有限公司</span> to bid.');
    // Sent from the recommendations: said once, in the recommendations' status line, where the owner returns.
    expect(english.match(/Invited <span lang="zh-CN">/g)).toHaveLength(1);
    const recommendations = english.slice(english.indexOf('id="recommended-solutions"'), english.indexOf('id="invite-search"'));
    expect(recommendations).toMatch(/<p role="status"><span class="[^"]*bg-green-50[^"]*">Invited <span lang="zh-CN">/);

    // Sent from the scenario's own page: back at its recommendations, said there once (QA: it was at the top of
    // the page, off screen on a phone at #recommended-solutions).
    const third = await createPublishedSolution((await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照远航科技有限公司" })).orgId);
    const fromScenario = await http.request(page, { cookie: owner.cookie, form: { solutionId: third.id, source: "scenario" } });
    expect(fromScenario.headers.get("location")).toBe(`/workspace/scenarios/${scenario.id}#recommended-solutions`);
    const scenarioPage = await (await http.request(`/workspace/scenarios/${scenario.id}`, { cookie: `${owner.cookie}; ${flashOf(fromScenario)}` })).text();
    expect(scenarioPage.match(/已邀请日照远航科技有限公司参与揭榜。/g)).toHaveLength(1);
    const section = scenarioPage.slice(scenarioPage.indexOf('id="recommended-solutions"'));
    expect(section).toMatch(/^[^]*?<p role="status"><span class="[^"]*bg-green-50[^"]*">已邀请日照远航科技有限公司参与揭榜。/);
  });
});
