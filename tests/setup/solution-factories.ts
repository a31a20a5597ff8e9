// Technology firms and solutions for tests, made through the app's own modules.
import type { SolutionInput } from "~/modules/solutions/solutions.schema";
import { changeSolutionStatus, createSolution } from "~/modules/solutions/solutions.server";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { getPrisma } from "~/utils/db.server";
import { createOrgFor, createUser } from "./factories";

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** A user who owns a technology firm, verified by `verifier` unless told otherwise. */
export async function createFirm(options: { verifier?: TestUser; verified?: boolean; name?: string; tier?: "STARTUP" | "TECH_SME" | "HIGH_TECH" | "TECH_LEADER" } = {}) {
  const owner = await createUser({ name: options.name ?? "企业管理员" });
  const org = await createOrgFor(owner.id, { kind: "TECH_FIRM", tier: options.tier ?? "TECH_SME" });
  if (options.verified !== false) {
    const verifier = options.verifier ?? (await createUser({ roles: ["REVIEWER"] }));
    await decideVerification({ id: verifier.id }, org.id, "verify", "");
  }
  return { owner, orgId: org.id, orgName: org.name, firm: { orgId: org.id, verifiedTechFirm: options.verified !== false } };
}

export async function addMember(orgId: string, name = "企业成员") {
  const member = await createUser({ name });
  await getPrisma().membership.create({ data: { orgId, userId: member.id, role: "MEMBER" } });
  return member;
}

export function solutionInput(overrides: Partial<SolutionInput> = {}): SolutionInput {
  return {
    title: "港口无人机智能巡检系统",
    summary: "面向港口堆场和岸桥的无人机自动巡检方案",
    description: "基于多旋翼无人机与边缘计算的自动巡检系统，支持定时航线、缺陷识别和告警。",
    categoryId: "cat_low_altitude",
    tags: ["无人机", "巡检"],
    industryChain: ["低空经济"],
    trl: 7,
    references: "日照港石臼港区试点",
    priceMin: 50,
    priceMax: 120,
    independentInnovation: false,
    seekingInvestment: false,
    investmentStage: undefined,
    investmentAmount: undefined,
    firstUnitType: undefined,
    firstUnitStatus: "NONE",
    firstUnitCertificate: "",
    firstUnitYear: undefined,
    ...overrides,
  };
}

export async function createPublishedSolution(firm: Awaited<ReturnType<typeof createFirm>>, overrides: Partial<SolutionInput> = {}) {
  const actor = { id: firm.owner.id };
  const { id } = await createSolution(actor, firm.firm, solutionInput(overrides));
  await changeSolutionStatus(actor, firm.firm, id, "publish");
  return id;
}

/** The form a browser would post for a solution (strings only). */
export function solutionForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "海上风电运维数字孪生平台",
    summary: "风电场设备状态监测与运维调度",
    description: "汇聚风机 SCADA 与海况数据，预测故障并优化运维船调度。",
    categoryId: "cat_digital",
    tags: "数字孪生、风电, 运维",
    industryChain: "海洋经济",
    trl: "6",
    references: "",
    priceMin: "30",
    priceMax: "80",
    firstUnitStatus: "NONE",
    ...overrides,
  };
}
