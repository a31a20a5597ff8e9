// Who owns what and where each record stands in its life cycle. Kept apart from the texts so the story of
// the demo (which scenario was awarded to whom, which case is waiting for review) can be read in one place.
import type { INVESTMENT_STAGES } from "../../app/modules/solutions/solutions.schema.ts";

/** Owner firm of every development-set solution (org keys from the foundation seed and orgs.ts). */
export const DEV_SOLUTION_OWNERS: Record<string, string> = {
  P001: "safety", P002: "marine", P003: "cloudmap", P004: "watertech", P005: "medtech", P006: "medtech",
  P007: "bim", P008: "watertech", P009: "logistics", P010: "steelvision", P011: "digital", P012: "llm",
  P013: "lowalt", P014: "portauto", P015: "drone", P016: "carbon", P017: "steelvision", P018: "culturetech",
  P019: "digital", P020: "carbon", P021: "safety", P022: "safety", P023: "digital", P024: "medtech",
  P025: "safety", P026: "culturetech", P027: "marine", P028: "steelvision", P029: "safety", P030: "llm",
  P031: "medtech", P032: "citybrain", P033: "drone", P034: "digital", P035: "agritech", P036: "tea",
  P037: "bim", P038: "citybrain", P039: "llm", P040: "safety", P041: "citybrain", P042: "marine",
  P043: "powerstore", P044: "medtech", P045: "carbon", P046: "medtech", P047: "hydrogen", P048: "comm",
  P049: "citybrain", P050: "portauto", P051: "marine", P052: "marine", P053: "llm", P054: "comm",
  P055: "drone", P056: "lowalt", P057: "portauto", P058: "robot", P059: "hydrogen", P060: "lowalt",
  P061: "citybrain", P062: "hydrogen", P063: "comm", P064: "steelvision", P065: "bim", P066: "drone",
  P067: "powerstore", P068: "robot", P069: "digital", P070: "powerstore", P071: "lowalt", P072: "logistics",
  P073: "safety", P074: "llm", P075: "agritech", P076: "hydrogen", P077: "marine", P078: "drone",
  P079: "portauto", P080: "lowalt", P081: "comm", P082: "cloudmap", P083: "logistics", P084: "watertech",
  P085: "marine", P086: "powerstore", P087: "medtech", P088: "portauto", P089: "robot", P090: "citybrain",
};

/** Catalogue entry or certificate number and year of every recognised first-unit product. */
export const FIRST_UNIT_CERTIFICATES: Record<string, [certificate: string, year: number]> = {
  P013: ["鲁首版次软件2025-017", 2025],
  P017: ["鲁工信装备〔2025〕首台套第036号", 2025],
  P059: ["鲁工信装备〔2024〕首台套第112号", 2024],
  P065: ["鲁首版次软件2025-042", 2025],
  P067: ["山东省首批次新材料目录（2025年版）第58项", 2025],
  P079: ["鲁工信装备〔2025〕首台套第021号", 2025],
  N01: ["鲁工信装备〔2025〕首台套第047号", 2025],
  N07: ["山东省首批次新材料目录（2025年版）第12项", 2025],
  N08: ["山东省首批次新材料目录（2024年版）第31项", 2024],
  N10: ["山东省首批次新材料目录（2025年版）第27项", 2025],
  N12: ["鲁工信装备〔2026〕首台套第008号", 2026],
  N13: ["鲁首版次软件2025-063", 2025],
  N21: ["鲁工信装备〔2025〕首台套第074号", 2025],
};

/** Year in which an applying product's first-unit application was filed. */
export const FIRST_UNIT_APPLYING_YEAR = 2026;

export const SOLUTION_STATUS_OVERRIDES: Record<string, "DRAFT" | "ARCHIVED"> = {
  // firms that are not verified cannot publish
  P003: "DRAFT", P082: "DRAFT", P036: "DRAFT", N32: "DRAFT",
  // verified firms still working on a draft
  P090: "DRAFT", P045: "DRAFT",
  // withdrawn from the market
  P007: "ARCHIVED", P049: "ARCHIVED", P073: "ARCHIVED",
};

export const INDEPENDENT_INNOVATION = new Set(["P013", "P017", "P023", "P030", "P065", "P079", "N01", "N13", "N07"]);

/** Rounds as the solution form stores them (INVESTMENT_STAGES): pages say them in the reader's language. */
export const SEEKING_INVESTMENT: Record<string, [stage: (typeof INVESTMENT_STAGES)[number], amountWan: number]> = {
  N15: ["SERIES_A", 3000],
  P090: ["ANGEL", 800],
  N05: ["PRE_A", 1500],
  P056: ["SERIES_B", 20000],
  N29: ["ANGEL", 500],
  P035: ["ANGEL", 300],
  P030: ["SERIES_A", 5000],
  N32: ["ANGEL", 200],
  P051: ["SEED", 150],
};

export const SOLUTION_REFERENCES: Record<string, string> = {
  N01: "青岛港前湾港区门机巡检（2024年起）；唐山港京唐港区装船机巡检（2025年）",
  P017: "日照钢铁热轧1580产线（2023年）；山东钢铁莱芜分公司（2024年）",
  P079: "烟台港西港区集装箱码头岸桥改造（2024年）",
  N11: "曹妃甸港散货码头皮带机（2025年）",
  P052: "前三岛海洋牧场示范区（2024年）；青岛鳌山湾海洋牧场（2025年）",
  N28: "山东某港口集团财务共享中心（2025年试点）",
  N04: "巨峰镇后村茶园飞防示范（2025年）",
  P013: "济南市低空飞行服务站（2025年）",
  N13: "两座4000立方米级高炉（2024–2025年）",
};

export type ScenarioPlan = {
  org: string;
  status: "DRAFT" | "PENDING_REVIEW" | "CHANGES_REQUESTED" | "PUBLISHED" | "CLOSED" | "AWARDED" | "UNAWARDED" | "ARCHIVED";
  mode?: "OPEN_CALL" | "CHALLENGE" | "INVITATION";
  batch?: "2026年第一批" | "2026年第二批";
  allowMultipleWinners?: boolean;
  reviewNote?: string;
  /** Overrides the data set's deadline for scenarios whose bidding has already ended. */
  deadline?: string;
};

const FIRST = "2026年第一批" as const;
const SECOND = "2026年第二批" as const;

export const SCENARIO_PLANS: Record<string, ScenarioPlan> = {
  // 日照海港集团 — the soe@demo.scenebridge.cn workspace
  S01: { org: "port", status: "PUBLISHED", batch: SECOND },
  S10: { org: "port", status: "AWARDED", batch: FIRST, deadline: "2026-06-30" },
  S12: { org: "port", status: "PUBLISHED", batch: SECOND },
  S21: { org: "port", status: "PENDING_REVIEW", mode: "CHALLENGE" },
  S22: { org: "port", status: "PUBLISHED", mode: "CHALLENGE", batch: FIRST },
  S23: { org: "port", status: "AWARDED", batch: FIRST, deadline: "2026-05-31" },
  S24: { org: "port", status: "CLOSED", batch: FIRST, deadline: "2026-10-31" },
  X01: { org: "port", status: "PUBLISHED", batch: SECOND },
  X02: { org: "port", status: "DRAFT" },
  X03: { org: "port", status: "PUBLISHED", mode: "INVITATION", batch: SECOND },
  X10: {
    org: "port", status: "CHANGES_REQUESTED", mode: "CHALLENGE",
    reviewNote: "请补充换电站选址的消防安全评估要求，并将预算拆分为车辆与换电设施两部分，便于揭榜方报价。",
  },
  // 岚山钢铁
  S16: { org: "steel", status: "AWARDED", mode: "CHALLENGE", batch: FIRST, deadline: "2026-06-30" },
  S19: { org: "steel", status: "PUBLISHED", batch: SECOND },
  X04: { org: "steel", status: "PUBLISHED", mode: "CHALLENGE", batch: SECOND },
  X05: { org: "steel", status: "CLOSED", batch: FIRST, deadline: "2026-09-30" },
  // 日照水务
  S11: { org: "water", status: "PUBLISHED", batch: FIRST },
  S30: { org: "water", status: "UNAWARDED", batch: FIRST, deadline: "2026-08-31" },
  // 能源发展集团
  S07: { org: "energy", status: "PUBLISHED", batch: SECOND },
  X09: { org: "energy", status: "PUBLISHED", batch: SECOND },
  // Open, and nobody has bid yet: the drone firm's dashboard recommends it (its own bids are left out there).
  X16: { org: "energy", status: "PUBLISHED", batch: SECOND },
  // 交通发展集团
  S08: { org: "transport", status: "PENDING_REVIEW" },
  S13: { org: "transport", status: "PUBLISHED", batch: FIRST },
  S20: { org: "transport", status: "PUBLISHED", batch: SECOND },
  X13: { org: "transport", status: "DRAFT" },
  // 山海天旅游发展集团
  S05: { org: "tourism", status: "PUBLISHED", mode: "CHALLENGE", batch: SECOND },
  S15: { org: "tourism", status: "PUBLISHED", batch: FIRST },
  X08: { org: "tourism", status: "PUBLISHED", batch: SECOND },
  // 海洋发展集团
  S04: { org: "ocean", status: "PUBLISHED", batch: FIRST },
  S25: { org: "ocean", status: "AWARDED", batch: FIRST, deadline: "2026-07-31" },
  S26: { org: "ocean", status: "PUBLISHED", mode: "CHALLENGE", batch: SECOND },
  X11: {
    org: "ocean", status: "CHANGES_REQUESTED",
    reviewNote: "“日采捕量达到潜水员的70%”请注明潜水员的基准产量和测算方法，并说明试点海域的海况条件。",
  },
  // 农业发展集团
  S02: { org: "agri", status: "AWARDED", batch: FIRST, allowMultipleWinners: true, deadline: "2026-04-30" },
  S03: { org: "agri", status: "AWARDED", batch: FIRST, deadline: "2026-04-15" },
  S18: { org: "agri", status: "PUBLISHED", batch: SECOND },
  X06: { org: "agri", status: "PUBLISHED", batch: SECOND },
  X07: { org: "agri", status: "ARCHIVED" },
  // 城市建设投资集团
  S09: { org: "urban", status: "PUBLISHED", batch: FIRST },
  S14: { org: "urban", status: "ARCHIVED", batch: FIRST },
  S17: { org: "urban", status: "PUBLISHED", batch: SECOND },
  S29: { org: "urban", status: "PUBLISHED", mode: "CHALLENGE", batch: FIRST },
  X14: { org: "urban", status: "PENDING_REVIEW" },
  // Open without bids: recommended to the drone firm's airborne LiDAR modelling service.
  X15: { org: "urban", status: "PUBLISHED", batch: SECOND },
  // 健康医疗集团
  S06: { org: "health", status: "PUBLISHED", batch: SECOND },
  S27: { org: "health", status: "PUBLISHED", batch: FIRST },
  S28: { org: "health", status: "CLOSED", batch: FIRST, deadline: "2026-09-30" },
  X12: { org: "health", status: "DRAFT" },
};

export type BidPlan = {
  solution: string;
  status: "SUBMITTED" | "SHORTLISTED" | "AWARDED" | "REJECTED" | "WITHDRAWN";
  decisionNote?: string;
};

/** Bids by scenario; the bidding firm is the owner of the linked solution (one bid per firm and scenario). */
export const BID_PLANS: Record<string, BidPlan[]> = {
  S01: [{ solution: "N01", status: "SHORTLISTED" }, { solution: "P011", status: "SUBMITTED" }],
  S02: [
    { solution: "N02", status: "AWARDED" },
    { solution: "N25", status: "AWARDED" },
    { solution: "P063", status: "REJECTED", decisionNote: "方案侧重通信保障，未包含火情识别和处置联动，与本场景核心需求不符。" },
  ],
  S03: [
    { solution: "N04", status: "AWARDED" },
    { solution: "P035", status: "REJECTED", decisionNote: "仅提供调度平台，不含飞防作业能力，需另行采购飞防服务。" },
  ],
  S04: [{ solution: "P015", status: "SUBMITTED" }, { solution: "P085", status: "SHORTLISTED" }],
  S05: [{ solution: "N26", status: "SHORTLISTED" }, { solution: "P063", status: "WITHDRAWN" }],
  S06: [
    { solution: "P055", status: "REJECTED", decisionNote: "配送航线需穿越城区人口密集区，方案未提供备降点和应急处置预案。" },
    { solution: "P080", status: "SUBMITTED" },
    { solution: "P005", status: "WITHDRAWN" },
  ],
  S07: [{ solution: "P048", status: "SUBMITTED" }, { solution: "P078", status: "SHORTLISTED" }],
  S09: [
    { solution: "P061", status: "SHORTLISTED" },
    { solution: "P074", status: "REJECTED", decisionNote: "通用智能体平台未提供城市管理事件样本上的识别准确率验证结果。" },
  ],
  S10: [
    { solution: "N28", status: "AWARDED" },
    { solution: "P069", status: "REJECTED", decisionNote: "RPA方案只能处理结构化单据，无法满足合同、行程单等非结构化单据审核需求。" },
  ],
  S11: [{ solution: "P084", status: "SHORTLISTED" }],
  S12: [{ solution: "P030", status: "SUBMITTED" }, { solution: "P019", status: "SUBMITTED" }],
  S13: [{ solution: "P032", status: "SUBMITTED" }],
  S15: [{ solution: "P026", status: "SHORTLISTED" }, { solution: "P038", status: "SUBMITTED" }],
  S16: [
    { solution: "P017", status: "AWARDED" },
    { solution: "P039", status: "REJECTED", decisionNote: "通用视觉平台在热轧高速产线（20m/s）上的检出率缺少现场验证数据。" },
  ],
  S17: [{ solution: "P028", status: "SUBMITTED" }, { solution: "P039", status: "SUBMITTED" }],
  S18: [{ solution: "N21", status: "SHORTLISTED" }, { solution: "P021", status: "SUBMITTED" }],
  S19: [{ solution: "P016", status: "SUBMITTED" }],
  S20: [{ solution: "P062", status: "SHORTLISTED" }, { solution: "P072", status: "SUBMITTED" }],
  S22: [
    { solution: "P079", status: "SHORTLISTED" },
    { solution: "N31", status: "SUBMITTED" },
    { solution: "P034", status: "WITHDRAWN" },
  ],
  S23: [
    { solution: "N11", status: "AWARDED" },
    { solution: "P058", status: "REJECTED", decisionNote: "挂轨机器人适用于室内配电室，未说明在露天长距离输送廊道中的防尘防腐措施。" },
  ],
  S24: [{ solution: "P023", status: "SHORTLISTED" }, { solution: "P009", status: "SUBMITTED" }],
  S25: [
    { solution: "P052", status: "AWARDED" },
    { solution: "P054", status: "REJECTED", decisionNote: "海床基观测站布设和维护成本较高，超出本场景预算上限。" },
  ],
  S26: [{ solution: "P027", status: "SHORTLISTED" }, { solution: "N10", status: "SUBMITTED" }],
  S27: [{ solution: "P024", status: "SUBMITTED" }],
  S28: [{ solution: "P044", status: "SHORTLISTED" }],
  S29: [
    { solution: "P025", status: "SHORTLISTED" },
    { solution: "N23", status: "SUBMITTED" },
    { solution: "P068", status: "SUBMITTED" },
  ],
  S30: [
    { solution: "P029", status: "REJECTED", decisionNote: "监测站点布设方案未覆盖全部下穿隧道和易涝点，且未提供与排水泵站的联动方式。" },
    { solution: "P084", status: "REJECTED", decisionNote: "水力模型仅覆盖供水管网，未包含雨水管网与排涝调度。" },
  ],
  X01: [{ solution: "N19", status: "SUBMITTED" }],
  X03: [{ solution: "N07", status: "SUBMITTED" }],
  X04: [{ solution: "N13", status: "SHORTLISTED" }, { solution: "N09", status: "WITHDRAWN" }],
  X05: [{ solution: "N14", status: "SUBMITTED" }, { solution: "P039", status: "SUBMITTED" }],
  X06: [{ solution: "N25", status: "SUBMITTED" }, { solution: "N02", status: "SUBMITTED" }],
  X08: [{ solution: "N03", status: "SUBMITTED" }, { solution: "N27", status: "SUBMITTED" }],
  X09: [{ solution: "N24", status: "SHORTLISTED" }],
};

/** SOE invitations to a solution's firm (scenario, solution, message). */
export const BID_INVITATIONS: [scenario: string, solution: string, message: string][] = [
  // One invitation per firm and scenario, as the application allows (inviteSolution): 蓝海新材料 is invited once, with the
  // coating, and the message names its fender product too.
  ["X03", "N07", "贵司浪溅区重防腐涂层已列入首批次目录，诚邀参与我港钢管桩防腐示范项目；我港也拟在两个泊位试点复合材料护舷，欢迎一并提交方案。"],
  ["S22", "P079", "岸桥防摇改造为本批揭榜挂帅重点项目，期待贵司首台（套）产品参与。"],
  ["S01", "N01", "门机巡检场景已发布，欢迎贵司港口巡检自动机场参与揭榜。"],
  ["S26", "N10", "深远海网箱项目同步考虑网衣材料升级，欢迎参与。"],
];

export type CasePlan = {
  scenario: string;
  solution: string;
  status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED";
  title: string;
  outcome: string;
  figures: { label: string; value: string }[];
  publishedAt?: string;
};

export const CASE_PLANS: CasePlan[] = [
  {
    scenario: "S23", solution: "N11", status: "PUBLISHED", publishedAt: "2026-10-20",
    title: "岚山港区散货码头皮带机智能巡检",
    outcome: "港智自动化在岚山港区两条主输送线部署挂轨巡检机器人和固定振动监测点，替代每日4轮人工巡检。运行半年来共提前发现托辊故障37处、输送带跑偏隐患5起，未发生因托辊卡死导致的输送带撕裂事故，巡检人员从每班6人减至2人。",
    figures: [{ label: "巡检效率", value: "提升60%" }, { label: "托辊故障提前预警", value: "平均7天" }, { label: "巡检人员", value: "每班减少4人" }],
  },
  {
    scenario: "S16", solution: "P017", status: "PUBLISHED", publishedAt: "2026-09-28",
    title: "精品钢基地热轧带钢表面缺陷在线检测",
    outcome: "鲁钢智检带钢表面质量在线检测系统在热轧2050产线投运，对上下表面32类缺陷实时识别分级，检测结果直接写入质量判定系统。该系统为首台（套）认定装备，投保首台（套）保险并获得保费补贴。",
    figures: [{ label: "缺陷检出率", value: "98.2%" }, { label: "质量异议", value: "下降45%" }, { label: "首台（套）保费补贴", value: "80%" }],
  },
  {
    scenario: "S03", solution: "N04", status: "PUBLISHED", publishedAt: "2026-08-15",
    title: "巨峰镇万亩茶园无人机统防统治",
    outcome: "海之翼无人机为巨峰镇5个茶叶合作社提供春、夏两季飞防服务，累计作业2.3万亩次。仿地飞行适应梯田坡度，施药记录全部接入茶叶质量追溯平台，抽检农残合格率100%。",
    figures: [{ label: "作业面积", value: "2.3万亩次" }, { label: "农药用量", value: "减少22%" }, { label: "作业效率", value: "人工的30倍" }],
  },
  {
    scenario: "S25", solution: "P052", status: "PENDING_REVIEW",
    title: "前三岛海洋牧场水质在线监测与赤潮预警",
    outcome: "在海洋牧场核心区布设6套多参数监测浮标，实现水温、溶解氧、叶绿素等参数分钟级回传，2026年夏季成功预警2次低氧过程，养殖户提前采取措施避免损失。",
    figures: [{ label: "监测浮标", value: "6套" }, { label: "低氧预警提前量", value: "48小时" }],
  },
  {
    scenario: "S10", solution: "N28", status: "DRAFT",
    title: "港口集团财务共享中心智能审单",
    outcome: "智能审单机器人上线三个月，覆盖差旅和采购报销单据，初审自动化率达到82%。",
    figures: [{ label: "初审自动化率", value: "82%" }],
  },
];
