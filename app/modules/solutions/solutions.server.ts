// Solutions (解决方案 / 产品) of technology firms: drafting, editing, publishing, archiving; the firm's
// workspace list; the public list and detail. Moderation (hidden) lives in modules/moderation.
import type { FirstUnitType, Prisma, SolutionStatus } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/modules/audit/audit.server";
import { SOLUTION_INDEX } from "~/modules/search/indexes";
import { enqueueSearchSync } from "~/modules/search/search-outbox.server";
import { prisma } from "~/utils/db.server";
import type { SolutionInput } from "./solutions.schema";
import { isPublicSolution, nextSolutionStatus, PUBLIC_SOLUTION_WHERE, SOLUTION_STATES, TransitionError, type SolutionStatusAction } from "./solution-transitions";

type Actor = { id: string; requestId?: string | null };
export type FirmContext = { orgId: string; verifiedTechFirm: boolean };

export class UnknownCategoryError extends Error {}

export const SOLUTIONS_PAGE_SIZE = 20;

const CARD_SELECT = {
  id: true,
  title: true,
  summary: true,
  trl: true,
  priceMin: true,
  priceMax: true,
  independentInnovation: true,
  seekingInvestment: true,
  firstUnitType: true,
  firstUnitStatus: true,
  publishedAt: true,
  tags: true,
  category: { select: { code: true, nameZh: true, nameEn: true } },
  org: { select: { id: true, name: true, tier: true } },
} satisfies Prisma.SolutionSelect;

const DETAIL_SELECT = {
  ...CARD_SELECT,
  orgId: true,
  description: true,
  categoryId: true,
  industryChain: true,
  references: true,
  investmentStage: true,
  investmentAmount: true,
  firstUnitCertificate: true,
  firstUnitYear: true,
  status: true,
  hidden: true,
  hiddenReason: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { id: true, name: true, tier: true, district: true, flags: true, verificationStatus: true } },
} satisfies Prisma.SolutionSelect;

export function listActiveCategories() {
  return prisma.category.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, nameZh: true, nameEn: true },
  });
}

/** What the form says, normalised: no first-unit details without a first-unit status, no investment details unless sought. */
function solutionData(input: SolutionInput) {
  const firstUnit = input.firstUnitStatus !== "NONE";
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    categoryId: input.categoryId,
    tags: input.tags,
    industryChain: input.industryChain,
    trl: input.trl,
    references: input.references,
    priceMin: input.priceMin,
    priceMax: input.priceMax,
    independentInnovation: input.independentInnovation,
    seekingInvestment: input.seekingInvestment,
    investmentStage: input.seekingInvestment ? (input.investmentStage ?? null) : null,
    investmentAmount: input.seekingInvestment ? (input.investmentAmount ?? null) : null,
    firstUnitStatus: input.firstUnitStatus,
    firstUnitType: firstUnit ? (input.firstUnitType ?? null) : null,
    firstUnitCertificate: firstUnit && input.firstUnitCertificate ? input.firstUnitCertificate : null,
    firstUnitYear: firstUnit ? (input.firstUnitYear ?? null) : null,
  };
}

async function assertActiveCategory(tx: Prisma.TransactionClient, categoryId: string) {
  const category = await tx.category.findFirst({ where: { id: categoryId, active: true }, select: { id: true } });
  if (!category) throw new UnknownCategoryError();
}

function snapshot(value: unknown) {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Queues a search re-sync when the solution was or becomes published (a draft's edits cannot change the
 * index; moderation queues its own). New solutions start as drafts, so creating one queues nothing.
 */
async function enqueueIfPublic(tx: Prisma.TransactionClient, solutionId: string, from: SolutionStatus, to: SolutionStatus) {
  if (from === "PUBLISHED" || to === "PUBLISHED") await enqueueSearchSync(tx, SOLUTION_INDEX, solutionId);
}

/** A new solution of the firm, as a draft. */
export async function createSolution(actor: Actor, firm: FirmContext, input: SolutionInput) {
  return prisma.$transaction(async (tx) => {
    await assertActiveCategory(tx, input.categoryId);
    const data = solutionData(input);
    const solution = await tx.solution.create({
      data: { ...data, orgId: firm.orgId, createdById: actor.id, status: "DRAFT" },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "solution.created", entityType: "Solution", entityId: solution.id, after: snapshot(data), requestId: actor.requestId });
    return solution;
  });
}

/** Saves the content; a published solution stays published (the change is audited with before/after). */
export async function updateSolution(actor: Actor, firm: FirmContext, solutionId: string, input: SolutionInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.solution.findFirst({ where: { id: solutionId, orgId: firm.orgId }, select: DETAIL_SELECT });
    if (!before) return null;
    const status = nextSolutionStatus(before.status, "edit", firm);
    await assertActiveCategory(tx, input.categoryId);
    const data = solutionData(input);
    const { count } = await tx.solution.updateMany({ where: { id: solutionId, orgId: firm.orgId, status: before.status }, data: { ...data, status } });
    if (count !== 1) throw new TransitionError("not-allowed", "The solution's status changed meanwhile");
    await enqueueIfPublic(tx, solutionId, before.status, status);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "solution.updated",
      entityType: "Solution",
      entityId: solutionId,
      before: snapshot({ ...solutionDataOf(before), status: before.status }),
      after: snapshot({ ...data, status }),
      requestId: actor.requestId,
    });
    return { id: solutionId, status };
  });
}

function solutionDataOf(row: Prisma.SolutionGetPayload<{ select: typeof DETAIL_SELECT }>) {
  const { id: _id, org: _org, category: _category, createdAt: _c, updatedAt: _u, publishedAt: _p, hidden: _h, hiddenReason: _r, orgId: _o, status: _s, ...rest } = row;
  return rest;
}

/** publish / unpublish / archive / restore along the transition table. */
export async function changeSolutionStatus(actor: Actor, firm: FirmContext, solutionId: string, action: SolutionStatusAction) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.solution.findFirst({ where: { id: solutionId, orgId: firm.orgId }, select: { status: true, publishedAt: true } });
    if (!before) return null;
    const status = nextSolutionStatus(before.status, action, firm);
    const publishedAt = status === "PUBLISHED" ? new Date() : before.publishedAt;
    // Optimistic concurrency: two members clicking at once cannot both apply their change.
    const { count } = await tx.solution.updateMany({ where: { id: solutionId, orgId: firm.orgId, status: before.status }, data: { status, publishedAt } });
    if (count !== 1) throw new TransitionError("not-allowed", "The solution's status changed meanwhile");
    await enqueueIfPublic(tx, solutionId, before.status, status);
    await writeAudit(tx, {
      actorId: actor.id,
      action: `solution.${action}`,
      entityType: "Solution",
      entityId: solutionId,
      before: { status: before.status },
      after: { status },
      requestId: actor.requestId,
    });
    return { id: solutionId, status };
  });
}

/** A solution of the firm, for its members (any status, hidden or not). */
export function getFirmSolution(orgId: string, solutionId: string) {
  return prisma.solution.findFirst({ where: { id: solutionId, orgId }, select: DETAIL_SELECT });
}

/** Which organisation owns a solution (for authorization before anything else is read). */
export async function solutionOwnerOrgId(solutionId: string) {
  const row = await prisma.solution.findUnique({ where: { id: solutionId }, select: { orgId: true } });
  return row?.orgId ?? null;
}

/**
 * A page of the firm's solutions in one state, with the count of each state. Without a `status` (none chosen
 * yet), the first state in tab order (SOLUTION_STATES) that has solutions, so a firm is not shown an empty
 * draft tab beside nine published solutions; DRAFT when it has none at all.
 */
export async function listFirmSolutions(orgId: string, requested: SolutionStatus | null, page: number) {
  let status: SolutionStatus = requested ?? "DRAFT";
  if (!requested) {
    const counts = await prisma.solution.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } });
    status = SOLUTION_STATES.find((state) => counts.some((row) => row.status === state && row._count._all > 0)) ?? "DRAFT";
  }
  const where = { orgId, status };
  const [items, total, counts] = await Promise.all([
    prisma.solution.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * SOLUTIONS_PAGE_SIZE,
      take: SOLUTIONS_PAGE_SIZE,
      select: { ...CARD_SELECT, status: true, hidden: true, hiddenReason: true, updatedAt: true },
    }),
    prisma.solution.count({ where }),
    prisma.solution.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
  ]);
  const countByStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<SolutionStatus, number>>;
  return { status, items, total, countByStatus, pageCount: Math.max(1, Math.ceil(total / SOLUTIONS_PAGE_SIZE)) };
}

// The visibility rule lives beside the life cycle (solution-transitions.ts); the module offers it as before.

/** The public solutions among `ids`, in the order given; the others (no longer public, or gone) are left out. */
export async function publicSolutionsByIds(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await prisma.solution.findMany({ where: { AND: [PUBLIC_SOLUTION_WHERE, { id: { in: ids } }] }, select: CARD_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A solution for its detail page. Visitors see only public ones; members of the owning firm and reviewers
 * also see drafts, archived and hidden ones (the page says so). Everyone else gets null (→ 404).
 */
export async function getSolutionForViewer(solutionId: string, viewer: { memberOrgIds: string[]; reviewer: boolean }) {
  const solution = await prisma.solution.findUnique({ where: { id: solutionId }, select: DETAIL_SELECT });
  if (!solution) return null;
  const isPublic = isPublicSolution(solution);
  const isOwner = viewer.memberOrgIds.includes(solution.orgId);
  if (!isPublic && !isOwner && !viewer.reviewer) return null;
  return { solution, isPublic, isOwner };
}

export function getFirstUnitChecklist(type: FirstUnitType) {
  return prisma.firstUnitChecklist.findUnique({ where: { type } });
}

export function listFirstUnitChecklists() {
  return prisma.firstUnitChecklist.findMany({ orderBy: { type: "asc" }, select: { type: true, titleZh: true, titleEn: true, updatedAt: true } });
}

export async function updateFirstUnitChecklist(
  actor: Actor,
  type: FirstUnitType,
  input: { titleZh: string; titleEn: string; conditionsZh: string[]; conditionsEn: string[]; materialsZh: string[]; materialsEn: string[] },
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.firstUnitChecklist.findUnique({ where: { type } });
    if (!before) return null;
    const after = await tx.firstUnitChecklist.update({ where: { type }, data: { ...input, updatedById: actor.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "firstUnitChecklist.updated",
      entityType: "FirstUnitChecklist",
      entityId: type,
      before: snapshot({ ...before, updatedAt: undefined }),
      after: snapshot({ ...after, updatedAt: undefined }),
      requestId: actor.requestId,
    });
    return after;
  });
}
