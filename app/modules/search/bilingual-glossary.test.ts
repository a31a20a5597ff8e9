import { describe, expect, it } from "vitest";
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import { conformanceSettings } from "./conformance";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import { DOMAIN_SYNONYMS, ENGLISH_STOP_WORDS, GLOSSARY_SYNONYMS, INDEX_SETTINGS, SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS } from "./indexes";
import type { IndexSettings, SearchDocument } from "./search-engine";
import { englishPlural, normalizeSynonymTerm, synonymLookup } from "./synonyms";

// The rules written at the top of bilingual-glossary.ts, checked for every entry.
describe("the bilingual glossary", () => {
  const english = BILINGUAL_GLOSSARY.flatMap((entry) => entry.en);
  const chinese = BILINGUAL_GLOSSARY.flatMap((entry) => [...entry.zh, ...(entry.narrower ?? [])]);

  it("writes English terms in lower case, without hyphens or apostrophes, with single spaces", () => {
    for (const term of english) expect(term, term).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
  });

  it("has each English term, and each automatic plural, in one entry only", () => {
    const forms = english.flatMap((term) => [term, englishPlural(term)].filter((form): form is string => form !== null));
    const repeated = forms.filter((form, i) => forms.indexOf(form) !== i);
    expect(repeated).toEqual([]);
  });

  it("has no stop word inside a term, here or in DOMAIN_SYNONYMS (Meilisearch drops them from synonym keys)", () => {
    const stop = new Set(ENGLISH_STOP_WORDS);
    const terms = [...english, ...DOMAIN_SYNONYMS.flat().map(normalizeSynonymTerm)];
    expect(terms.filter((term) => term.split(" ").some((word) => stop.has(word)))).toEqual([]);
  });

  it("leaves the terms of DOMAIN_SYNONYMS to their groups", () => {
    const grouped = new Set(DOMAIN_SYNONYMS.flat().map(normalizeSynonymTerm));
    expect(english.filter((term) => grouped.has(term))).toEqual([]);
  });

  it("uses Chinese words of 2–6 characters", () => {
    for (const term of chinese) {
      expect(term, term).toMatch(/\p{Script=Han}/u);
      expect(Array.from(normalizeSynonymTerm(term)).length, term).toBeGreaterThanOrEqual(2);
      expect(Array.from(term).length, term).toBeLessThanOrEqual(6);
    }
  });

  it("reaches the index settings: every English term finds its Chinese words, every Chinese word its English terms", () => {
    const lookup = synonymLookup(INDEX_SETTINGS[SCENARIO_INDEX]);
    for (const entry of BILINGUAL_GLOSSARY) {
      const covered = [...entry.zh, ...(entry.narrower ?? [])].map(normalizeSynonymTerm);
      for (const en of entry.en) expect(lookup.get(en), en).toEqual(expect.arrayContaining(covered));
      for (const zh of entry.zh) expect(lookup.get(normalizeSynonymTerm(zh)), zh).toEqual(expect.arrayContaining([...entry.en]));
    }
  });
});

/** The ids `q` finds, sorted, in an embedded index of `docs` with the glossary (and `settings` on top). */
async function searchWithGlossary(docs: SearchDocument[], settings: Partial<IndexSettings> = {}) {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex("glossary", { ...conformanceSettings, stopWords: [...ENGLISH_STOP_WORDS], oneWaySynonyms: GLOSSARY_SYNONYMS, ...settings });
  await engine.upsert("glossary", docs);
  return async (q: string) => (await engine.search("glossary", { q, pageSize: 50 })).hits.map((hit) => hit.id).sort();
}

/** Each query finds exactly the records named beside it, in an index of `docs`. */
async function expectEachFinds(docs: SearchDocument[], searches: [string, string[]][], settings: Partial<IndexSettings> = {}) {
  const found = await searchWithGlossary(docs, settings);
  for (const [q, ids] of searches) expect(await found(q), q).toEqual(ids);
}

describe("the glossary in a search (embedded engine)", () => {
  it("finds 实时 for real-time, real time and realtime (QA: \"real-time monitoring\" found nothing), and keeps UAV-based and Chinese queries", async () => {
    const found = await searchWithGlossary([
      { id: "r1", title: "港口设备实时监测平台", summary: "", tags: [] },
      { id: "r2", title: "Real-time berth monitoring", summary: "", tags: [] },
      { id: "r3", title: "环境监测", summary: "定期人工采样", tags: [] },
      { id: "r4", title: "无人机巡检", summary: "", tags: [] },
      { id: "r5", title: "实时调度", summary: "", tags: [] },
    ]);
    expect(await found("real-time monitoring")).toEqual(["r1", "r2"]);
    expect(await found("Real-Time Monitoring")).toEqual(["r1", "r2"]);
    expect(await found("realtime monitoring")).toEqual(["r1", "r2"]);
    expect(await found("real time monitoring")).toEqual(["r1", "r2"]);
    expect(await found("real-time")).toEqual(["r1", "r2", "r5"]);
    expect(await found("monitoring")).toEqual(["r1", "r2", "r3"]);
    expect(await found("UAV-based inspection")).toEqual(["r4"]);
    expect(await found("实时监测")).toEqual(["r1", "r2"]);
    expect(await found("实时")).toEqual(["r1", "r2", "r5"]);
  });

  it("finds a trade term and its short forms both ways (门座起重机 = 门机), with the index settings' synonyms, and their English", async () => {
    await expectEachFinds([
      { id: "portal", title: "门机远程操控与防碰撞系统", summary: "", tags: [] },
      { id: "portal-full", title: "门座起重机结构健康监测", summary: "", tags: [] },
      { id: "sts", title: "岸桥智能理货", summary: "", tags: [] },
      { id: "truck", title: "港口氢能重卡示范运营", summary: "", tags: [] },
      { id: "xc", title: "信创终端适配与国产化改造", summary: "", tags: [] },
      { id: "box", title: "集装箱箱号识别系统", summary: "", tags: [] },
    ], [
      ["门座起重机", ["portal", "portal-full"]],
      ["门机", ["portal", "portal-full"]],
      ["portal crane", ["portal", "portal-full"]],
      ["桥吊", ["sts"]],
      ["岸边集装箱起重机", ["sts"]],
      ["重型卡车", ["truck"]],
      ["信息技术应用创新", ["xc"]],
      ["xinchuang", ["xc"]],
      ["container number recognition", ["box"]],
    ], { synonyms: SCENARIO_INDEX_SETTINGS.synonyms });
  });

  it("finds variant spellings of one word and the English a QA review searched for, with the index settings' synonyms", async () => {
    const found = await searchWithGlossary([
      { id: "gas", title: "城市燃气管网泄漏监测", summary: "", tags: [] },
      { id: "data", title: "数据泄露防护", summary: "", tags: [] },
      { id: "berth", title: "散货码头皮带机巡检", summary: "", tags: [] },
      { id: "fire", title: "林区烟火识别", summary: "", tags: [] },
      { id: "carbon", title: "钢铁企业排放在线监测", summary: "", tags: [] },
    ], { synonyms: SCENARIO_INDEX_SETTINGS.synonyms });
    expect(await found("燃气泄露")).toEqual(["gas"]);
    expect(await found("泄漏")).toEqual(["data", "gas"]);
    expect(await found("wharf")).toEqual(["berth"]);
    expect(await found("quay inspection")).toEqual(["berth"]);
    expect(await found("smoke")).toEqual(["fire"]);
    // English a QA review searched for and found nothing with, each against the demo record it meant.
    await expectEachFinds([
      { id: "cage", title: "深远海养殖网箱自动投喂与网衣巡检", summary: "", tags: [] },
      { id: "blood", title: "城区医疗样本与血液无人机配送", summary: "", tags: [] },
      { id: "gate", title: "集装箱港区智能闸口与预约通行", summary: "", tags: [] },
      { id: "strip", title: "热轧带钢表面缺陷在线检测", summary: "", tags: [] },
      { id: "sts", title: "集装箱码头岸桥防摇与远程操控改造", summary: "", tags: [] },
      { id: "meter", title: "超声波远传智能水表", summary: "", tags: [] },
      { id: "ct", title: "胸部CT肺结节AI辅助诊断软件", summary: "", tags: [] },
      { id: "gas", title: "无线可燃有毒气体探测器", summary: "", tags: [] },
      { id: "furnace", title: "高炉炉况智能诊断", summary: "提升冶炼稳定性", tags: [] },
    ], [
      ["aquaculture", ["cage"]],
      ["blood delivery", ["blood"]],
      ["intelligent gate", ["gate"]],
      ["gate appointment", ["gate"]],
      ["steel surface defect", ["strip"]],
      ["anti-sway", ["sts"]],
      ["ship to shore crane", ["sts"]],
      ["water meter", ["meter"]],
      ["lung nodule", ["ct"]],
      ["lung", ["ct"]],
      ["chest CT", ["ct"]],
      ["gas detector", ["gas"]],
      ["blast furnace smelting", ["furnace"]],
    ]);
    // A second QA review: spelled-out English for drones and terms of the demo's materials and marine records.
    await expectEachFinds([
      { id: "uav", title: "无人机自主巡检成套系统", summary: "系统由自动机场、多旋翼无人驾驶航空器和云端调度软件组成", tags: [] },
      { id: "casting", title: "铝合金铸件射线底片缺陷自动判读", summary: "无损检测", tags: [] },
      { id: "coating", title: "海洋浪溅区长效重防腐涂层体系", summary: "", tags: [] },
      { id: "buoy", title: "海洋多参数在线监测浮标", summary: "", tags: [] },
    ], [
      ["unmanned aerial vehicle", ["uav"]],
      ["unmanned aircraft", ["uav"]],
      ["aircraft", ["uav"]],
      ["multi-rotor drone", ["uav"]],
      ["anti-corrosion", ["coating"]],
      ["coating", ["coating"]],
      ["buoy", ["buoy"]],
      ["casting", ["casting"]],
      ["non-destructive testing", ["casting"]],
    ], { synonyms: SCENARIO_INDEX_SETTINGS.synonyms });
    // A third review: more terms of the demo's records, each against the record it meant.
    await expectEachFinds([
      { id: "portal", title: "石臼港区门座起重机无人机自主巡检", summary: "", tags: [] },
      { id: "fender", title: "超高分子量聚乙烯复合护舷", summary: "", tags: [] },
      { id: "dust", title: "散货港区扬尘网格化监测与智能抑尘系统", summary: "", tags: [] },
      { id: "pile", title: "码头钢管桩腐蚀检测", summary: "", tags: [] },
      { id: "rolling", title: "热轧带钢表面缺陷在线检测", summary: "", tags: [] },
      { id: "fishing", title: "休渔期非法捕捞智能监管", summary: "", tags: [] },
      { id: "building", title: "违法建设卫星遥感巡查", summary: "", tags: [] },
      { id: "finance", title: "国企财务共享智能审单机器人", summary: "", tags: [] },
      { id: "xray", title: "铝合金铸件射线底片缺陷自动判读", summary: "", tags: [] },
      { id: "flight", title: "海滨低空观光飞行服务", summary: "", tags: [] },
      { id: "flow", title: "旅游客流大数据监测与预测平台", summary: "", tags: [] },
      { id: "ticket", title: "景区智慧票务系统", summary: "", tags: [] },
      { id: "legged", title: "防爆四足巡检机器人", summary: "", tags: [] },
      { id: "grid", title: "储能系统与微电网能量管理系统", summary: "", tags: [] },
      { id: "5g", title: "港区5G专网与无人集卡车路协同通信", summary: "", tags: [] },
      { id: "etruck", title: "港口电动集卡换电站成套装备", summary: "", tags: [] },
      { id: "loader", title: "散货码头装船机自动化改造", summary: "", tags: [] },
      { id: "panel", title: "光伏组件清洗机器人", summary: "", tags: [] },
      { id: "drown", title: "水库防溺水智能预警", summary: "", tags: [] },
    ], [
      ["portal crane", ["portal"]],
      ["fender", ["fender"]],
      ["dust suppression", ["dust"]],
      ["steel pile", ["pile"]],
      ["hot rolling", ["rolling"]],
      ["illegal fishing", ["fishing"]],
      ["illegal construction", ["building"]],
      ["finance sharing", ["finance"]],
      ["radiographic", ["xray"]],
      ["sightseeing flight", ["flight"]],
      ["tourist flow", ["flow"]],
      ["ticketing", ["ticket"]],
      ["quadruped robot", ["legged"]],
      ["microgrid", ["grid"]],
      ["private network", ["5g"]],
      ["electric truck", ["etruck"]],
      ["ship loader", ["loader"]],
      ["solar panel", ["panel"]],
      ["drowning", ["drown"]],
    ]);
    // Chinese recognises smoke where English detects it (a QA review: "smoke detection" found nothing).
    expect(await found("smoke detection")).toEqual(["fire"]);
    expect(await found("smoke and fire detection")).toEqual(["fire"]);
    expect(await found("emissions")).toEqual(["carbon"]);
  });
});
