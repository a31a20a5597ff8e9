// The search box and the index read text alike (normalizeText, tokenizeForIndex, parseQuery): a record's own text,
// pasted into the box, finds it (a review: taking zero-width characters out of the query only, while the index read
// them as word breaks, lost Persian words with their zero-width non-joiner and a description pasted with a zero-width
// space inside 无人机); and a word written another way — with invisible characters, with diacritics, hyphenated or
// not — finds the record that writes it the usual way, and the other way round, with the word marked.
import { describe, expect, it } from "vitest";
import { cleanQuery } from "./browse";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import type { IndexSettings } from "./search-engine";

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
