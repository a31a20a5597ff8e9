import type { MatchScenario, MatchSolution, MatchingDataset } from "./dataset";

export function scenario(overrides: Partial<MatchScenario> = {}): MatchScenario {
  return {
    id: "S1",
    title: "港口门机无人机巡检",
    summary: "用无人机替代人工登高巡检",
    description: "对门座起重机的钢结构进行定期巡检。",
    category: "LOW_ALTITUDE",
    industryChain: ["智慧港口"],
    tags: ["无人机巡检", "门机"],
    district: "东港区",
    budgetMin: 100,
    budgetMax: 200,
    deadline: "2027-08-31",
    firstUnitTypes: [],
    ...overrides,
  };
}

export function solution(overrides: Partial<MatchSolution> = {}): MatchSolution {
  return {
    id: "P1",
    title: "光伏组件清洗机器人",
    summary: "屋顶光伏自动清洗",
    description: "无水清洗光伏板。",
    category: "GREEN_LOW_CARBON",
    industryChain: ["新能源"],
    tags: ["光伏清洗"],
    trl: 5,
    // Neither overlapping the default budget (100–200) nor beyond twice its ceiling: budget-neutral.
    priceMin: 250,
    priceMax: 300,
    enterpriseTier: "TECH_SME",
    district: "岚山区",
    firstUnit: null,
    ...overrides,
  };
}

export function dataset(overrides: Partial<MatchingDataset> = {}): MatchingDataset {
  return { version: 1, name: "test", scenarios: [], solutions: [], qrels: [], ...overrides };
}
