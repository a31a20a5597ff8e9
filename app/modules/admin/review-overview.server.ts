// What is waiting for the bureau: the counts behind the reviewer's start page.
import { prisma } from "~/utils/db.server";

export async function reviewOverview() {
  const [organizations, scenarios, cases, reports] = await Promise.all([
    prisma.organization.count({ where: { verificationStatus: "PENDING" } }),
    prisma.scenario.count({ where: { status: "PENDING_REVIEW" } }),
    prisma.case.count({ where: { status: "PENDING_REVIEW" } }),
    prisma.report.count({ where: { status: "OPEN" } }),
  ]);
  return { organizations, scenarios, cases, reports };
}
