// Reports (举报) and moderation: anyone signed in reports a public record; reviewers hide it (it disappears
// from every public list and page at once), restore it, or dismiss the report — always with a reason,
// audited, and the owning organisation is told.
import type { Prisma, ReportStatus } from "~/generated/prisma/client.ts";
import { isPublicScenario } from "~/modules/scenarios/scenario-transitions";
import { isPublicSolution } from "~/modules/solutions/solution-transitions";
import { writeAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notifications.server";
import { SCENARIO_INDEX, SOLUTION_INDEX } from "~/modules/search/indexes";
import { enqueueSearchSync } from "~/modules/search/search-outbox.server";
import { prisma } from "~/utils/db.server";
import { HIDEABLE_TYPES, type ReportableType } from "./moderation.schema";

type Actor = { id: string; requestId?: string | null };
type Db = Prisma.TransactionClient | typeof prisma;

export class ModerationError extends Error {
  constructor(readonly code: "not-hideable" | "already-hidden" | "not-hidden" | "already-resolved" | "record-missing") {
    super(code);
  }
}

export const REPORTS_PAGE_SIZE = 20;

export type ReportedRecord = { type: ReportableType; id: string; title: string; orgId: string; orgName: string; hidden: boolean; hiddenReason: string | null; isPublic: boolean; link: string };

/** The reported record as moderators and the report form need it; null when it does not exist. */
export async function findReportedRecord(db: Db, type: string, id: string): Promise<ReportedRecord | null> {
  if (type === "SCENARIO") {
    const row = await db.scenario.findUnique({ where: { id }, select: { id: true, title: true, orgId: true, status: true, hidden: true, hiddenReason: true, org: { select: { name: true } } } });
    if (!row) return null;
    const isPublic = isPublicScenario(row);
    return { type, id, title: row.title, orgId: row.orgId, orgName: row.org.name, hidden: row.hidden, hiddenReason: row.hiddenReason, isPublic, link: `/scenarios/${id}` };
  }
  if (type === "SOLUTION") {
    const row = await db.solution.findUnique({ where: { id }, select: { id: true, title: true, orgId: true, status: true, hidden: true, hiddenReason: true, org: { select: { name: true, verificationStatus: true } } } });
    if (!row) return null;
    return { type, id, title: row.title, orgId: row.orgId, orgName: row.org.name, hidden: row.hidden, hiddenReason: row.hiddenReason, isPublic: isPublicSolution(row), link: `/solutions/${id}` };
  }
  if (type === "CASE") {
    const row = await db.case.findUnique({ where: { id }, select: { id: true, title: true, status: true, hidden: true, hiddenReason: true, scenario: { select: { orgId: true, org: { select: { name: true } } } } } });
    if (!row) return null;
    return { type, id, title: row.title, orgId: row.scenario.orgId, orgName: row.scenario.org.name, hidden: row.hidden, hiddenReason: row.hiddenReason, isPublic: !row.hidden && row.status === "PUBLISHED", link: `/cases/${id}` };
  }
  return null;
}

async function reviewerIds(db: Db) {
  const rows = await db.platformRole.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] } }, select: { userId: true } });
  return [...new Set(rows.map((row) => row.userId))];
}

async function memberIds(db: Db, orgId: string) {
  const rows = await db.membership.findMany({ where: { orgId }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/**
 * Files a report on a publicly visible record. Returns null when there is no such public record (the
 * reporter learns nothing about private ones) and "duplicate" when this person's earlier report is still open.
 */
export async function fileReport(actor: Actor, input: { entityType: ReportableType; entityId: string; reason: string }) {
  return prisma.$transaction(async (tx) => {
    const record = await findReportedRecord(tx, input.entityType, input.entityId);
    if (!record || !record.isPublic) return null;
    const existing = await tx.report.findFirst({
      where: { entityType: input.entityType, entityId: input.entityId, reporterId: actor.id, status: "OPEN" },
      select: { id: true },
    });
    if (existing) return "duplicate" as const;
    const report = await tx.report.create({
      data: { entityType: input.entityType, entityId: input.entityId, reason: input.reason, reporterId: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "report.filed", entityType: "Report", entityId: report.id, after: { entityType: input.entityType, entityId: input.entityId, reason: input.reason }, requestId: actor.requestId });
    const reviewers = await reviewerIds(tx);
    await notify(tx, reviewers.map((userId) => ({ userId, type: "moderation.notify.reported", params: { title: record.title }, link: `/review/reports/${report.id}` })), actor.id);
    return "filed" as const;
  });
}

export async function listReports(status: ReportStatus, page: number) {
  const where = { status };
  const [rows, total, counts] = await Promise.all([
    prisma.report.findMany({
      where,
      orderBy: status === "OPEN" ? { createdAt: "asc" } : { resolvedAt: "desc" },
      skip: (page - 1) * REPORTS_PAGE_SIZE,
      take: REPORTS_PAGE_SIZE,
      select: { id: true, entityType: true, entityId: true, reason: true, status: true, resolution: true, createdAt: true, resolvedAt: true },
    }),
    prisma.report.count({ where }),
    prisma.report.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const countByStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<ReportStatus, number>>;
  // How many open reports each record has: several people reporting the same thing matters.
  const openCounts = await prisma.report.groupBy({
    by: ["entityType", "entityId"],
    where: { status: "OPEN", entityId: { in: rows.map((row) => row.entityId) } },
    _count: { _all: true },
  });
  const items = await Promise.all(
    rows.map(async (row) => ({
      ...row,
      record: await findReportedRecord(prisma, row.entityType, row.entityId),
      openReportsOnRecord: openCounts.find((c) => c.entityType === row.entityType && c.entityId === row.entityId)?._count._all ?? 0,
    })),
  );
  return { items, total, countByStatus, pageCount: Math.max(1, Math.ceil(total / REPORTS_PAGE_SIZE)) };
}

export async function getReportForReview(reportId: string) {
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      entityType: true,
      entityId: true,
      reason: true,
      status: true,
      resolution: true,
      createdAt: true,
      resolvedAt: true,
      reporter: { select: { name: true, email: true } },
      resolvedBy: { select: { name: true } },
    },
  });
  if (!report) return null;
  const [record, otherReports, history] = await Promise.all([
    findReportedRecord(prisma, report.entityType, report.entityId),
    prisma.report.findMany({
      where: { entityType: report.entityType, entityId: report.entityId, id: { not: report.id } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, reason: true, status: true, createdAt: true },
    }),
    prisma.auditLog.findMany({
      where: { entityType: "Report", entityId: report.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  return { report, record, otherReports, history };
}

async function setHidden(tx: Prisma.TransactionClient, record: ReportedRecord, hidden: boolean, reason: string | null) {
  const where = { id: record.id, hidden: !hidden };
  const data = { hidden, hiddenReason: reason };
  const { count } =
    record.type === "SCENARIO"
      ? await tx.scenario.updateMany({ where, data })
      : record.type === "SOLUTION"
        ? await tx.solution.updateMany({ where, data })
        : await tx.case.updateMany({ where, data });
  if (count !== 1) throw new ModerationError(hidden ? "already-hidden" : "not-hidden");
  // Hidden records leave the search indexes; restored ones return (if their status is public).
  if (record.type === "SCENARIO") await enqueueSearchSync(tx, SCENARIO_INDEX, record.id);
  if (record.type === "SOLUTION") await enqueueSearchSync(tx, SOLUTION_INDEX, record.id);
}

/**
 * A reviewer's decision on a report:
 * - hide: hides the record, resolves this report and every other open report on it as HIDDEN;
 * - restore: makes a hidden record public again (works on resolved reports too);
 * - dismiss: closes an open report without touching the record.
 */
export async function decideReport(reviewer: Actor, reportId: string, decision: "hide" | "restore" | "dismiss", reason: string) {
  return prisma.$transaction(async (tx) => {
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, entityType: true, entityId: true, status: true, reporterId: true } });
    const record = await findReportedRecord(tx, report.entityType, report.entityId);
    if (!record) throw new ModerationError("record-missing");
    const now = new Date();
    if (decision === "dismiss") {
      const { count } = await tx.report.updateMany({
        where: { id: reportId, status: "OPEN" },
        data: { status: "DISMISSED", resolution: reason, resolvedById: reviewer.id, resolvedAt: now },
      });
      if (count !== 1) throw new ModerationError("already-resolved");
    } else {
      if (!(HIDEABLE_TYPES as readonly string[]).includes(record.type)) throw new ModerationError("not-hideable");
      await setHidden(tx, record, decision === "hide", decision === "hide" ? reason : null);
      if (decision === "hide") {
        await tx.report.updateMany({
          where: { OR: [{ id: reportId }, { entityType: report.entityType, entityId: report.entityId, status: "OPEN" }] },
          data: { status: "HIDDEN", resolution: reason, resolvedById: reviewer.id, resolvedAt: now },
        });
      }
      await writeAudit(tx, {
        actorId: reviewer.id,
        action: `${record.type.toLowerCase()}.${decision === "hide" ? "hidden" : "restored"}`,
        entityType: record.type === "SCENARIO" ? "Scenario" : "Solution",
        entityId: record.id,
        before: { hidden: decision !== "hide", hiddenReason: record.hiddenReason },
        after: { hidden: decision === "hide", hiddenReason: decision === "hide" ? reason : null },
        requestId: reviewer.requestId,
      });
      const members = await memberIds(tx, record.orgId);
      await notify(
        tx,
        members.map((userId) => ({ userId, type: `moderation.notify.${decision === "hide" ? "hidden" : "restored"}`, params: { title: record.title, reason }, link: record.link })),
        reviewer.id,
      );
    }
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: `report.${decision}`,
      entityType: "Report",
      entityId: reportId,
      before: { status: report.status },
      after: { decision, reason },
      requestId: reviewer.requestId,
    });
    if (report.reporterId && decision !== "restore" && report.status === "OPEN") {
      await notify(tx, [{ userId: report.reporterId, type: "moderation.notify.reportHandled", params: { title: record.title }, link: record.link }], reviewer.id);
    }
    return { decision };
  });
}
