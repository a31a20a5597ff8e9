/**
 * The behaviour every `SearchEngine` must show, written once and run against each engine by
 * search-engine.conformance.test.ts. Each test uses its own index name, so a shared Meilisearch
 * server can run it; indexes are dropped afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndexSettings, SearchDocument, SearchEngine, SearchQuery } from "./search-engine";

export type EngineFactory = () => Promise<SearchEngine> | SearchEngine;

export const conformanceSettings: IndexSettings = {
  searchable: [{ field: "title", weight: 3 }, { field: "summary", weight: 1 }],
  filterable: { category: "keyword", district: "keyword", tags: "keyword[]", budget: "number", open: "boolean" },
  sortable: ["budget"],
  synonyms: [["无人机", "UAV", "无人驾驶航空器"], ["AI", "人工智能"]],
  dictionary: ["首台套", "低空经济", "无人机", "数字孪生"],
};

export const conformanceDocs: SearchDocument[] = [
  { id: "s1", title: "无人机自动机场巡检", summary: "低空经济场景:电力线路 UAV inspection", category: "LOW_ALTITUDE", district: "东港区", tags: ["无人机", "巡检"], budget: 300, open: true },
  { id: "s2", title: "集装箱码头智能理货", summary: "港口 AI 视觉识别 container terminal", category: "PORT_LOGISTICS", district: "岚山区", tags: ["港口", "人工智能"], budget: 800, open: true },
  { id: "s3", title: "输电线路无人机巡检服务", summary: "首台套 无人驾驶航空器 grid inspection", category: "LOW_ALTITUDE", district: "东港区", tags: ["无人机"], budget: 150, open: false },
  { id: "s4", title: "海洋牧场数字孪生平台", summary: "marine ranch digital twin", category: "MARINE", district: "岚山区", tags: ["数字孪生"], budget: 500, open: true },
  { id: "s5", title: "医院智能导诊机器人", summary: "人工智能导诊 hospital robot", category: "HEALTH", district: "五莲县", tags: [], open: true },
  { id: "s6", title: "港口装箱单据电子化", summary: "单据 OCR paperless", category: "PORT_LOGISTICS", district: "东港区", tags: ["港口"], budget: 120, open: true },
  { id: "s7", title: "UAV 物流配送航线", summary: "low altitude delivery 低空经济", category: "LOW_ALTITUDE", district: "莒县", tags: ["无人机", "物流"], budget: 1000, open: true },
];

let counter = 0;
function uniqueIndexName() {
  counter += 1;
  return `conformance_${Date.now().toString(36)}_${process.pid}_${counter}`;
}

function ids(result: { hits: { id: string }[] }) {
  return result.hits.map((hit) => hit.id).sort();
}

export function runSearchEngineConformance(createEngine: EngineFactory) {
  let engine: SearchEngine;
  const created: string[] = [];

  async function freshIndex(docs: SearchDocument[] = conformanceDocs, settings: IndexSettings = conformanceSettings) {
    const name = uniqueIndexName();
    created.push(name);
    await engine.ensureIndex(name, settings);
    await engine.upsert(name, docs);
    return name;
  }

  let shared: string;
  beforeAll(async () => {
    engine = await createEngine();
    shared = await freshIndex();
  });
  afterAll(async () => {
    for (const name of created) await engine.dropIndex(name);
  });

  describe("Chinese, English and mixed queries", () => {
    it.each([
      ["无人机", ["s1", "s3", "s7"]],
      ["集装箱", ["s2"]],
      ["巡检", ["s1", "s3"]],
      ["自动机场", ["s1"]],
      ["inspection", ["s1", "s3"]],
      ["CONTAINER", ["s2"]],
      ["无人机 inspection", ["s1", "s3"]],
      ["首台套", ["s3"]],
      ["低空经济", ["s1", "s7"]],
      ["UAV", ["s1", "s3", "s7"]],
      ["AI", ["s2", "s5"]],
      ["人工智能", ["s2", "s5"]],
      ["区块链", []],
      // English possessives are the word itself (the lone "s" would otherwise be a word to find).
      ["UAV's", ["s1", "s3", "s7"]],
      ["hospital’s robot", ["s5"]],
      // A hyphenated compound's modifier half ("-based", "-powered") asks for nothing; its other halves are words.
      ["UAV-based", ["s1", "s3", "s7"]],
      ["AI-powered", ["s2", "s5"]],
      ["grid-inspection", ["s3"]],
    ])("%s finds %j", async (q, expected) => {
      const result = await engine.search(shared, { q, pageSize: 50 });
      expect(ids(result)).toEqual(expected);
      expect(result.total).toBe(expected.length);
    });

    // Meilisearch's query operators (≥ 1.8), read alike by the embedded engine (query-syntax.ts): a minus at the
    // start of a word leaves out the records containing it, quotes ask for the words next to each other in one
    // field value (one tag, not two).
    it.each([
      ["无人机 -巡检", ["s7"]],
      ["-巡检", ["s2", "s4", "s5", "s6", "s7"]],
      ["UAV -inspection", ["s7"]],
      // A word after a minus leaves out what the word finds: its synonyms too (-UAV leaves out 无人机, 无人驾驶航空器).
      ["-UAV", ["s2", "s4", "s5", "s6"]],
      ["港口 -人工智能", ["s6"]],
      ['无人机 -"自动机场"', ["s3", "s7"]],
      ['"无人机巡检"', ["s3"]],
      // Chinese input methods type curly quotes, and full-width forms are the same operators.
      ["“无人机巡检”", ["s3"]],
      // Corner brackets are Traditional Chinese quotation marks (a Hong Kong or Taiwan input method types them).
      ["「无人机巡检」", ["s3"]],
      ["无人机 -『自动机场』", ["s3", "s7"]],
      ["无人机 －巡检", ["s7"]],
      ['"grid inspection"', ["s3"]],
      ['"inspection grid"', []],
      ['"低空经济" UAV', ["s1", "s7"]],
      // A hyphen inside a word, or a dash standing alone, is no operator.
      ["无人机-巡检", ["s1", "s3"]],
      ["无人机 - 巡检", ["s1", "s3"]],
    ])("%s (phrase and minus operators) finds %j", async (q, expected) => {
      const result = await engine.search(shared, { q, pageSize: 50 });
      expect(ids(result)).toEqual(expected);
      expect(result.total).toBe(expected.length);
    });

    it("keeps excluded words out of the facet counts and the highlights", async () => {
      const result = await engine.search(shared, { q: "无人机 -输电", pageSize: 50, facets: ["district"], highlight: ["title"] });
      expect(ids(result)).toEqual(["s1", "s7"]);
      expect(result.facets.district).toEqual({ 东港区: 1, 莒县: 1 });
      expect(result.hits.find((hit) => hit.id === "s1")?.highlights.title).toContain("<mark>无人机</mark>");
    });

    it("applies phrases and excluded words to an any-word query too", async () => {
      const result = await engine.search(shared, { q: "集装箱 无人机 -巡检", matching: "any", pageSize: 50 });
      expect(ids(result)).toEqual(["s2", "s7"]);
    });

    it("follows one-way synonyms only in their direction (the bilingual glossary)", async () => {
      const name = uniqueIndexName();
      created.push(name);
      await engine.ensureIndex(name, {
        ...conformanceSettings,
        oneWaySynonyms: {
          port: ["港口", "码头"],
          港口: ["port"],
          码头: ["port"],
          "cold chain": ["冷链"],
          冷链: ["cold chain"],
          "real time": ["实时", "realtime"],
          realtime: ["实时", "real time"],
          实时: ["real time", "realtime"],
        },
      });
      await engine.upsert(name, [
        { id: "p1", title: "港口理货", summary: "", tags: [] },
        { id: "p2", title: "码头岸电", summary: "", tags: [] },
        { id: "p3", title: "Port community system", summary: "", tags: [] },
        { id: "p4", title: "冷链仓储温控", summary: "", tags: [] },
        { id: "p5", title: "Cold chain monitoring", summary: "", tags: [] },
        { id: "p6", title: "实时监测平台", summary: "", tags: [] },
      ]);
      const sortedIds = async (q: string) => ids(await engine.search(name, { q, pageSize: 50 })).sort();
      expect(await sortedIds("port")).toEqual(["p1", "p2", "p3"]);
      // 港口 finds the English record, but not 码头: two Chinese words sharing a translation are not synonyms.
      expect(await sortedIds("港口")).toEqual(["p1", "p3"]);
      expect(await sortedIds("cold chain")).toEqual(["p4", "p5"]);
      expect(await sortedIds("冷链")).toEqual(["p4", "p5"]);
      // A phrase key written with a hyphen is the phrase: "real-time" is "real time", not "real" and "time" apart.
      expect(await sortedIds("cold-chain")).toEqual(["p4", "p5"]);
      expect(await sortedIds("real-time")).toEqual(["p6"]);
      expect(await sortedIds("realtime")).toEqual(["p6"]);
      expect(await sortedIds("实时")).toEqual(["p6"]);
    });

    it("finds the words of a Chinese query written together also apart, and ranks them together first", async () => {
      const name = uniqueIndexName();
      created.push(name);
      await engine.ensureIndex(name, { ...conformanceSettings, oneWaySynonyms: { port: ["港口"], 港口: ["port"] } });
      await engine.upsert(name, [
        { id: "c1", title: "港口作业智能调度平台", summary: "", tags: [] },
        { id: "c2", title: "港口调度中心", summary: "", tags: [] },
        { id: "c3", title: "港口安全管理", summary: "", tags: [] },
        { id: "c4", title: "Port 调度系统", summary: "", tags: [] },
      ]);
      const result = await engine.search(name, { q: "港口调度", pageSize: 50 });
      // 港口 inside the longer query still reaches its English synonym; the record with the words as typed leads.
      expect(ids(result)).toEqual(["c1", "c2", "c4"]);
      expect(result.hits[0]?.id).toBe("c2");
      expect(ids(await engine.search(name, { q: "港口和调度" }))).toEqual(["c1", "c2", "c4"]);
    });

    it("finds the words starting with a one-character Chinese query, and marks the character", async () => {
      // Meilisearch reads a query's last word as a prefix (港 → 港口); the embedded engine finds the character in
      // any two-character piece (港口, and also 香港, which Meilisearch would not: not asserted here).
      const result = await engine.search(shared, { q: "港", pageSize: 50, highlight: ["title"] });
      expect(ids(result)).toEqual(expect.arrayContaining(["s2", "s6"]));
      expect(ids(result)).not.toContain("s1");
      expect(result.hits.find((hit) => hit.id === "s6")?.highlights.title).toContain("<mark>港</mark>");
      // The longer word keeps finding only itself.
      expect(ids(await engine.search(shared, { q: "港口", pageSize: 50 }))).toEqual(["s2", "s6"]);
    });

    it("ignores stop words in a query, and finds a phrase synonym written without them across them", async () => {
      const name = uniqueIndexName();
      created.push(name);
      await engine.ensureIndex(name, { ...conformanceSettings, stopWords: ["of", "the", "for"], oneWaySynonyms: { "internet things": ["物联网"] } });
      await engine.upsert(name, [
        { id: "w1", title: "Inspection robots", summary: "cranes and conveyors", tags: [] },
        { id: "w2", title: "Parking guidance", summary: "", tags: [] },
        { id: "w3", title: "港区物联网平台", summary: "", tags: [] },
      ]);
      expect(ids(await engine.search(name, { q: "the internet of things" }))).toEqual(["w3"]);
      expect(ids(await engine.search(name, { q: "inspection of the cranes" }))).toEqual(["w1"]);
      expect(ids(await engine.search(name, { q: "The parking" }))).toEqual(["w2"]);
      // Nothing but stop words: no words at all, i.e. every document, on both engines.
      expect((await engine.search(name, { q: "of the", pageSize: 50 })).total).toBe(3);
    });

    it("ranks a title match above a summary-only match", async () => {
      const result = await engine.search(shared, { q: "无人驾驶航空器" });
      // s3 mentions 无人驾驶航空器 itself; s1 and s7 only through the synonym
      expect(result.hits.map((hit) => hit.id)).toContain("s3");
      const scores = result.hits.map((hit) => hit.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it("any-word matching returns documents with at least one word, all-word matching only those with every word", async () => {
      expect((await engine.search(shared, { q: "集装箱 数字孪生" })).total).toBe(0);
      expect(ids(await engine.search(shared, { q: "集装箱 数字孪生", matching: "any" }))).toEqual(["s2", "s4"]);
    });

    it.each(["'; DROP TABLE scenarios; --", "<script>alert(1)</script>", "😀🚁", "无".repeat(10_000), "   ", "\u0000\u202e"])(
      "survives hostile query %#",
      async (q) => {
        const result = await engine.search(shared, { q, pageSize: 5 });
        expect(result.hits.length).toBeLessThanOrEqual(5);
      },
    );
  });

  describe("filters", () => {
    it.each([
      ["eq", { field: "category", eq: "LOW_ALTITUDE" }, ["s1", "s3", "s7"]],
      ["in", { field: "district", in: ["东港区", "莒县"] }, ["s1", "s3", "s6", "s7"]],
      ["range", { field: "budget", range: { gte: 300, lte: 800 } }, ["s2", "s4", "s1"].sort()],
      ["open range", { field: "budget", range: { gte: 800 } }, ["s2", "s7"]],
      ["boolean", { field: "open", eq: false }, ["s3"]],
      ["array eq", { field: "tags", eq: "港口" }, ["s2", "s6"]],
      ["array in", { field: "tags", in: ["数字孪生", "物流"] }, ["s4", "s7"]],
      ["exists", { field: "budget", exists: true }, ["s1", "s2", "s3", "s4", "s6", "s7"]],
      ["not exists", { not: { field: "budget", exists: true } }, ["s5"]],
      ["and + not", { and: [{ field: "category", eq: "LOW_ALTITUDE" }, { not: { field: "open", eq: false } }] }, ["s1", "s7"]],
      ["or", { or: [{ field: "category", eq: "MARINE" }, { field: "category", eq: "HEALTH" }] }, ["s4", "s5"]],
      ["empty in", { field: "district", in: [] }, []],
    ] as const)("%s", async (_name, filter, expected) => {
      const result = await engine.search(shared, { filter: filter as never, pageSize: 50 });
      expect(ids(result)).toEqual([...expected]);
      expect(await engine.count(shared, filter as never)).toBe(expected.length);
    });

    it("combines a filter with the query", async () => {
      expect(ids(await engine.search(shared, { q: "无人机", filter: { field: "open", eq: true } }))).toEqual(["s1", "s7"]);
    });

    it("rejects a filter on a field that is not filterable", async () => {
      await expect(engine.search(shared, { filter: { field: "title", eq: "x" } })).rejects.toThrow();
    });
  });

  describe("facets", () => {
    it("counts values over the documents matching the query and the filter", async () => {
      const byQuery = await engine.search(shared, { q: "无人机", facets: ["category", "district"] });
      expect(byQuery.facets.category).toEqual({ LOW_ALTITUDE: 3 });
      expect(byQuery.facets.district).toEqual({ 东港区: 2, 莒县: 1 });
      const filtered = await engine.search(shared, { q: "无人机", filter: { field: "open", eq: true }, facets: ["district"] });
      expect(filtered.facets.district).toEqual({ 东港区: 1, 莒县: 1 });
    });

    it("counts each value of an array field once per document", async () => {
      const result = await engine.search(shared, { facets: ["tags", "open"] });
      expect(result.facets.tags).toEqual({ 无人机: 3, 巡检: 1, 港口: 2, 人工智能: 1, 数字孪生: 1, 物流: 1 });
      expect(result.facets.open).toEqual({ true: 6, false: 1 });
    });
  });

  describe("sorting and pagination", () => {
    const byBudget: SearchQuery = { filter: { field: "budget", exists: true }, sort: [{ field: "budget", direction: "asc" }] };

    it("sorts ascending and descending", async () => {
      const asc = await engine.search(shared, { ...byBudget, pageSize: 50 });
      expect(asc.hits.map((hit) => hit.id)).toEqual(["s6", "s3", "s1", "s4", "s2", "s7"]);
      const desc = await engine.search(shared, { ...byBudget, sort: [{ field: "budget", direction: "desc" }], pageSize: 50 });
      expect(desc.hits.map((hit) => hit.id)).toEqual(["s7", "s2", "s4", "s1", "s3", "s6"]);
    });

    /** A fresh index with a 0/1 number "live" beside "budget", both sortable: the shape of /scenarios' open-first orders. */
    async function liveIndex(): Promise<string> {
      const name = uniqueIndexName();
      created.push(name);
      await engine.ensureIndex(name, { ...conformanceSettings, filterable: { ...conformanceSettings.filterable, live: "number" }, sortable: ["live", "budget"] });
      return name;
    }

    it("sorts by several fields, the first deciding and the next breaking its ties", async () => {
      // The shape of the deadline sort of /scenarios: open ones first (a 0/1 number), then by a date.
      const name = await liveIndex();
      await engine.upsert(name, [
        { id: "o1", title: "甲", summary: "", tags: [], live: 1, budget: 300 },
        { id: "f1", title: "乙", summary: "", tags: [], live: 0, budget: 100 },
        { id: "o2", title: "丙", summary: "", tags: [], live: 1, budget: 200 },
        { id: "f2", title: "丁", summary: "", tags: [], live: 0, budget: 50 },
      ]);
      const result = await engine.search(name, { sort: [{ field: "live", direction: "desc" }, { field: "budget", direction: "asc" }], pageSize: 50 });
      expect(result.hits.map((hit) => hit.id)).toEqual(["o2", "o1", "f2", "f1"]);
    });

    it("with a query, lets the sort decide and ranks by relevance within equal sort values", async () => {
      // The default order of /scenarios: those taking bids first (a 0/1 number), the most relevant first in each group.
      const name = await liveIndex();
      await engine.upsert(name, [
        // The ended ones say 巡检 in their titles, the open ones only in their summaries: by relevance alone they lead.
        { id: "ended1", title: "无人机巡检", summary: "", tags: [], live: 0, budget: 100 },
        { id: "open1", title: "港口设备维护", summary: "无人机巡检", tags: [], live: 1, budget: 150 },
        { id: "ended2", title: "巡检平台", summary: "码头", tags: [], live: 0, budget: 200 },
        { id: "open2", title: "码头机器人", summary: "巡检", tags: [], live: 1, budget: 300 },
        { id: "other", title: "海洋牧场", summary: "", tags: [], live: 1, budget: 100 },
      ]);
      const relevance = (await engine.search(name, { q: "巡检", pageSize: 50 })).hits.map((hit) => hit.id);
      expect(relevance.slice(0, 2).sort()).toEqual(["ended1", "ended2"]);
      const grouped = (await engine.search(name, { q: "巡检", sort: [{ field: "live", direction: "desc" }], pageSize: 50 })).hits.map((hit) => hit.id);
      // Open ones first, then the ended ones, each group in its relevance order.
      const inRelevanceOrder = (ids: string[]) => relevance.filter((id) => ids.includes(id));
      expect(grouped).toEqual([...inRelevanceOrder(["open1", "open2"]), ...inRelevanceOrder(["ended1", "ended2"])]);
      // Paged the same way: no hit repeated or lost across pages.
      const pages = await Promise.all([1, 2, 3].map((page) => engine.search(name, { q: "巡检", sort: [{ field: "live", direction: "desc" }], page, pageSize: 2 })));
      expect(pages.flatMap((page) => page.hits.map((hit) => hit.id))).toEqual(grouped);
      // An explicit sort on a field with distinct values is the whole order, whatever the relevance.
      const byBudget = await engine.search(name, { q: "巡检", sort: [{ field: "budget", direction: "desc" }], pageSize: 50 });
      expect(byBudget.hits.map((hit) => hit.id)).toEqual(["open2", "ended2", "open1", "ended1"]);
    });

    it("pages through the results with a stable total", async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => engine.search(shared, { ...byBudget, page, pageSize: 2 })));
      expect(pages.map((result) => result.hits.map((hit) => hit.id))).toEqual([["s6", "s3"], ["s1", "s4"], ["s2", "s7"], []]);
      expect(pages.map((result) => result.total)).toEqual([6, 6, 6, 6]);
      expect(pages[1]).toMatchObject({ page: 2, pageSize: 2 });
    });

    it("pages through relevance-ordered results without repeating or losing a hit", async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => engine.search(shared, { q: "无人机", page, pageSize: 1 })));
      expect(pages.flatMap((result) => result.hits.map((hit) => hit.id)).sort()).toEqual(["s1", "s3", "s7"]);
      expect(pages.map((result) => result.total)).toEqual([3, 3, 3, 3]);
    });

    it("gives the same hits when the caller waives the exact total (exactTotal: false), with a total of at least the hits", async () => {
      for (const query of [
        { q: "无人机 港口 巡检 数字孪生 集装箱", matching: "any" as const, pageSize: 2 },
        { q: "无人机 港口 巡检", matching: "any" as const, page: 2, pageSize: 1, filter: { field: "category", eq: "LOW_ALTITUDE" } },
      ]) {
        const exact = await engine.search(shared, query);
        const waived = await engine.search(shared, { ...query, exactTotal: false });
        expect(waived.hits.map((hit) => hit.id)).toEqual(exact.hits.map((hit) => hit.id));
        expect(waived.total).toBeGreaterThanOrEqual(waived.hits.length);
        expect(waived.total).toBeLessThanOrEqual(exact.total);
      }
    });

    it("answers a page size of 0 with counts only: no hits, the total and the facet counts", async () => {
      const counted = await engine.search(shared, { q: "无人机", pageSize: 0, facets: ["category"] });
      const listed = await engine.search(shared, { q: "无人机", pageSize: 50, facets: ["category"] });
      expect(counted.hits).toEqual([]);
      expect(counted.total).toBe(listed.total);
      expect(counted.facets).toEqual(listed.facets);
      const anyWords = await engine.search(shared, { q: "无人机 港口", matching: "any", pageSize: 0 });
      expect(anyWords.hits).toEqual([]);
      expect(anyWords.total).toBe((await engine.search(shared, { q: "无人机 港口", matching: "any", pageSize: 50 })).total);
    });

    it("rejects a negative or fractional page size", async () => {
      await expect(engine.search(shared, { pageSize: -1 })).rejects.toThrow();
      await expect(engine.search(shared, { pageSize: 1.5 })).rejects.toThrow();
    });
  });

  describe("highlighting", () => {
    it("marks the matched words", async () => {
      const result = await engine.search(shared, { q: "无人机", filter: { field: "category", eq: "LOW_ALTITUDE" }, highlight: ["title"], pageSize: 50 });
      const s1 = result.hits.find((hit) => hit.id === "s1");
      expect(s1?.highlights.title).toBe("<mark>无人机</mark>自动机场巡检");
      const s7 = result.hits.find((hit) => hit.id === "s7");
      expect(s7?.highlights.title).toBe("<mark>UAV</mark> 物流配送航线");
    });

    it("reads a query in Traditional Chinese as Simplified, and marks the Simplified words", async () => {
      // The records are Simplified; 無人機 is how a reader from Hong Kong or Taiwan types 无人机.
      const traditional = await engine.search(shared, { q: "無人機", filter: { field: "category", eq: "LOW_ALTITUDE" }, highlight: ["title"], pageSize: 50 });
      expect(ids(traditional)).toEqual(ids(await engine.search(shared, { q: "无人机", filter: { field: "category", eq: "LOW_ALTITUDE" }, pageSize: 50 })));
      expect(traditional.hits.find((hit) => hit.id === "s1")?.highlights.title).toBe("<mark>无人机</mark>自动机场巡检");
      expect(ids(traditional).length).toBeGreaterThan(0);
    });

    it("escapes the document's own HTML", async () => {
      const index = await freshIndex([{ id: "x1", title: "<script>alert(1)</script> 无人机 & 巡检", summary: "", tags: [] }]);
      const [hit] = (await engine.search(index, { q: "巡检", highlight: ["title"] })).hits;
      expect(hit?.highlights.title).not.toContain("<script");
      expect(hit?.highlights.title).toContain("&lt;script");
      expect(hit?.highlights.title).toContain("<mark>巡检</mark>");
    });

    it("highlights an array field element by element: one HTML string an element, in the document's order", async () => {
      // Tags searchable here, as in the app's indexes, so both engines match and mark them.
      const index = await freshIndex(
        [...conformanceDocs, { id: "x2", title: "堆场 & 巡检", summary: "", tags: ["<b>巡检</b>", "港口"] }],
        { ...conformanceSettings, searchable: [...conformanceSettings.searchable, { field: "tags" }] },
      );
      const result = await engine.search(index, { q: "巡检", highlight: ["title", "tags"], pageSize: 50 });
      const highlights = Object.fromEntries(result.hits.map((hit) => [hit.id, hit.highlights]));
      // A text field stays one string; each element of the array is its own, escaped, marked where it matched.
      expect(highlights.s1).toEqual({ title: "无人机自动机场<mark>巡检</mark>", tags: ["无人机", "<mark>巡检</mark>"] });
      expect(highlights.s3?.tags).toEqual(["无人机"]);
      expect(highlights.x2).toEqual({ title: "堆场 &amp; <mark>巡检</mark>", tags: ["&lt;b&gt;<mark>巡检</mark>&lt;/b&gt;", "港口"] });
      // An empty array stays an empty array.
      const [empty] = (await engine.search(index, { q: "导诊", highlight: ["tags"] })).hits;
      expect(empty?.id).toBe("s5");
      expect(empty?.highlights.tags).toEqual([]);
    });
  });

  describe("writes", () => {
    it("upsert replaces a document and get returns the new version", async () => {
      const index = await freshIndex();
      await engine.upsert(index, [{ ...conformanceDocs[0]!, title: "无人机 新版本", budget: 999 }]);
      expect(await engine.get(index, "s1")).toMatchObject({ title: "无人机 新版本", budget: 999 });
      expect((await engine.search(index, { q: "自动机场" })).total).toBe(0);
      expect(ids(await engine.search(index, { q: "新版本" }))).toEqual(["s1"]);
      expect(await engine.count(index)).toBe(conformanceDocs.length);
    });

    it("delete removes a document from results, facets and counts", async () => {
      const index = await freshIndex();
      await engine.delete(index, ["s2", "missing"]);
      expect(await engine.get(index, "s2")).toBeNull();
      expect((await engine.search(index, { q: "集装箱" })).total).toBe(0);
      expect((await engine.search(index, { facets: ["category"] })).facets.category?.PORT_LOGISTICS).toBe(1);
      expect(await engine.count(index)).toBe(conformanceDocs.length - 1);
      expect(await engine.count(index, { not: { field: "open", eq: false } })).toBe(conformanceDocs.length - 2);
    });

    it("lists every document it holds with only the fields asked for, after writes and deletes", async () => {
      const index = await freshIndex();
      const listedIds = async () => (await engine.listDocuments(index, [])).map((doc) => doc.id).sort();
      expect(await listedIds()).toEqual(conformanceDocs.map((doc) => doc.id).sort());
      await engine.delete(index, ["s2"]);
      await engine.upsert(index, [{ ...conformanceDocs[0]!, id: "s-new", stamp: "v2" }]);
      const expected = [...conformanceDocs.map((doc) => doc.id).filter((id) => id !== "s2"), "s-new"].sort();
      expect(await listedIds()).toEqual(expected);
      // A field that is neither searchable nor filterable is still stored and listed; a document without it lists its id alone.
      const stamped = await engine.listDocuments(index, ["stamp"]);
      expect(stamped.find((doc) => doc.id === "s-new")).toEqual({ id: "s-new", stamp: "v2" });
      expect(stamped.find((doc) => doc.id === conformanceDocs[0]!.id)).toEqual({ id: conformanceDocs[0]!.id });
    });

    it("ensureIndex with changed settings keeps the documents and applies the new settings", async () => {
      const name = uniqueIndexName();
      created.push(name);
      await engine.ensureIndex(name, { ...conformanceSettings, synonyms: [] });
      await engine.upsert(name, conformanceDocs);
      expect(ids(await engine.search(name, { q: "UAV" }))).toEqual(["s1", "s7"]);
      await engine.ensureIndex(name, conformanceSettings);
      expect(ids(await engine.search(name, { q: "UAV" }))).toEqual(["s1", "s3", "s7"]);
      expect(await engine.count(name)).toBe(conformanceDocs.length);
    });

    it("rebuild keeps the old index readable until it swaps in the new one", async () => {
      const index = await freshIndex();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const halfway = new Promise<void>((resolve) => (started = resolve));
      async function* newDocs() {
        yield { ...conformanceDocs[3]!, id: "n1", title: "新建 集装箱 堆场" };
        started();
        await gate;
        yield { ...conformanceDocs[3]!, id: "n2", title: "新建 海洋 平台" };
      }
      const rebuilding = engine.rebuild(index, conformanceSettings, newDocs());
      await halfway;
      expect(await engine.count(index)).toBe(conformanceDocs.length);
      expect(ids(await engine.search(index, { q: "集装箱" }))).toEqual(["s2"]);
      release();
      await rebuilding;
      expect(await engine.count(index)).toBe(2);
      expect(ids(await engine.search(index, { q: "集装箱" }))).toEqual(["n1"]);
      expect(await engine.get(index, "s2")).toBeNull();
    });
  });

  it("multiSearch answers each query in order", async () => {
    const [first, second] = await engine.multiSearch([
      { index: shared, q: "集装箱" },
      { index: shared, filter: { field: "category", eq: "MARINE" } },
    ]);
    expect(ids(first!)).toEqual(["s2"]);
    expect(ids(second!)).toEqual(["s4"]);
  });

  it("health reports the engine as up with its document counts", async () => {
    const health = await engine.health();
    expect(health.ok).toBe(true);
    expect(health.indexes[shared]).toBe(conformanceDocs.length);
  });
}
