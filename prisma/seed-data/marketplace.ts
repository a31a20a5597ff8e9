// Seeds the marketplace (scenarios, solutions, bids, invitations, cases, reports, notifications and the
// audit trail) inside the demo seed's transaction. Everything is written with createMany and ids chosen
// here, so the whole marketplace costs a handful of statements even on the embedded database.
import { randomBytes } from "node:crypto";
import type { Prisma } from "../../app/generated/prisma/client.ts";
import { DEV_SCENARIOS, DEV_SOLUTIONS } from "./matching-dev";
import {
  BID_INVITATIONS,
  BID_PLANS,
  CASE_PLANS,
  DEV_SOLUTION_OWNERS,
  FIRST_UNIT_APPLYING_YEAR,
  FIRST_UNIT_CERTIFICATES,
  INDEPENDENT_INNOVATION,
  SCENARIO_PLANS,
  SEEKING_INVESTMENT,
  SOLUTION_REFERENCES,
  SOLUTION_STATUS_OVERRIDES,
} from "./plan";
import { EXTRA_SCENARIOS } from "./scenarios-extra";
import { EXTRA_SOLUTIONS } from "./solutions-extra";
import type { DevScenario, DevSolution } from "./types";

type Tx = Prisma.TransactionClient;

export type SeededOrg = {
  id: string;
  name: string;
  status: "PENDING" | "VERIFIED" | "REJECTED";
  /** The person who drafts, bids and decides for the organisation in the demo story. */
  actingUserId: string;
  ownerIds: string[];
  memberIds: string[];
  contact: [name: string, phone: string, email: string];
};

export type MarketplaceContext = { orgs: Map<string, SeededOrg>; reviewerId: string };

const DISTRICT_CODES: Record<string, string> = {
  东港区: "DONGGANG",
  岚山区: "LANSHAN",
  莒县: "JUXIAN",
  五莲县: "WULIAN",
  日照经济技术开发区: "ECONOMIC_DEVELOPMENT_ZONE",
  日照高新技术产业开发区: "HIGH_TECH_ZONE",
  山海天旅游度假区: "SHANHAITIAN",
  日照国际海洋城: "OCEAN_CITY",
  市外: "OUTSIDE_CITY",
};

const FIRST_UNIT_NAMES = { FIRST_SET: "首台（套）", FIRST_BATCH: "首批次", FIRST_VERSION: "首版次" } as const;

/** Looks like the cuid the application generates, so ids in URLs are indistinguishable from real ones. */
const newId = () => `c${randomBytes(12).toString("hex")}`;
const at = (isoDate: string, hour = 10) => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00+08:00`);
const addDays = (date: Date, days: number, hours = 0) => new Date(date.getTime() + days * 86_400_000 + hours * 3_600_000);
const categoryId = (code: string) => `cat_${code.toLowerCase()}`;
const roundTo5 = (value: number) => Math.max(5, Math.round(value / 5) * 5);
const allMembers = (org: SeededOrg) => [...org.ownerIds, ...org.memberIds];

function districtCode(name: string) {
  const code = DISTRICT_CODES[name];
  if (!code) throw new Error(`Seed district “${name}” has no district code`);
  return code;
}

const BATCH_DATES = { "2026年第一批": { created: "2026-02-10", published: "2026-03-20" }, "2026年第二批": { created: "2026-08-03", published: "2026-09-15" } } as const;

function proposalFor(scenario: DevScenario, solution: DevSolution, index: number) {
  const stages = [20 + (index % 3) * 10, 45 + (index % 4) * 15, 30 + (index % 2) * 30];
  const certificate = FIRST_UNIT_CERTIFICATES[solution.id];
  const firstUnit =
    solution.firstUnit?.status === "RECOGNISED" && certificate
      ? `本产品为${FIRST_UNIT_NAMES[solution.firstUnit.type]}认定产品（${certificate[0]}），可按政策投保${FIRST_UNIT_NAMES[solution.firstUnit.type]}保险并申请保费补贴。`
      : solution.firstUnit?.status === "APPLYING"
        ? `本产品正在申报${FIRST_UNIT_NAMES[solution.firstUnit.type]}认定，示范应用数据将作为申报材料。`
        : "";
  return [
    `针对“${scenario.title}”，我司拟以“${solution.title}”承接。${solution.summary}`,
    `实施计划：第一阶段（约${stages[0]}天）现场勘查、需求确认与方案深化，对接${scenario.industryChain[0]}相关业务系统；第二阶段（约${stages[1]}天）完成部署与联调，关键指标逐项自测；第三阶段（约${stages[2]}天）试运行，按场景验收指标组织联合测试并提交验收报告。`,
    `${firstUnit}质量保障：项目经理具有同类项目实施经验，驻场工程师${2 + (index % 3)}名；质保期${index % 2 === 0 ? "两" : "三"}年，7×24小时响应，4小时到场。`,
  ].join("\n\n");
}

export async function seedMarketplace(tx: Tx, { orgs, reviewerId }: MarketplaceContext) {
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`Seed refers to unknown organisation “${key}”`);
    return found;
  };

  // ── Solutions ──────────────────────────────────────────────────────────────────────────────────────
  const solutionRecords: { data: DevSolution; orgKey: string }[] = [
    ...DEV_SOLUTIONS.map((data) => ({ data, orgKey: DEV_SOLUTION_OWNERS[data.id] })),
    ...EXTRA_SOLUTIONS.map(({ org: orgKey, ...data }) => ({ data, orgKey })),
  ];
  const solutionIds = new Map<string, string>();
  const solutionById = new Map<string, { data: DevSolution; orgKey: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" }>();
  const solutionRows: Prisma.SolutionCreateManyInput[] = [];
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  for (const [index, { data, orgKey }] of solutionRecords.entries()) {
    if (!orgKey) throw new Error(`Seed solution ${data.id} has no owner`);
    const owner = org(orgKey);
    const status = SOLUTION_STATUS_OVERRIDES[data.id] ?? "PUBLISHED";
    if (status !== "DRAFT" && owner.status !== "VERIFIED") throw new Error(`Seed solution ${data.id} is public but its firm is not verified`);
    const id = newId();
    solutionIds.set(data.id, id);
    solutionById.set(data.id, { data, orgKey, status });
    const createdAt = addDays(at("2026-01-08"), index % 60, index % 8);
    const publishedAt = status === "DRAFT" ? null : addDays(createdAt, 2);
    const certificate = FIRST_UNIT_CERTIFICATES[data.id];
    const recognised = data.firstUnit?.status === "RECOGNISED";
    if (recognised && !certificate) throw new Error(`Seed solution ${data.id} is recognised but has no certificate`);
    const investment = SEEKING_INVESTMENT[data.id];
    const hidden = data.id === "N33";
    solutionRows.push({
      id,
      orgId: owner.id,
      createdById: owner.actingUserId,
      title: data.title,
      summary: data.summary,
      description: data.description,
      categoryId: categoryId(data.category),
      industryChain: data.industryChain,
      tags: data.tags,
      trl: data.trl,
      references: SOLUTION_REFERENCES[data.id] ?? "",
      priceMin: data.priceMin,
      priceMax: data.priceMax,
      independentInnovation: INDEPENDENT_INNOVATION.has(data.id),
      seekingInvestment: Boolean(investment),
      investmentStage: investment?.[0] ?? null,
      investmentAmount: investment?.[1] ?? null,
      firstUnitType: data.firstUnit?.type ?? null,
      firstUnitStatus: data.firstUnit?.status ?? "NONE",
      firstUnitCertificate: recognised ? certificate[0] : null,
      firstUnitYear: recognised ? certificate[1] : data.firstUnit ? FIRST_UNIT_APPLYING_YEAR : null,
      status,
      publishedAt,
      hidden,
      hiddenReason: hidden ? "宣称“识别率100%”且无第三方检测报告，经核实存在夸大宣传，已暂停展示。" : null,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    audit.push({ actorId: owner.actingUserId, action: "solution.created", entityType: "Solution", entityId: id, after: { title: data.title }, createdAt });
    if (publishedAt) audit.push({ actorId: owner.actingUserId, action: "solution.publish", entityType: "Solution", entityId: id, before: { status: "DRAFT" }, after: { status: "PUBLISHED" }, createdAt: publishedAt });
    if (status === "ARCHIVED") audit.push({ actorId: owner.actingUserId, action: "solution.archive", entityType: "Solution", entityId: id, before: { status: "PUBLISHED" }, after: { status: "ARCHIVED" }, createdAt: addDays(publishedAt!, 120) });
  }
  await tx.solution.createMany({ data: solutionRows });

  // ── Scenarios ──────────────────────────────────────────────────────────────────────────────────────
  const scenarioIds = new Map<string, string>();
  const scenarioById = new Map<string, { data: DevScenario; orgKey: string; publishedAt: Date | null; closedAt: Date | null }>();
  const scenarioRows: Prisma.ScenarioCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const allScenarios = [...DEV_SCENARIOS, ...EXTRA_SCENARIOS];
  for (const [index, data] of allScenarios.entries()) {
    const plan = SCENARIO_PLANS[data.id];
    if (!plan) throw new Error(`Seed scenario ${data.id} has no plan`);
    const owner = org(plan.org);
    if (owner.status !== "VERIFIED") throw new Error(`Seed scenario ${data.id} belongs to an unverified organisation`);
    const id = newId();
    scenarioIds.set(data.id, id);
    // The port's member drafts some of its scenarios, so both demo accounts of the port have a history.
    const author = plan.org === "port" && index % 2 === 1 && owner.memberIds[0] ? owner.memberIds[0] : owner.actingUserId;
    const batchDates = plan.batch ? BATCH_DATES[plan.batch] : null;
    const createdAt = batchDates ? addDays(at(batchDates.created), index % 9, index % 6) : addDays(at("2026-10-20"), index % 25, index % 6);
    const submitted = plan.status !== "DRAFT" && !(plan.status === "ARCHIVED" && !plan.batch);
    const submittedAt = submitted ? addDays(createdAt, 3) : null;
    const publishedAt = batchDates && plan.batch ? at(batchDates.published, 9) : null;
    const deadline = at(plan.deadline ?? data.deadline, 17);
    const closedAt = ["CLOSED", "AWARDED", "UNAWARDED"].includes(plan.status) ? addDays(deadline, 0, 7) : null;
    scenarioById.set(data.id, { data, orgKey: plan.org, publishedAt, closedAt });
    scenarioRows.push({
      id,
      orgId: owner.id,
      createdById: author,
      title: data.title,
      summary: data.summary,
      description: data.description,
      categoryId: categoryId(data.category),
      industryChain: data.industryChain,
      tags: data.tags,
      district: districtCode(data.district),
      budgetMin: data.budgetMin,
      budgetMax: data.budgetMax,
      deadline,
      mode: plan.mode ?? "OPEN_CALL",
      expectedFirstUnitTypes: data.firstUnitTypes,
      allowMultipleWinners: plan.allowMultipleWinners ?? false,
      contactName: owner.contact[0],
      contactPhone: owner.contact[1],
      contactEmail: owner.contact[2],
      status: plan.status,
      reviewNote: plan.reviewNote ?? null,
      batch: plan.batch ?? null,
      submittedAt,
      publishedAt,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? publishedAt ?? submittedAt ?? createdAt,
    });

    const entry = (actorId: string | null, action: string, createdAt: Date, after: Prisma.InputJsonValue, before?: Prisma.InputJsonValue) =>
      audit.push({ actorId, action, entityType: "Scenario", entityId: id, before, after, createdAt });
    entry(author, "scenario.created", createdAt, { status: "DRAFT", title: data.title });
    if (submittedAt) entry(author, "scenario.submit", submittedAt, { status: "PENDING_REVIEW" }, { status: "DRAFT" });
    const ownerLink = `/workspace/scenarios/${id}`;
    if (plan.status === "PENDING_REVIEW") {
      notifications.push({ userId: reviewerId, type: "scenario.notify.submitted", params: { title: data.title }, link: `/review/scenarios/${id}`, createdAt: submittedAt! });
    }
    if (plan.status === "CHANGES_REQUESTED") {
      const decidedAt = addDays(submittedAt!, 2);
      entry(reviewerId, "scenario.requestChanges", decidedAt, { status: "CHANGES_REQUESTED", reviewNote: plan.reviewNote ?? null }, { status: "PENDING_REVIEW" });
      for (const userId of allMembers(owner)) {
        notifications.push({ userId, type: "scenario.notify.changesRequested", params: { title: data.title, reason: plan.reviewNote ?? "" }, link: ownerLink, createdAt: decidedAt });
      }
    }
    if (publishedAt) {
      entry(reviewerId, "scenario.approve", publishedAt, { status: "PUBLISHED", batch: plan.batch ?? null }, { status: "PENDING_REVIEW" });
      for (const userId of allMembers(owner)) {
        notifications.push({ userId, type: "scenario.notify.published", params: { title: data.title, batch: plan.batch ?? "" }, link: ownerLink, createdAt: publishedAt, readAt: addDays(publishedAt, 1) });
      }
    }
    if (closedAt) {
      entry(null, "scenario.close", closedAt!, { status: "CLOSED", actorKind: "system" }, { status: "PUBLISHED" });
      for (const userId of allMembers(owner)) {
        notifications.push({ userId, type: "scenario.notify.closedByDeadline", params: { title: data.title }, link: ownerLink, createdAt: closedAt! });
      }
    }
    if (plan.status === "UNAWARDED") entry(owner.actingUserId, "scenario.markUnawarded", addDays(closedAt!, 10), { status: "UNAWARDED" }, { status: "CLOSED" });
    if (plan.status === "ARCHIVED") entry(owner.actingUserId, "scenario.archive", addDays(publishedAt ?? createdAt, 30), { status: "ARCHIVED" }, { status: publishedAt ? "PUBLISHED" : "DRAFT" });
  }
  await tx.scenario.createMany({ data: scenarioRows });

  // ── Bids ───────────────────────────────────────────────────────────────────────────────────────────
  const bidRows: Prisma.BidCreateManyInput[] = [];
  const bidIds = new Map<string, string>(); // "scenario/solution" → bid id
  let bidIndex = 0;
  for (const [scenarioKey, plans] of Object.entries(BID_PLANS)) {
    const scenario = scenarioById.get(scenarioKey);
    if (!scenario?.publishedAt) throw new Error(`Seed bids on ${scenarioKey}, which was never published`);
    const scenarioOwner = org(scenario.orgKey);
    const biddingFirms = new Set<string>();
    const awarded = plans.filter((plan) => plan.status === "AWARDED");
    const scenarioStatus = SCENARIO_PLANS[scenarioKey].status;
    if (scenarioStatus === "AWARDED" && awarded.length !== 1 && !SCENARIO_PLANS[scenarioKey].allowMultipleWinners) throw new Error(`Seed scenario ${scenarioKey} needs exactly one winner`);
    if (scenarioStatus !== "AWARDED" && awarded.length > 0) throw new Error(`Seed scenario ${scenarioKey} has a winner but is ${scenarioStatus}`);
    // Decisions on closed scenarios come after bidding ended; on open ones some weeks after publication.
    const decidedAt = scenario.closedAt ? addDays(scenario.closedAt, 6) : addDays(scenario.publishedAt, 45);
    for (const [position, plan] of plans.entries()) {
      const solution = solutionById.get(plan.solution);
      if (!solution) throw new Error(`Seed bid links unknown solution ${plan.solution}`);
      if (solution.status === "DRAFT") throw new Error(`Seed bid links draft solution ${plan.solution}`);
      if (biddingFirms.has(solution.orgKey)) throw new Error(`Seed has two bids by ${solution.orgKey} on ${scenarioKey}`);
      biddingFirms.add(solution.orgKey);
      const firm = org(solution.orgKey);
      if (firm.status !== "VERIFIED") throw new Error(`Seed bid by unverified firm ${solution.orgKey}`);
      const { budgetMin, budgetMax } = scenario.data;
      const fraction = [0.45, 0.7, 0.85, 0.6, 0.95][bidIndex % 5];
      const quotedPrice = roundTo5(budgetMin + (budgetMax - budgetMin) * fraction);
      const deliveryDays = 60 + ((bidIndex * 37) % 8) * 15;
      const createdAt = addDays(scenario.publishedAt, 8 + position * 5 + (bidIndex % 4), bidIndex % 7);
      const id = newId();
      bidIds.set(`${scenarioKey}/${plan.solution}`, id);
      const final = plan.status === "AWARDED" || plan.status === "REJECTED";
      bidRows.push({
        id,
        scenarioId: scenarioIds.get(scenarioKey)!,
        orgId: firm.id,
        createdById: firm.actingUserId,
        solutionId: solutionIds.get(plan.solution)!,
        proposal: proposalFor(scenario.data, solution.data, bidIndex),
        quotedPrice,
        deliveryDays,
        status: plan.status,
        decisionNote: plan.status === "REJECTED" ? (plan.decisionNote ?? null) : null,
        decidedAt: final ? decidedAt : null,
        createdAt,
        updatedAt: final ? decidedAt : createdAt,
      });
      if (plan.status === "REJECTED" && !plan.decisionNote) throw new Error(`Seed rejected bid on ${scenarioKey} needs a reason`);
      bidIndex += 1;

      const bidEntry = (actorId: string | null, action: string, when: Date, after: Prisma.InputJsonValue, before?: Prisma.InputJsonValue) =>
        audit.push({ actorId, action, entityType: "Bid", entityId: id, before, after, createdAt: when });
      const params = { scenario: scenario.data.title, owner: scenarioOwner.name };
      bidEntry(firm.actingUserId, "bid.submitted", createdAt, { status: "SUBMITTED", quotedPrice, deliveryDays });
      for (const userId of allMembers(scenarioOwner)) {
        notifications.push({ userId, type: "bid.notify.received", params: { firm: firm.name, scenario: scenario.data.title }, link: `/workspace/scenarios/${scenarioIds.get(scenarioKey)}/bids`, createdAt, readAt: final ? decidedAt : null });
      }
      const shortlistedAt = addDays(decidedAt, -5);
      if (plan.status === "SHORTLISTED" || plan.status === "AWARDED") {
        bidEntry(scenarioOwner.actingUserId, "bid.shortlist", shortlistedAt, { status: "SHORTLISTED" }, { status: "SUBMITTED" });
        for (const userId of allMembers(firm)) {
          notifications.push({ userId, type: "bid.notify.shortlisted", params: { ...params, reason: "" }, link: "/workspace/bids", createdAt: shortlistedAt, readAt: plan.status === "AWARDED" ? decidedAt : null });
        }
      }
      if (plan.status === "AWARDED") {
        bidEntry(scenarioOwner.actingUserId, "bid.award", decidedAt, { status: "AWARDED" }, { status: "SHORTLISTED" });
        for (const userId of allMembers(firm)) notifications.push({ userId, type: "bid.notify.awarded", params, link: "/workspace/bids", createdAt: decidedAt });
      }
      if (plan.status === "REJECTED") {
        bidEntry(scenarioOwner.actingUserId, "bid.reject", decidedAt, { status: "REJECTED", decisionNote: plan.decisionNote ?? null }, { status: "SUBMITTED" });
        for (const userId of allMembers(firm)) {
          notifications.push({ userId, type: "bid.notify.rejected", params: { ...params, reason: plan.decisionNote ?? "" }, link: "/workspace/bids", createdAt: decidedAt });
        }
      }
      if (plan.status === "WITHDRAWN") {
        const withdrawnAt = addDays(createdAt, 9);
        bidEntry(firm.actingUserId, "bid.withdraw", withdrawnAt, { status: "WITHDRAWN" }, { status: "SUBMITTED" });
        for (const userId of allMembers(scenarioOwner)) {
          notifications.push({ userId, type: "bid.notify.withdrawn", params: { firm: firm.name, scenario: scenario.data.title }, link: `/workspace/scenarios/${scenarioIds.get(scenarioKey)}/bids`, createdAt: withdrawnAt, readAt: addDays(withdrawnAt, 1) });
        }
      }
    }
    if (scenarioStatus === "AWARDED") {
      audit.push({ actorId: scenarioOwner.actingUserId, action: "scenario.markAwarded", entityType: "Scenario", entityId: scenarioIds.get(scenarioKey)!, before: { status: "CLOSED" }, after: { status: "AWARDED", actorKind: "system" }, createdAt: decidedAt });
    }
  }
  await tx.bid.createMany({ data: bidRows });

  // ── Invitations ────────────────────────────────────────────────────────────────────────────────────
  const invitationRows: Prisma.BidInvitationCreateManyInput[] = [];
  const invitedFirms = new Set<string>();
  for (const [scenarioKey, solutionKey, message] of BID_INVITATIONS) {
    const scenario = scenarioById.get(scenarioKey)!;
    const solution = solutionById.get(solutionKey)!;
    if (SCENARIO_PLANS[scenarioKey].status !== "PUBLISHED" || solution.status !== "PUBLISHED") throw new Error(`Seed invitation ${scenarioKey}/${solutionKey} needs a published scenario and solution`);
    const firm = `${scenarioKey}/${solution.orgKey}`;
    if (invitedFirms.has(firm)) throw new Error(`Seed invitation ${scenarioKey}/${solutionKey}: the firm is invited to that scenario already (one invitation per firm)`);
    invitedFirms.add(firm);
    const owner = org(scenario.orgKey);
    const createdAt = addDays(scenario.publishedAt!, 3);
    const id = newId();
    invitationRows.push({ id, scenarioId: scenarioIds.get(scenarioKey)!, solutionId: solutionIds.get(solutionKey)!, invitedById: owner.actingUserId, message, createdAt });
    audit.push({ actorId: owner.actingUserId, action: "bid.invited", entityType: "Scenario", entityId: scenarioIds.get(scenarioKey)!, after: { invitationId: id, solutionId: solutionIds.get(solutionKey)!, message }, createdAt });
    for (const userId of allMembers(org(solution.orgKey))) {
      notifications.push({ userId, type: "bid.notify.invited", params: { owner: owner.name, scenario: scenario.data.title, solution: solution.data.title }, link: `/workspace/invitations/${id}`, createdAt, readAt: addDays(createdAt, 1) });
    }
  }
  await tx.bidInvitation.createMany({ data: invitationRows });

  // ── Cases ──────────────────────────────────────────────────────────────────────────────────────────
  const caseRows: Prisma.CaseCreateManyInput[] = [];
  for (const plan of CASE_PLANS) {
    const bidId = bidIds.get(`${plan.scenario}/${plan.solution}`);
    const bidPlan = BID_PLANS[plan.scenario]?.find((bid) => bid.solution === plan.solution);
    if (!bidId || bidPlan?.status !== "AWARDED") throw new Error(`Seed case for ${plan.scenario} must come from an awarded bid`);
    const scenario = scenarioById.get(plan.scenario)!;
    const owner = org(scenario.orgKey);
    const createdAt = addDays(scenario.closedAt!, 40);
    const submittedAt = addDays(createdAt, 5);
    const publishedAt = plan.publishedAt ? at(plan.publishedAt) : null;
    if (plan.status === "PUBLISHED" && !publishedAt) throw new Error(`Seed case for ${plan.scenario} needs a publication date`);
    const id = newId();
    caseRows.push({
      id,
      bidId,
      scenarioId: scenarioIds.get(plan.scenario)!,
      title: plan.title,
      outcome: plan.outcome,
      figures: plan.figures,
      status: plan.status,
      publishedAt,
      createdById: owner.actingUserId,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    audit.push({ actorId: owner.actingUserId, action: "case.created", entityType: "Case", entityId: id, after: { status: "DRAFT", title: plan.title }, createdAt });
    if (plan.status !== "DRAFT") audit.push({ actorId: owner.actingUserId, action: "case.submit", entityType: "Case", entityId: id, before: { status: "DRAFT" }, after: { status: "PENDING_REVIEW" }, createdAt: submittedAt });
    if (publishedAt) audit.push({ actorId: reviewerId, action: "case.publish", entityType: "Case", entityId: id, before: { status: "PENDING_REVIEW" }, after: { status: "PUBLISHED" }, createdAt: publishedAt });
  }
  await tx.case.createMany({ data: caseRows });

  // ── Reports and moderation ─────────────────────────────────────────────────────────────────────────
  const hiddenSolutionId = solutionIds.get("N33")!;
  const hiddenAt = at("2026-11-12", 15);
  const reporter = org("portauto").actingUserId;
  const reportRows: Prisma.ReportCreateManyInput[] = [
    {
      id: newId(), entityType: "SOLUTION", entityId: hiddenSolutionId, reporterId: reporter,
      reason: "宣称“所有目标识别率100%、无需训练”，明显不实，且未附任何检测报告。", status: "HIDDEN",
      resolution: "经核实宣传内容无依据，已隐藏该方案，请企业提供第三方检测报告后申请恢复。", resolvedById: reviewerId, resolvedAt: hiddenAt, createdAt: at("2026-11-10", 11),
    },
    {
      id: newId(), entityType: "SCENARIO", entityId: scenarioIds.get("S13")!, reporterId: org("citybrain").actingUserId,
      reason: "需求中“联系电话”多次拨打无人接听，无法就技术细节进行咨询。", status: "OPEN", createdAt: at("2026-11-22", 16),
    },
    {
      id: newId(), entityType: "SOLUTION", entityId: solutionIds.get("P071")!, reporterId: org("tourism").actingUserId,
      reason: "方案称已取得低空观光航线运营资质，但未提供民航部门批复文件编号，请核实。", status: "OPEN", createdAt: at("2026-11-24", 10),
    },
  ];
  await tx.report.createMany({ data: reportRows });
  const hiddenSolution = solutionRows.find((row) => row.id === hiddenSolutionId)!;
  for (const report of reportRows) {
    audit.push({ actorId: report.reporterId ?? null, action: "report.filed", entityType: "Report", entityId: report.id!, after: { entityType: report.entityType, entityId: report.entityId, reason: report.reason }, createdAt: report.createdAt });
    const title = report.entityId === hiddenSolutionId ? hiddenSolution.title : "";
    if (report.status === "OPEN") {
      const record = [...scenarioRows, ...solutionRows].find((row) => row.id === report.entityId)!;
      notifications.push({ userId: reviewerId, type: "moderation.notify.reported", params: { title: record.title }, link: "/review/reports", createdAt: report.createdAt });
    } else {
      notifications.push({ userId: report.reporterId!, type: "moderation.notify.reportHandled", params: { title }, createdAt: hiddenAt });
    }
  }
  audit.push({ actorId: reviewerId, action: "solution.hidden", entityType: "Solution", entityId: hiddenSolutionId, before: { hidden: false, hiddenReason: null }, after: { hidden: true, hiddenReason: hiddenSolution.hiddenReason ?? null }, createdAt: hiddenAt });
  audit.push({ actorId: reviewerId, action: "report.hide", entityType: "Report", entityId: reportRows[0].id!, before: { status: "OPEN" }, after: { status: "HIDDEN", resolution: reportRows[0].resolution ?? null }, createdAt: hiddenAt });
  for (const userId of allMembers(org("llm"))) {
    notifications.push({ userId, type: "moderation.notify.hidden", params: { title: hiddenSolution.title, reason: hiddenSolution.hiddenReason ?? "" }, link: `/workspace/solutions/${hiddenSolutionId}`, createdAt: hiddenAt });
  }

  await tx.notification.createMany({ data: notifications });
  await tx.auditLog.createMany({ data: audit });

  return {
    scenarios: scenarioRows.length,
    solutions: solutionRows.length,
    bids: bidRows.length,
    cases: caseRows.length,
  };
}
