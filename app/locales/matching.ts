// Texts of the matching panels (recommended solutions for a scenario, recommended scenarios for a firm), both
// languages side by side; wired into zh.ts / en.ts under "matching". `reason` holds the sentences of the
// explanation line, which app/modules/matching/explain.ts assembles from the scoring's reasons.
import type { Shape } from "./shape";

const zh = {
  why: "推荐理由：",
  reason: {
    separator: "; ",
    sharedKeywords: "共同关键词: {{terms}}",
    sameCategory: "同属{{category}}",
    sharedIndustryChain: "同一产业链: {{chains}}",
    matureTechnology: "技术成熟度 TRL {{trl}}",
    lowMaturity: "技术成熟度偏低 (TRL {{trl}})",
    firstUnitRecognised: "{{type}}已认定",
    firstUnitApplying: "{{type}}申报中",
    withinBudget: "报价 {{priceMin}}–{{priceMax}} 万元在预算 {{budgetMin}}–{{budgetMax}} 万元内",
    overlapsBudget: "报价 {{priceMin}}–{{priceMax}} 万元与预算 {{budgetMin}}–{{budgetMax}} 万元有交集",
    overBudget: "起价 {{priceMin}} 万元远超预算上限 {{budgetMax}} 万元",
    sameDistrict: "同在{{district}}",
  },
  firstUnitType: { FIRST_SET: "首台套", FIRST_BATCH: "首批次", FIRST_VERSION: "首版次" },
  unavailable: "推荐暂时无法加载，请稍后刷新重试。页面的其他功能不受影响。",
  solutions: {
    title: "推荐解决方案",
    intro: "根据本场景的标题、标签和描述，从其他单位已发布的解决方案中自动匹配，按匹配度排序。",
    inviteTitle: "为本场景推荐",
    inviteIntro: "按匹配度排序的已发布解决方案；下方也可以按名称搜索全部方案。",
    firm: "提供方：{{org}}",
    empty: "暂无匹配的解决方案。补充场景的标签和描述（所需技术、设备、应用环境等）有助于找到合适的方案。",
    seeAll: "查看全部推荐并邀请",
    notOpen: "场景发布并处于征集期后，才能邀请企业揭榜。",
    ended: "本场景的征集已结束，不再推荐解决方案。",
    addMessage: "添加邀请留言（可选）",
    searchAll: "按名称搜索全部已发布方案",
  },
  scenarios: {
    title: "为您推荐的场景",
    intro: "正在征集、与本单位解决方案匹配的场景，按匹配度排序。",
    owner: "发榜单位：{{org}}",
    matchedSolution: "匹配您的方案：",
    noSolutions: "发布解决方案后，这里会推荐与之匹配的征集中场景。",
    publishSolution: "发布解决方案",
    empty: "目前没有与您的方案匹配的征集中场景。新场景发布后会出现在这里。",
    browse: "浏览全部场景",
  },
};

const en: Shape<typeof zh> = {
  why: "Why: ",
  reason: {
    separator: "; ",
    sharedKeywords: "shared keywords: {{terms}}",
    sameCategory: "same category: {{category}}",
    sharedIndustryChain: "same industry chain: {{chains}}",
    matureTechnology: "mature technology (TRL {{trl}})",
    lowMaturity: "low technology readiness (TRL {{trl}})",
    firstUnitRecognised: "recognised {{type}} product",
    firstUnitApplying: "{{type}} recognition pending",
    withinBudget: "price {{priceMin}}–{{priceMax}} fits the budget of {{budgetMin}}–{{budgetMax}} (10k CNY)",
    overlapsBudget: "price {{priceMin}}–{{priceMax}} overlaps the budget of {{budgetMin}}–{{budgetMax}} (10k CNY)",
    overBudget: "starting price {{priceMin}} far above the budget ceiling {{budgetMax}} (10k CNY)",
    sameDistrict: "same district ({{district}})",
  },
  firstUnitType: { FIRST_SET: "first-set", FIRST_BATCH: "first-batch", FIRST_VERSION: "first-version" },
  unavailable: "Recommendations could not be loaded right now. Please reload in a moment; the rest of the page works as usual.",
  solutions: {
    title: "Recommended solutions",
    intro: "Published solutions of other organisations, matched to this scenario's title, tags and description and ranked by fit.",
    inviteTitle: "Recommended for this scenario",
    inviteIntro: "Published solutions ranked by fit; you can also search all solutions by name below.",
    firm: "By {{org}}",
    empty: "No matching solutions yet. Adding tags and a fuller description (technologies, equipment, where it will be used) helps find suitable ones.",
    seeAll: "See all recommendations",
    notOpen: "Firms can be invited once the scenario is published and open for bids.",
    ended: "Bidding for this scenario has ended, so no solutions are recommended any more.",
    addMessage: "Add a message (optional)",
    searchAll: "Search all published solutions by name",
  },
  scenarios: {
    title: "Scenarios recommended for you",
    intro: "Scenarios open for bids that match your organisation's solutions, ranked by fit.",
    owner: "Published by {{org}}",
    matchedSolution: "Matches your solution: ",
    noSolutions: "Once you publish a solution, open scenarios that match it will be recommended here.",
    publishSolution: "Publish a solution",
    empty: "No open scenarios match your solutions right now. New scenarios will appear here once they are published.",
    browse: "Browse all scenarios",
  },
};

export const matchingLocale = { zh, en };
