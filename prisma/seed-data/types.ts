// Shapes of the demo data. Scenario and solution records follow the shared matching data format so the
// hand-written additions can be evaluated the same way as the development set.
export type CategoryCode =
  | "DIGITAL"
  | "LOW_ALTITUDE"
  | "SMART_MANUFACTURING"
  | "GREEN_LOW_CARBON"
  | "PORT_LOGISTICS"
  | "MARINE"
  | "HEALTH"
  | "PUBLIC_SAFETY";

export type FirstUnitTypeCode = "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION";
export type TierCode = "STARTUP" | "TECH_SME" | "HIGH_TECH" | "TECH_LEADER";

export type DevScenario = {
  id: string;
  title: string;
  summary: string;
  description: string;
  category: CategoryCode;
  industryChain: string[];
  tags: string[];
  /** Chinese district name as in the data set, e.g. "东港区". */
  district: string;
  budgetMin: number;
  budgetMax: number;
  /** YYYY-MM-DD */
  deadline: string;
  firstUnitTypes: FirstUnitTypeCode[];
};

export type DevSolution = {
  id: string;
  title: string;
  summary: string;
  description: string;
  category: CategoryCode;
  industryChain: string[];
  tags: string[];
  trl: number;
  priceMin: number;
  priceMax: number;
  enterpriseTier?: TierCode;
  district?: string;
  firstUnit: null | { type: FirstUnitTypeCode; status: "APPLYING" | "RECOGNISED" };
};

export type DevQrel = { scenario: string; solution: string; grade: number };
