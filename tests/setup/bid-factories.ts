// Scenarios, solutions and bids for bid and case tests, made directly with Prisma so these tests do not
// depend on the scenario and solution modules (written in parallel).
import { randomBytes } from "node:crypto";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { getPrisma } from "~/utils/db.server";
import { createOrgFor, createUser, organizationInput } from "./factories";

const DAY = 24 * 60 * 60 * 1000;

/** A user who owns a verified organisation of the given kind. */
export async function createVerifiedOrgUser(kind: "SOE" | "TECH_FIRM", reviewerId: string, options: { name?: string; locale?: "zh" | "en"; orgName?: string } = {}) {
  const user = await createUser({ name: options.name, locale: options.locale });
  const org = await createOrgFor(user.id, organizationInput({ kind, tier: kind === "TECH_FIRM" ? "HIGH_TECH" : undefined, ...(options.orgName ? { name: options.orgName } : {}) }));
  await decideVerification({ id: reviewerId }, org.id, "verify", "");
  return { ...user, orgId: org.id, orgName: org.name };
}

/** Another member (role MEMBER) of an organisation. */
export async function addMember(orgId: string) {
  const user = await createUser();
  await getPrisma().membership.create({ data: { orgId, userId: user.id, role: "MEMBER" } });
  await getPrisma().user.update({ where: { id: user.id }, data: { activeOrgId: orgId } });
  return user;
}

export async function createPublishedScenario(
  orgId: string,
  overrides: Partial<{ title: string; deadline: Date; status: "PUBLISHED" | "CLOSED" | "DRAFT" | "AWARDED"; allowMultipleWinners: boolean; hidden: boolean; categoryId: string; mode: "OPEN_CALL" | "CHALLENGE" | "INVITATION" }> = {},
) {
  return getPrisma().scenario.create({
    data: {
      orgId,
      title: overrides.title ?? `港区无人机巡检场景${randomBytes(2).toString("hex")}`,
      summary: "港区堆场与岸桥的无人机自动巡检",
      description: "需要一套可在港区稳定运行的无人机自动巡检方案。",
      categoryId: overrides.categoryId ?? "cat_low_altitude",
      industryChain: ["低空经济"],
      tags: ["无人机", "巡检"],
      district: "DONGGANG",
      budgetMin: 50,
      budgetMax: 200,
      deadline: overrides.deadline ?? new Date(Date.now() + 30 * DAY),
      mode: overrides.mode ?? "OPEN_CALL",
      expectedFirstUnitTypes: ["FIRST_SET"],
      allowMultipleWinners: overrides.allowMultipleWinners ?? false,
      contactName: "王经理",
      contactPhone: "13800001111",
      contactEmail: "contact@port.example.cn",
      status: overrides.status ?? "PUBLISHED",
      hidden: overrides.hidden ?? false,
      publishedAt: new Date(),
      batch: "2026年第一批",
    },
  });
}

export async function createPublishedSolution(orgId: string, overrides: Partial<{ title: string; status: "PUBLISHED" | "DRAFT"; hidden: boolean }> = {}) {
  return getPrisma().solution.create({
    data: {
      orgId,
      title: overrides.title ?? `系留无人机巡检系统${randomBytes(2).toString("hex")}`,
      summary: "长航时系留无人机",
      description: "适用于港口、园区的全天候巡检。",
      categoryId: "cat_low_altitude",
      industryChain: [],
      tags: ["无人机"],
      trl: 8,
      priceMin: 30,
      priceMax: 120,
      firstUnitType: "FIRST_SET",
      firstUnitStatus: "RECOGNISED",
      firstUnitCertificate: "SD-2025-0012",
      firstUnitYear: 2025,
      status: overrides.status ?? "PUBLISHED",
      hidden: overrides.hidden ?? false,
      publishedAt: new Date(),
    },
  });
}

export function bidInput(overrides: Partial<{ proposal: string; quotedPrice: number; deliveryDays: number; solutionId: string; confirmPrice: boolean }> = {}) {
  return {
    proposal: "我们提供系留无人机自动巡检方案，含机库、航线规划与缺陷识别，三个月内交付。",
    quotedPrice: 120,
    deliveryDays: 90,
    solutionId: "",
    confirmPrice: false,
    ...overrides,
  };
}
