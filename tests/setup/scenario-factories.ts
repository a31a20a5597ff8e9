// Scenario test data made through the scenario module itself.
import { decideVerification } from "~/modules/orgs/orgs.server";
import type { ScenarioInput } from "~/modules/scenarios/scenarios.schema";
import { createDraft, decideScenario, submitForReview } from "~/modules/scenarios/scenarios.server";
import { createOrgFor, createUser } from "./factories";

export const IN_THIRTY_DAYS = () => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);

export function scenarioInput(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    intent: "save",
    title: "日照港集装箱码头无人机智能巡检",
    summary: "利用无人机对集装箱码头堆场和岸桥开展自动巡检，替代人工高空作业。",
    description: "码头现有岸桥 24 台，人工巡检每周一次，存在高空作业风险。希望引入无人机自动巡检与缺陷识别方案，支持夜间作业。",
    categoryId: "cat_low_altitude",
    industryChain: ["港口物流", "低空经济"],
    tags: ["无人机", "巡检"],
    district: "DONGGANG",
    budgetMin: 50,
    budgetMax: 200,
    deadline: IN_THIRTY_DAYS(),
    mode: "CHALLENGE",
    expectedFirstUnitTypes: ["FIRST_SET"],
    allowMultipleWinners: false,
    contactName: "王保密",
    contactPhone: "13911112222",
    contactEmail: "secret.contact@port.example.cn",
    ...overrides,
  };
}

export async function createReviewer() {
  return createUser({ name: "审核员", roles: ["REVIEWER"] });
}

/** An SOE owner with an organisation, verified by `reviewer` unless `verified: false`. */
export async function createSoe(reviewer: { id: string }, options: { verified?: boolean; kind?: "SOE" | "TECH_FIRM" } = {}) {
  const user = await createUser({ name: "发榜方" });
  const org = await createOrgFor(user.id, { kind: options.kind ?? "SOE", tier: options.kind === "TECH_FIRM" ? "TECH_SME" : undefined });
  if (options.verified !== false) await decideVerification({ id: reviewer.id }, org.id, "verify", "");
  return { user, org };
}

/** A scenario taken along the life cycle to `stage`. */
export async function createScenarioAt(
  stage: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED",
  owner: { id: string },
  orgId: string,
  reviewer: { id: string },
  overrides: Partial<ScenarioInput> = {},
) {
  const scenario = await createDraft({ id: owner.id }, orgId, scenarioInput(overrides), { files: [], confidential: false });
  if (stage !== "DRAFT") await submitForReview({ id: owner.id }, scenario.id);
  if (stage === "PUBLISHED") await decideScenario({ id: reviewer.id }, scenario.id, { decision: "approve", reason: "", batch: "" });
  return scenario;
}
