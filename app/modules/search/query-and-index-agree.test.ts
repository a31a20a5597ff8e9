// The search box and the index read text alike (normalizeText, tokenizeForIndex, parseQuery): a record's own text,
// pasted into the box, finds it (a review: taking zero-width characters out of the query only, while the index read
// them as word breaks, lost Persian words with their zero-width non-joiner and a description pasted with a zero-width
// space inside 无人机); and a word written another way — with invisible characters, with diacritics, hyphenated or
// not — finds the record that writes it the usual way, and the other way round, with the word marked.
import { describe, expect, it } from "vitest";
import { cleanQuery, filtersNamedInQuery, parseBrowseState, trustedHighlight } from "./browse";
import { segmentChinese } from "./chinese-words.server";
import { scenarioSearchDoc, type ScenarioDocRow } from "./documents.server";
import { createEmbeddedSearchEngine, highlightText } from "./embedded-engine.server";
import { SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS } from "./indexes";
import type { IndexSettings } from "./search-engine";
import { parseQuery, tokenizeForIndex } from "./tokenizer";

const settings: IndexSettings = { searchable: [{ field: "title", weight: 1 }], filterable: {}, sortable: [] };

async function search(title: string, typed: string) {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex("records", settings);
  await engine.upsert("records", [{ id: "record", title }, { id: "other", title: "港口 vessel e d" }]);
  return (await engine.search("records", { q: cleanQuery(typed), highlight: ["title"] })).hits;
}

async function foundByItsOwnText(title: string): Promise<string[]> {
  return (await search(title, title)).map((hit) => hit.id);
}

describe("a record's text pasted into the search box", () => {
  for (const [what, text] of [
    ["Persian with its zero-width non-joiner", "سامانه\u200Cهای پایش شهری"],
    ["a soft-hyphenated English word", "dro\u00ADne inspection"],
    ["a Chinese word with a zero-width space inside", "无\u200B人机巡检"],
    ["text with direction marks and a BOM", "\uFEFF\u200E港口巡检\u200F"],
  ] as const) {
    it(`finds it: ${what}`, async () => {
      expect(await foundByItsOwnText(text)).toEqual(["record"]);
    });
  }
});

describe("a word written another way finds the record, and is marked in it", () => {
  for (const [what, title, typed, marked] of [
    ["a zero-width space typed inside the query's word", "无人机巡检", "无\u200B人机", "<mark>无人机</mark>巡检"],
    ["a soft hyphen inside the record's word", "dro\u00ADne inspection", "drone", "<mark>dro\u00ADne</mark> inspection"],
    ["a diacritic in the query", "drone inspection", "Drône", "<mark>drone</mark> inspection"],
    ["a diacritic in the record", "Drône d'inspection", "drone", "<mark>Drône</mark> d'inspection"],
    ["a diacritic written as a combining mark", "Dro\u0302ne d'inspection", "drone", "<mark>Dro\u0302ne</mark> d'inspection"],
    ["capitals with diacritics", "ZÜRICH airport", "zurich", "<mark>ZÜRICH</mark> airport"],
    ["a hyphenated query for a compound written as one word", "eVTOL 起降场", "e-VTOL", "<mark>eVTOL</mark> 起降场"],
    ["a compound written as one word for a hyphenated record", "e-VTOL 起降场", "eVTOL", "<mark>e-VTOL</mark> 起降场"],
    ["a hyphenated query for the same hyphenated record", "NB-IoT 水表", "NB-IoT", "<mark>NB-IoT</mark> 水表"],
    ["a compound of a number and a letter", "5G-A 基站", "5GA", "<mark>5G-A</mark> 基站"],
  ] as const) {
    it(what, async () => {
      const hits = await search(title, typed);
      expect(hits.map((hit) => hit.id)).toEqual(["record"]);
      expect(hits[0]!.highlights.title).toBe(marked.replace("'", "&#39;"));
    });
  }

  it("a hyphen between numbers makes no word of them (a date is no compound)", async () => {
    expect((await search("交付 2027-09", "202709")).map((hit) => hit.id)).toEqual([]);
  });

  it("marks on other scripts stay: が is not か", async () => {
    expect((await search("ががく", "かかく")).map((hit) => hit.id)).toEqual([]);
  });
});

// Found by a code review of the first version of this (2026-12-08).
async function engineWith(titles: Record<string, string>) {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex("records", settings);
  await engine.upsert("records", Object.entries(titles).map(([id, title]) => ({ id, title })));
  return async (q: string) => (await engine.search("records", { q, highlight: ["title"] })).hits.map((hit) => [hit.id, hit.highlights.title]);
}

describe("a record pasted with a format character keeps its marks on the results page", () => {
  const NOW = Date.UTC(2026, 11, 1);
  const row: ScenarioDocRow = {
    id: "pasted",
    title: "无\u200B人机巡检",
    summary: "",
    description: "",
    tags: [],
    industryChain: [],
    district: "DONGGANG",
    mode: "OPEN_CALL",
    status: "PUBLISHED",
    expectedFirstUnitTypes: [],
    budgetMin: 10,
    budgetMax: 100,
    deadline: new Date(NOW + 86_400_000),
    publishedAt: new Date(NOW),
    createdAt: new Date(NOW),
    orgId: "org",
    org: { name: "日照港集团" },
    category: { code: "DIGITAL" },
  } as ScenarioDocRow;

  it("the engine's highlight (of the stripped document) is trusted for the database's text (with the character)", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS);
    await engine.upsert(SCENARIO_INDEX, [scenarioSearchDoc(row, new Date(NOW))]);
    const [hit] = (await engine.search(SCENARIO_INDEX, { q: "无人机", highlight: ["title"] })).hits;
    expect(hit?.highlights.title).toBe("<mark>无人机</mark>巡检");
    // browse.server.ts shows trustedHighlight(hit.highlights.title, row.title): null means the title is shown unmarked.
    expect(trustedHighlight(hit!.highlights.title, row.title)).not.toBeNull();
  });
});

describe("a quoted phrase reads diacritics as the words do (normalizeText), as Meilisearch does", () => {
  it("finds a record that writes the phrase with or without diacritics, and marks it", async () => {
    const search = await engineWith({ zurich: "Zürich port", drone: "Drône inspection", plain: "drone inspection" });
    expect((await search("Zurich port")).map(([id]) => id)).toEqual(["zurich"]); // the words do
    expect((await search('"zurich port"')).map(([id]) => id)).toEqual(["zurich"]);
    expect((await search('"drone inspection"')).map(([id]) => id).sort()).toEqual(["drone", "plain"]);
    expect(await search('"Zürich"')).toEqual([["zurich", "<mark>Zürich</mark> port"]]);
  });

  it("an excluded phrase leaves out the record that writes it with diacritics", async () => {
    const search = await engineWith({ drone: "Drône inspection 港口", plain: "drone inspection 港口", other: "港口 调度" });
    expect((await search('港口 -"drone inspection"')).map(([id]) => id)).toEqual(["other"]);
  });
});

describe("marks through the span map", () => {
  it("are placed on the word when one character expands (℃ → °c) and another contracts (a decomposed ü)", () => {
    // Same length folded and as written, so the identity map is used, but the offsets between the two are shifted.
    expect(highlightText("Zu\u0308rich 港口 25℃", parseQuery("港口"))).toBe("Zu\u0308rich <mark>港口</mark> 25℃");
  });

  it("never split a surrogate pair", () => {
    const html = highlightText("Zu\u0308rich 😀港口 25℃", parseQuery("港口"));
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("mark a compound written hyphenated also where the text writes it joined elsewhere", () => {
    expect(highlightText("eVTOL 与 e-VTOL", parseQuery("eVTOL"))).toBe("<mark>eVTOL</mark> 与 <mark>e-VTOL</mark>");
  });
});

describe("hyphenated compounds of three parts", () => {
  it("a compound typed joined finds the record that writes it hyphenated with a modifier after it", async () => {
    // The query "NB-IoT-enabled" is read as NB-IoT (withoutCompoundModifiers), but the index joins only the whole
    // chain ("nbiotenabled"), so "NBIoT" finds nothing; Meilisearch splits "nbiot" into "nb iot" and finds it.
    const search = await engineWith({ meter: "NB-IoT-enabled 智能水表" });
    expect((await search("NBIoT")).map(([id]) => id)).toEqual(["meter"]);
  });
});

describe("a hyphenated query compound reads the glossary as the compound written joined does", () => {
  it("e-VTOL finds the Chinese record eVTOL finds (glossary: evtol → 电动垂直起降)", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS);
    await engine.upsert(SCENARIO_INDEX, [{ id: "zh", title: "电动垂直起降航空器起降场建设" }]);
    const ids = async (q: string) => (await engine.search(SCENARIO_INDEX, { q })).hits.map((hit) => hit.id);
    expect(await ids("eVTOL")).toEqual(["zh"]);
    expect(await ids("e-VTOL")).toEqual(["zh"]);
  });
});

describe("a hyphen between two digits", () => {
  it("joins no range or date into a word (3-5t is no 35t, 2027-09 no 202709), but a word and a number (COVID-19)", async () => {
    expect(tokenizeForIndex("额定起重量3-5t，工作半径10-35m，2027-09交付")).not.toEqual(expect.arrayContaining(["35t"]));
    expect(tokenizeForIndex("额定起重量3-5t，工作半径10-35m，2027-09交付").filter((token) => /^\d+[a-z]*$/.test(token))).toEqual(["3", "5t", "10", "35m", "2027", "09"]);
    expect(tokenizeForIndex("COVID-19 Model-3")).toEqual(["covid", "19", "model", "3", "covid19", "model3"]);
    const search = await engineWith({ crane: "额定起重量3-5t 门机" });
    expect(await search("35t")).toEqual([]);
  });

  it("a long run of hyphens and digits is read in one pass (no backtracking regex)", () => {
    expect(tokenizeForIndex("-".repeat(10_000))).toEqual([]);
    expect(tokenizeForIndex("1-1-".repeat(2_500))).toEqual(["1"]);
    expect(tokenizeForIndex("a-".repeat(5_000))).toEqual(["a", "aa", "aaa"]);
  });
});

describe("a filter named with diacritics", () => {
  it("Lánshān names the district as Lanshan does (the words of both find the same records)", () => {
    const named = (q: string) =>
      filtersNamedInQuery("scenarios", parseBrowseState("scenarios", new URLSearchParams({ q })), [], { segmentChinese }).map((offer) => offer.filters);
    expect(named("Lanshan 港口")).toEqual([[{ param: "district", value: "LANSHAN" }]]);
    expect(named("Lánshān 港口")).toEqual([[{ param: "district", value: "LANSHAN" }]]);
  });
});

describe("a compound the index joins over two of three words is marked where it is found (a code review)", () => {
  it("NBIoT finds “NB-IoT-enabled 智能水表” (the index holds nbiot) and marks NB-IoT in it", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("records", { searchable: [{ field: "title", weight: 1 }], filterable: {}, sortable: [] });
    await engine.upsert("records", [{ id: "meter", title: "NB-IoT-enabled 智能水表" }]);
    const [hit] = (await engine.search("records", { q: "NBIoT", highlight: ["title"] })).hits;
    expect(hit?.id).toBe("meter");
    // The first version marked nothing: highlightText joined only the whole chain ("nbiotenabled").
    expect(hit?.highlights.title).toContain("<mark>");
    expect(highlightText("NB-IoT-enabled meter", parseQuery("NBIoT"))).toContain("<mark>NB-IoT</mark>");
  });
});

describe("a glossary word of the sea (a code review)", () => {
  const search = async (docs: { id: string; title: string }[], q: string) => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS);
    await engine.upsert(SCENARIO_INDEX, docs);
    return (await engine.search(SCENARIO_INDEX, { q })).hits.map((hit) => hit.id);
  };

  it("采捕 (sea-product harvesting) does not find an English “energy harvesting” record, nor “harvesting” a 采捕 one of another kind", async () => {
    expect(await search([{ id: "energy", title: "Energy harvesting wireless vibration sensor" }, { id: "cucumber", title: "海参采捕水下机器人" }], "采捕")).toEqual(["cucumber"]);
  });
});
