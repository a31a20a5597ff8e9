// The search box and the index read invisible characters alike: a record's own text, pasted into the box, finds it
// (a review: taking zero-width characters out of the query only, while the index reads them as word breaks, lost
// Persian words with their zero-width non-joiner and a description pasted with a zero-width space inside 无人机).
import { describe, expect, it } from "vitest";
import { cleanQuery } from "./browse";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import type { IndexSettings } from "./search-engine";

const settings: IndexSettings = { searchable: [{ field: "title", weight: 1 }], filterable: {}, sortable: [] };

async function foundByItsOwnText(title: string): Promise<string[]> {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex("records", settings);
  await engine.upsert("records", [{ id: "record", title }]);
  return (await engine.search("records", { q: cleanQuery(title) })).hits.map((hit) => hit.id);
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
