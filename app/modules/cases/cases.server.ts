// Typical application cases (典型应用案例): drafted by the scenario's organisation from an awarded bid,
// published by a reviewer on the public showcase. Status changes follow case-transitions.ts, are audited
// and tell the other side.
import { Prisma, type CaseStatus } from "~/generated/prisma/client.ts";
import { checkFiles, saveAttachments, type CheckedFile } from "~/modules/attachments/attachments.server";
import { msg } from "~/utils/i18n";
import { writeAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notifications.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";
import { CaseTransitionError, nextCaseStatus } from "./case-transitions";
import { readFigures, type CaseInput } from "./cases.schema";

type Actor = { id: string; requestId?: string | null };

export class CaseNotFoundError extends Error {}
export class CaseExistsError extends Error {}
/** Only an awarded bid can become a case. */
export class BidNotAwardedError extends Error {}

async function reviewerIds(tx: Prisma.TransactionClient) {
  const rows = await tx.platformRole.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] } }, select: { userId: true } });
  return [...new Set(rows.map((row) => row.userId))];
}

async function memberIds(tx: Prisma.TransactionClient, orgId: string) {
  return (await tx.membership.findMany({ where: { orgId }, select: { userId: true } })).map((row) => row.userId);
}

const memberOfScenarioOrg = (userId: string): Prisma.CaseWhereInput => ({ scenario: { org: { memberships: { some: { userId } } } } });

/** Awarded bids on the user's organisations' scenarios that have no case yet. */
export function awardedBidsWithoutCase(userId: string) {
  return prisma.bid.findMany({
    where: { status: "AWARDED", case: null, scenario: { org: { memberships: { some: { userId } } } } },
    orderBy: { decidedAt: "desc" },
    select: { id: true, scenario: { select: { id: true, title: true } }, org: { select: { name: true } } },
  });
}

/** Drafts a case from an awarded bid; only members of the scenario's organisation; one case per bid. */
export async function createCase(actor: Actor, bidId: string, input: CaseInput, photos: CheckedFile[] = []) {
  try {
    return await prisma.$transaction(async (tx) => {
      const bid = await tx.bid.findFirst({
        where: { id: bidId, scenario: { org: { memberships: { some: { userId: actor.id } } } } },
        select: { id: true, status: true, scenarioId: true },
      });
      if (!bid) throw new CaseNotFoundError();
      if (bid.status !== "AWARDED") throw new BidNotAwardedError();
      const created = await tx.case.create({
        data: { bidId, scenarioId: bid.scenarioId, title: input.title, outcome: input.outcome, figures: input.figures, createdById: actor.id, status: "DRAFT" },
        select: { id: true },
      });
      await saveAttachments(tx, { ownerType: "CASE", ownerId: created.id, files: photos, uploadedById: actor.id });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "case.created",
        entityType: "Case",
        entityId: created.id,
        after: { ...input, bidId, status: "DRAFT", photos: photos.map((photo) => photo.fileName) },
        requestId: actor.requestId,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CaseExistsError();
    throw error;
  }
}

const OWNER_CASE_SELECT = {
  id: true,
  title: true,
  outcome: true,
  figures: true,
  status: true,
  reviewNote: true,
  publishedAt: true,
  updatedAt: true,
  scenario: { select: { id: true, title: true, orgId: true } },
  bid: { select: { id: true, org: { select: { name: true } } } },
} satisfies Prisma.CaseSelect;

/** A case of one of the user's organisations; null for anyone else. */
export async function caseForOwner(userId: string, caseId: string) {
  const found = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, memberOfScenarioOrg(userId)] }, select: OWNER_CASE_SELECT });
  return found ? { ...found, figures: readFigures(found.figures) } : null;
}

/** Edits a draft. Applies only while still a draft (a submit by a colleague wins). */
export async function updateCase(actor: Actor, caseId: string, input: CaseInput, photos: CheckedFile[] = []) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.case.findFirst({ where: { AND: [{ id: caseId }, memberOfScenarioOrg(actor.id)] }, select: { title: true, outcome: true, figures: true, status: true } });
    if (!before) throw new CaseNotFoundError();
    if (before.status !== "DRAFT") throw new CaseTransitionError("not-allowed", "Only drafts can be edited");
    const { count } = await tx.case.updateMany({
      where: { id: caseId, status: "DRAFT" },
      data: { title: input.title, outcome: input.outcome, figures: input.figures },
    });
    if (count !== 1) throw new CaseTransitionError("not-allowed", "The case changed meanwhile");
    await saveAttachments(tx, { ownerType: "CASE", ownerId: caseId, files: photos, uploadedById: actor.id });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "case.updated",
      entityType: "Case",
      entityId: caseId,
      before: { title: before.title, outcome: before.outcome, figures: before.figures as Prisma.InputJsonValue },
      after: { ...input, photosAdded: photos.map((photo) => photo.fileName) },
      requestId: actor.requestId,
    });
  });
}

async function moveCase(
  tx: Prisma.TransactionClient,
  actor: Actor,
  caseId: string,
  from: CaseStatus,
  to: CaseStatus,
  action: string,
  reason: string | null,
) {
  // Optimistic concurrency: two reviewers (or a reviewer and a resubmit) cannot both apply.
  const { count } = await tx.case.updateMany({
    where: { id: caseId, status: from },
    data: { status: to, reviewNote: reason, ...(to === "PUBLISHED" ? { publishedAt: new Date() } : {}) },
  });
  if (count !== 1) throw new CaseTransitionError("not-allowed", "The case's status changed meanwhile");
  await writeAudit(tx, {
    actorId: actor.id,
    action: `case.${action}`,
    entityType: "Case",
    entityId: caseId,
    before: { status: from },
    after: { status: to, reviewNote: reason },
    requestId: actor.requestId,
  });
}

/** The scenario's organisation sends the draft to the bureau; reviewers are told. */
export async function submitCase(actor: Actor, caseId: string) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.case.findFirst({ where: { AND: [{ id: caseId }, memberOfScenarioOrg(actor.id)] }, select: { status: true, title: true } });
    if (!found) throw new CaseNotFoundError();
    const to = nextCaseStatus(found.status, "submit", "scenarioOwner");
    await moveCase(tx, actor, caseId, found.status, to, "submit", null);
    const reviewers = await reviewerIds(tx);
    await notify(tx, reviewers.map((userId) => ({ userId, type: "caseStudy.notify.submitted", params: { title: found.title }, link: `/review/cases/${caseId}` })), actor.id);
  });
}

/** A reviewer publishes the case or returns it to draft with a reason; the scenario's organisation is told. */
export async function decideCase(reviewer: Actor, caseId: string, decision: "publish" | "return", reason: string) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.case.findUnique({ where: { id: caseId }, select: { status: true, title: true, scenario: { select: { orgId: true } } } });
    if (!found) throw new CaseNotFoundError();
    const to = nextCaseStatus(found.status, decision, "reviewer", reason);
    await moveCase(tx, reviewer, caseId, found.status, to, decision, decision === "return" ? reason.trim() : null);
    const members = await memberIds(tx, found.scenario.orgId);
    await notify(
      tx,
      members.map((userId) => ({
        userId,
        type: decision === "publish" ? "caseStudy.notify.published" : "caseStudy.notify.returned",
        params: { title: found.title, reason },
        link: decision === "publish" ? `/cases/${caseId}` : `/workspace/cases/${caseId}`,
      })),
      reviewer.id,
    );
  });
}

export const CASES_PAGE_SIZE = 12;

/** The cases of the organisation's scenarios, for its members. */
export async function listCasesOfOrg(userId: string, orgId: string, page: number) {
  const where: Prisma.CaseWhereInput = { AND: [{ scenario: { orgId } }, memberOfScenarioOrg(userId)] };
  const [items, total] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
      select: { id: true, title: true, status: true, reviewNote: true, updatedAt: true, scenario: { select: { title: true } }, bid: { select: { org: { select: { name: true } } } } },
    }),
    prisma.case.count({ where }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)) };
}

export async function caseReviewQueue(status: CaseStatus, page: number) {
  const where = { status };
  const [items, total, counts] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: { updatedAt: status === "PENDING_REVIEW" ? "asc" : "desc" },
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
      select: { id: true, title: true, status: true, reviewNote: true, updatedAt: true, scenario: { select: { title: true, org: { select: { name: true } } } }, bid: { select: { org: { select: { name: true } } } } },
    }),
    prisma.case.count({ where }),
    prisma.case.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const countByStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<CaseStatus, number>>;
  return { items, total, countByStatus, pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)) };
}

const DETAIL_SELECT = {
  id: true,
  title: true,
  outcome: true,
  figures: true,
  status: true,
  reviewNote: true,
  publishedAt: true,
  scenario: { select: { id: true, title: true, status: true, org: { select: { name: true } }, category: { select: { code: true, nameZh: true, nameEn: true } } } },
  bid: {
    select: {
      org: { select: { name: true, tier: true } },
      solution: { select: { id: true, title: true, status: true, hidden: true, org: { select: { verificationStatus: true } }, firstUnitType: true, firstUnitStatus: true, firstUnitCertificate: true, firstUnitYear: true } },
    },
  },
} satisfies Prisma.CaseSelect;

export async function caseForReview(caseId: string) {
  const found = await prisma.case.findUnique({ where: { id: caseId }, select: DETAIL_SELECT });
  return found ? { ...found, figures: readFigures(found.figures) } : null;
}

/**
 * What the public showcase shows: published cases that are not hidden, and whose scenario and winning solution
 * are not hidden either — a case tells their story, so moderating them withholds it too (until restored).
 */
const SHOWCASE: Prisma.CaseWhereInput = {
  status: "PUBLISHED",
  hidden: false,
  scenario: { hidden: false },
  bid: { OR: [{ solutionId: null }, { solution: { hidden: false } }] },
};

/** A published case for the showcase; drafts, cases under review and withheld cases do not exist for the public. */
export async function publishedCase(caseId: string) {
  const found = await prisma.case.findFirst({ where: { id: caseId, ...SHOWCASE }, select: DETAIL_SELECT });
  return found ? { ...found, figures: readFigures(found.figures) } : null;
}

/** The public showcase: published cases, newest first, optionally of one category (by code). */
export async function listPublishedCases(page: number, categoryCode: string | null) {
  const where: Prisma.CaseWhereInput = categoryCode ? { AND: [SHOWCASE, { scenario: { category: { code: categoryCode } } }] } : SHOWCASE;
  const [items, total] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        outcome: true,
        figures: true,
        publishedAt: true,
        scenario: { select: { title: true, org: { select: { name: true } }, category: { select: { code: true, nameZh: true, nameEn: true } } } },
        bid: { select: { org: { select: { name: true } }, solution: { select: { firstUnitType: true, firstUnitStatus: true } } } },
      },
    }),
    prisma.case.count({ where }),
  ]);
  return { items: items.map((item) => ({ ...item, figures: readFigures(item.figures) })), total, pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)) };
}

/** Case photos: the usual attachment checks, and images only. */
export async function checkCasePhotos(files: File[]): Promise<{ ok: true; files: CheckedFile[] } | { ok: false; errors: string[] }> {
  const checked = await checkFiles(files);
  if (!checked.ok) return checked;
  const notImages = checked.files.filter((file) => !file.mimeType.startsWith("image/"));
  if (notImages.length) return { ok: false, errors: notImages.map((file) => msg("caseStudy.errors.imagesOnly", { name: file.fileName })) };
  return checked;
}
