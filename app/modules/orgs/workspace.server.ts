// The start page of an organisation's workspace: what the active organisation has, by kind.
import type { OrgKind } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";

function countsBy<T extends string>(rows: { status: T; _count: { _all: number } }[]) {
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<Record<T, number>>;
}

export async function workspaceOverview(orgId: string, kind: OrgKind) {
  if (kind === "SOE") {
    const [scenarios, bidsToReview, cases] = await Promise.all([
      prisma.scenario.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
      prisma.bid.count({ where: { scenario: { orgId }, status: { in: ["SUBMITTED", "SHORTLISTED"] } } }),
      prisma.case.count({ where: { scenario: { orgId } } }),
    ]);
    return { kind, scenarios: countsBy(scenarios), bidsToReview, cases } as const;
  }
  if (kind === "TECH_FIRM") {
    const [solutions, bids, invitations] = await Promise.all([
      prisma.solution.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
      prisma.bid.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
      prisma.bidInvitation.count({ where: { solution: { orgId } } }),
    ]);
    return { kind, solutions: countsBy(solutions), bids: countsBy(bids), invitations } as const;
  }
  return { kind } as const;
}
