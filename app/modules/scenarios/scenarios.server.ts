// Scenarios (应用场景需求): drafts, review, publication in batches, closing, the public catalogue, and the
// deadline job. Every status change goes through `transitionScenario`, which follows the transition table.
import type { Prisma, ScenarioStatus } from "~/generated/prisma/client.ts";
import { saveAttachments, type CheckedFile } from "~/modules/attachments/attachments.server";
import { writeAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notifications.server";
import { SCENARIO_INDEX } from "~/modules/search/indexes";
import { enqueueSearchSync } from "~/modules/search/search-outbox.server";
import { PUBLIC_SOLUTION_WHERE } from "~/modules/solutions/solution-transitions";
import { prisma } from "~/utils/db.server";
import {
  defaultBatchLabel,
  isPublicScenario,
  isScenarioEditable,
  needsNewDeadline,
  nextScenarioStatus,
  PUBLIC_SCENARIO_STATUSES,
  PUBLIC_SCENARIO_WHERE,
  ScenarioTransitionError,
  type ScenarioAction,
  type ScenarioActorKind,
} from "./scenario-transitions";
import type { ScenarioInput } from "./scenarios.schema";

export class UnknownCategoryError extends Error {}

export type ScenarioActor = { id: string | null; kind: ScenarioActorKind; requestId?: string | null };
type UserActor = { id: string; requestId?: string | null };

export const SCENARIO_PAGE_SIZE = 20;

const EDITABLE_SELECT = {
  id: true,
  orgId: true,
  title: true,
  summary: true,
  description: true,
  categoryId: true,
  industryChain: true,
  tags: true,
  district: true,
  budgetMin: true,
  budgetMax: true,
  deadline: true,
  mode: true,
  expectedFirstUnitTypes: true,
  allowMultipleWinners: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  status: true,
  reviewNote: true,
  batch: true,
  submittedAt: true,
  publishedAt: true,
  closedAt: true,
  hidden: true,
  hiddenReason: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ScenarioSelect;

const PUBLIC_LIST_SELECT = {
  id: true,
  title: true,
  summary: true,
  district: true,
  budgetMin: true,
  budgetMax: true,
  deadline: true,
  mode: true,
  expectedFirstUnitTypes: true,
  tags: true,
  status: true,
  batch: true,
  publishedAt: true,
  category: { select: { code: true, nameZh: true, nameEn: true } },
  org: { select: { name: true } },
} satisfies Prisma.ScenarioSelect;

function scenarioData(input: ScenarioInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    categoryId: input.categoryId,
    industryChain: input.industryChain,
    tags: input.tags,
    district: input.district,
    budgetMin: input.budgetMin,
    budgetMax: input.budgetMax,
    deadline: input.deadline,
    mode: input.mode,
    expectedFirstUnitTypes: [...new Set(input.expectedFirstUnitTypes)],
    allowMultipleWinners: input.allowMultipleWinners,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  };
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

async function reviewerIds(tx: Prisma.TransactionClient) {
  const rows = await tx.platformRole.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] } }, select: { userId: true } });
  return [...new Set(rows.map((row) => row.userId))];
}

async function orgMemberIds(tx: Prisma.TransactionClient, orgId: string) {
  const rows = await tx.membership.findMany({ where: { orgId }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

async function assertActiveCategory(tx: Prisma.TransactionClient, categoryId: string) {
  const category = await tx.category.findFirst({ where: { id: categoryId, active: true }, select: { id: true } });
  if (!category) throw new UnknownCategoryError();
}

// ---------------------------------------------------------------------------------------------------------
// Categories

export function listActiveCategories() {
  return prisma.category.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameZh: true, nameEn: true } });
}

export function listAllCategories() {
  return prisma.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, nameZh: true, nameEn: true, sortOrder: true, active: true, _count: { select: { scenarios: true } } },
  });
}

export class CategoryCodeTakenError extends Error {}

export async function updateCategory(actor: UserActor, input: { categoryId: string; nameZh: string; nameEn: string; sortOrder: number; active: boolean }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: input.categoryId }, select: { nameZh: true, nameEn: true, sortOrder: true, active: true } });
    if (!before) return false;
    const after = { nameZh: input.nameZh, nameEn: input.nameEn, sortOrder: input.sortOrder, active: input.active };
    await tx.category.update({ where: { id: input.categoryId }, data: after });
    await writeAudit(tx, { actorId: actor.id, action: "category.updated", entityType: "Category", entityId: input.categoryId, before, after, requestId: actor.requestId });
    return true;
  });
}

export async function createCategory(actor: UserActor, input: { code: string; nameZh: string; nameEn: string; sortOrder: number }) {
  return prisma.$transaction(async (tx) => {
    if (await tx.category.findUnique({ where: { code: input.code }, select: { id: true } })) throw new CategoryCodeTakenError();
    const category = await tx.category.create({ data: { ...input, active: true }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: "category.created", entityType: "Category", entityId: category.id, after: input, requestId: actor.requestId });
    return category;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The life cycle

/**
 * Moves a scenario along the transition table inside the caller's transaction: checks the actor, applies
 * the change only if nobody changed the status meanwhile, audits it and notifies the people concerned.
 * The bids module calls it with `{ action: "markAwarded", actor: { kind: "system" } }` when a bid is
 * awarded; a scenario already AWARDED (several winners) stays AWARDED.
 */
export async function transitionScenario(
  tx: Prisma.TransactionClient,
  input: {
    scenarioId: string;
    action: ScenarioAction;
    actor: ScenarioActor;
    reason?: string | null;
    batch?: string | null;
    /**
     * For markAwarded on a single-winner scenario: an already AWARDED scenario (or one another award reached
     * first) is an error, not success — so a second simultaneous award cannot slip through.
     */
    exclusive?: boolean;
  },
): Promise<ScenarioStatus> {
  const { scenarioId, action, actor } = input;
  const reason = input.reason?.trim() || null;
  const before = await tx.scenario.findUniqueOrThrow({
    where: { id: scenarioId },
    select: { id: true, orgId: true, title: true, status: true, deadline: true, reviewNote: true, batch: true, org: { select: { verificationStatus: true } } },
  });
  if (action === "markAwarded" && before.status === "AWARDED") {
    if (input.exclusive) throw new ScenarioTransitionError("not-allowed", "The scenario already has its winner");
    return before.status;
  }
  if (actor.kind === "owner") {
    const membership = actor.id ? await tx.membership.findUnique({ where: { userId_orgId: { userId: actor.id, orgId: before.orgId } }, select: { id: true } }) : null;
    if (!membership) throw new ScenarioTransitionError("wrong-actor", "Only members of the scenario's organisation act as its owner");
  }
  if (actor.kind === "reviewer") {
    const role = actor.id ? await tx.platformRole.findFirst({ where: { userId: actor.id, role: { in: ["REVIEWER", "ADMIN"] } }, select: { userId: true } }) : null;
    if (!role) throw new ScenarioTransitionError("wrong-actor", "Only reviewers act as reviewers");
  }
  const status = nextScenarioStatus(before.status, action, actor.kind, reason);
  const now = new Date();
  if (action === "submit") {
    if (before.org.verificationStatus !== "VERIFIED") throw new ScenarioTransitionError("org-not-verified", "The organisation must be verified to submit");
    if (needsNewDeadline(before, now)) throw new ScenarioTransitionError("deadline-passed", "The deadline has passed");
  }

  const data: Prisma.ScenarioUncheckedUpdateManyInput = { status };
  if (action === "submit") data.submittedAt = now;
  if (action === "approve") {
    data.publishedAt = now;
    data.batch = input.batch?.trim() || defaultBatchLabel(now);
    data.reviewNote = null;
  }
  if (action === "requestChanges" || action === "reject") data.reviewNote = reason;
  if (action === "archive" && reason) data.reviewNote = reason;
  if (before.status === "PUBLISHED" && (action === "close" || action === "markAwarded")) data.closedAt = now;

  // Optimistic concurrency: two decisions at once cannot both apply.
  const { count } = await tx.scenario.updateMany({ where: { id: scenarioId, status: before.status }, data });
  if (count !== 1) {
    // A concurrent award on a several-winner scenario got there first: the scenario is awarded either way.
    if (action === "markAwarded" && !input.exclusive) {
      const current = await tx.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: { status: true } });
      if (current.status === "AWARDED") return current.status;
    }
    throw new ScenarioTransitionError("changed-meanwhile", "The scenario's status changed meanwhile");
  }
  // Entering, leaving or moving within the public statuses changes what the search index should hold.
  if (PUBLIC_SCENARIO_STATUSES.includes(before.status) || PUBLIC_SCENARIO_STATUSES.includes(status)) {
    await enqueueSearchSync(tx, SCENARIO_INDEX, scenarioId);
  }

  await writeAudit(tx, {
    actorId: actor.id,
    action: `scenario.${action}`,
    entityType: "Scenario",
    entityId: scenarioId,
    before: { status: before.status, reviewNote: before.reviewNote, batch: before.batch },
    after: json({ status, ...data, actorKind: actor.kind }),
    requestId: actor.requestId,
  });

  const params = { title: before.title, reason: reason ?? "", batch: (data.batch as string | undefined) ?? before.batch ?? "" };
  const ownerLink = `/workspace/scenarios/${scenarioId}`;
  if (action === "submit") {
    const reviewers = await reviewerIds(tx);
    await notify(tx, reviewers.map((userId) => ({ userId, type: "scenario.notify.submitted", params, link: `/review/scenarios/${scenarioId}` })), actor.id);
  } else {
    const type =
      action === "approve"
        ? "scenario.notify.published"
        : action === "requestChanges"
          ? "scenario.notify.changesRequested"
          : action === "reject"
            ? "scenario.notify.rejected"
            : action === "close" && actor.kind === "system"
              ? "scenario.notify.closedByDeadline"
              : action === "archive" && actor.kind === "reviewer"
                ? "scenario.notify.archivedByReviewer"
                : null;
    if (type) {
      const members = await orgMemberIds(tx, before.orgId);
      await notify(tx, members.map((userId) => ({ userId, type, params, link: ownerLink })), actor.id);
    }
  }
  return status;
}

/** A transition in its own transaction, for routes. */
export function applyScenarioAction(input: Parameters<typeof transitionScenario>[1]) {
  return prisma.$transaction((tx) => transitionScenario(tx, input));
}

// ---------------------------------------------------------------------------------------------------------
// Drafts

export async function createDraft(actor: UserActor, orgId: string, input: ScenarioInput, attachments: { files: CheckedFile[]; confidential: boolean }) {
  return prisma.$transaction(async (tx) => {
    await assertActiveCategory(tx, input.categoryId);
    const data = scenarioData(input);
    const scenario = await tx.scenario.create({ data: { ...data, orgId, createdById: actor.id, status: "DRAFT" }, select: { id: true } });
    await saveAttachments(tx, { ownerType: "SCENARIO", ownerId: scenario.id, files: attachments.files, confidential: attachments.confidential, uploadedById: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "scenario.created", entityType: "Scenario", entityId: scenario.id, after: json(data), requestId: actor.requestId });
    if (input.intent === "submit") await transitionScenario(tx, { scenarioId: scenario.id, action: "submit", actor: { ...actor, kind: "owner" } });
    return scenario;
  });
}

export async function updateDraft(actor: UserActor, scenarioId: string, input: ScenarioInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: EDITABLE_SELECT });
    if (!isScenarioEditable(before.status)) throw new ScenarioTransitionError("not-allowed", "Only drafts and scenarios with requested changes can be edited");
    if (before.categoryId !== input.categoryId) await assertActiveCategory(tx, input.categoryId);
    const data = scenarioData(input);
    const { count } = await tx.scenario.updateMany({ where: { id: scenarioId, status: before.status }, data });
    if (count !== 1) throw new ScenarioTransitionError("changed-meanwhile", "The scenario's status changed meanwhile");
    await writeAudit(tx, { actorId: actor.id, action: "scenario.updated", entityType: "Scenario", entityId: scenarioId, before: json(before), after: json(data), requestId: actor.requestId });
    if (input.intent === "submit") await transitionScenario(tx, { scenarioId, action: "submit", actor: { ...actor, kind: "owner" } });
  });
}

export function submitForReview(actor: UserActor, scenarioId: string) {
  return applyScenarioAction({ scenarioId, action: "submit", actor: { ...actor, kind: "owner" } });
}

export function decideScenario(reviewer: UserActor, scenarioId: string, decision: { decision: "approve" | "requestChanges" | "reject"; reason: string; batch: string }) {
  return applyScenarioAction({ scenarioId, action: decision.decision, actor: { ...reviewer, kind: "reviewer" }, reason: decision.reason, batch: decision.batch });
}

export function closeScenario(actor: UserActor, scenarioId: string) {
  return applyScenarioAction({ scenarioId, action: "close", actor: { ...actor, kind: "owner" } });
}

export function archiveScenario(actor: UserActor & { kind: "owner" | "reviewer" }, scenarioId: string, reason?: string) {
  return applyScenarioAction({ scenarioId, action: "archive", actor, reason });
}

export async function addScenarioAttachments(actor: UserActor, scenarioId: string, files: CheckedFile[], confidential: boolean) {
  return prisma.$transaction(async (tx) => {
    const scenario = await tx.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: { status: true } });
    if (!isScenarioEditable(scenario.status)) throw new ScenarioTransitionError("not-allowed", "Attachments change only while editable");
    await saveAttachments(tx, { ownerType: "SCENARIO", ownerId: scenarioId, files, confidential, uploadedById: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "scenario.attachments_added", entityType: "Scenario", entityId: scenarioId, after: { files: files.map((f) => f.fileName), confidential }, requestId: actor.requestId });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reads

/** Only the owning organisation, for authorization before anything else is read. */
export function scenarioOwnerOrg(scenarioId: string) {
  return prisma.scenario.findUnique({ where: { id: scenarioId }, select: { orgId: true } });
}

export function getScenarioForOwner(scenarioId: string, orgId: string) {
  return prisma.scenario.findFirst({ where: { id: scenarioId, orgId }, select: { ...EDITABLE_SELECT, category: { select: { code: true, nameZh: true, nameEn: true } } } });
}

export function getScenarioForReview(scenarioId: string) {
  return prisma.scenario.findUnique({
    where: { id: scenarioId },
    select: {
      ...EDITABLE_SELECT,
      category: { select: { code: true, nameZh: true, nameEn: true } },
      org: { select: { id: true, name: true, verificationStatus: true } },
      createdBy: { select: { name: true, email: true } },
    },
  });
}

export async function scenarioHistory(scenarioId: string) {
  return prisma.auditLog.findMany({
    where: { entityType: "Scenario", entityId: scenarioId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
}

function countsByStatus(rows: { status: ScenarioStatus; _count: { _all: number } }[]) {
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<Record<ScenarioStatus, number>>;
}

export async function listOrgScenarios(orgId: string, status: ScenarioStatus | null, page: number) {
  const where: Prisma.ScenarioWhereInput = { orgId, ...(status ? { status } : {}) };
  const [items, total, counts] = await Promise.all([
    prisma.scenario.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * SCENARIO_PAGE_SIZE,
      take: SCENARIO_PAGE_SIZE,
      select: { id: true, title: true, status: true, deadline: true, batch: true, hidden: true, updatedAt: true, reviewNote: true, _count: { select: { bids: true } } },
    }),
    prisma.scenario.count({ where }),
    prisma.scenario.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
  ]);
  return { items, total, countByStatus: countsByStatus(counts), pageCount: Math.max(1, Math.ceil(total / SCENARIO_PAGE_SIZE)) };
}

export async function listReviewQueue(status: ScenarioStatus, page: number) {
  const where: Prisma.ScenarioWhereInput = { status };
  const [items, total, counts] = await Promise.all([
    prisma.scenario.findMany({
      where,
      // The oldest submission waits longest: it comes first.
      orderBy: status === "PENDING_REVIEW" ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * SCENARIO_PAGE_SIZE,
      take: SCENARIO_PAGE_SIZE,
      select: { id: true, title: true, status: true, submittedAt: true, reviewNote: true, batch: true, deadline: true, org: { select: { name: true } }, category: { select: { nameZh: true, nameEn: true } } },
    }),
    prisma.scenario.count({ where }),
    prisma.scenario.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { items, total, countByStatus: countsByStatus(counts), pageCount: Math.max(1, Math.ceil(total / SCENARIO_PAGE_SIZE)) };
}

// The visibility rule lives beside the life cycle (scenario-transitions.ts); the module offers it as before.

/** The public scenarios among `ids`, in the order given; the others (no longer public, or gone) are left out. */
export async function publicScenariosByIds(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await prisma.scenario.findMany({ where: { AND: [PUBLIC_SCENARIO_WHERE, { id: { in: ids } }] }, select: PUBLIC_LIST_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every category with its names, active or not (records keep a deactivated category). */
export function listCategoryNames() {
  return prisma.category.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameZh: true, nameEn: true } });
}

/**
 * A scenario for its detail page. The public sees it once published and not hidden; the owning
 * organisation and reviewers always. Confidential fields are included only when `withConfidential`.
 */
export async function getScenarioDetail(scenarioId: string, viewer: { orgIds: string[]; reviewer: boolean; inVerifiedOrg: boolean }) {
  const scenario = await prisma.scenario.findUnique({
    where: { id: scenarioId },
    select: { ...PUBLIC_LIST_SELECT, description: true, industryChain: true, allowMultipleWinners: true, hidden: true, hiddenReason: true, orgId: true, closedAt: true },
  });
  if (!scenario) return null;
  const isOwner = viewer.orgIds.includes(scenario.orgId);
  const isPublic = isPublicScenario(scenario);
  if (!isPublic && !isOwner && !viewer.reviewer) return null;
  const mayReadConfidential = isOwner || viewer.reviewer || viewer.inVerifiedOrg;
  const contact = mayReadConfidential
    ? await prisma.scenario.findUnique({ where: { id: scenarioId }, select: { contactName: true, contactPhone: true, contactEmail: true } })
    : null;
  // Who bid is the scenario organisation's and the reviewers' to know: a firm never learns its competitors.
  const mayReadBidders = isOwner || viewer.reviewer;
  return { scenario, contact, isOwner, mayReadConfidential, mayReadBidders };
}

/**
 * Bidders (not withdrawn) whose linked, published solution holds a recognised first-unit record of a
 * type the scenario expects — the firms whose products qualify for the first-unit insurance subsidy here.
 */
export async function recognisedFirstUnitBidders(scenarioId: string) {
  const scenario = await prisma.scenario.findUnique({ where: { id: scenarioId }, select: { expectedFirstUnitTypes: true } });
  if (!scenario || scenario.expectedFirstUnitTypes.length === 0) return [];
  const bids = await prisma.bid.findMany({
    where: {
      scenarioId,
      status: { not: "WITHDRAWN" },
      solution: { AND: [PUBLIC_SOLUTION_WHERE, { firstUnitStatus: "RECOGNISED", firstUnitType: { in: scenario.expectedFirstUnitTypes } }] },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, org: { select: { name: true } }, solution: { select: { id: true, title: true, firstUnitType: true, firstUnitCertificate: true, firstUnitYear: true } } },
  });
  return bids.flatMap((bid) =>
    bid.solution
      ? [{ bidId: bid.id, orgName: bid.org.name, solutionId: bid.solution.id, solutionTitle: bid.solution.title, type: bid.solution.firstUnitType, certificate: bid.solution.firstUnitCertificate, year: bid.solution.firstUnitYear }]
      : [],
  );
}

// ---------------------------------------------------------------------------------------------------------
// The deadline job

/** Closes published scenarios whose deadline has passed (audited as the system), telling their organisation. */
export async function closeExpiredScenarios(now: Date = new Date()): Promise<number> {
  const expired = await prisma.scenario.findMany({ where: { status: "PUBLISHED", deadline: { lt: now } }, select: { id: true }, take: 200 });
  let closed = 0;
  for (const { id } of expired) {
    try {
      await applyScenarioAction({ scenarioId: id, action: "close", actor: { id: null, kind: "system" } });
      closed += 1;
    } catch (error) {
      // Another process (or the owner) closed or archived it meanwhile: nothing left to do.
      if (!(error instanceof ScenarioTransitionError)) throw error;
    }
  }
  return closed;
}
