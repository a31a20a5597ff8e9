import { describe, expect, it } from "vitest";
import { mulberry32 } from "~/utils/seeded-random";
import { segment, termKey, type TermKey } from "./segment";
import { TermKeyTable } from "./term-key-table";

describe("TermKeyTable", () => {
  it("answers as a Map of the same entries, for present and absent keys of both kinds", () => {
    const random = mulberry32(17);
    const han = () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5200));
    const terms = Array.from({ length: 3000 }, () => (random() < 0.9 ? han() + han() : `word${Math.floor(random() * 500)}`));
    const entries = terms.map((term, i) => [termKey(term), i] as const); // repeats: the last number wins
    const table = new TermKeyTable(entries);
    const map = new Map<TermKey, number>(entries);
    const probes = [...terms, ...Array.from({ length: 3000 }, () => (random() < 0.9 ? han() + han() : `other${Math.floor(random() * 500)}`))];
    for (const term of probes) expect(table.get(termKey(term))).toBe(map.get(termKey(term)) ?? -1);
  });

  it("holds the keys of real text, lone characters and concept terms included", () => {
    const terms = [...segment("港口岸桥无人机巡检，UAV inspection 港"), "≡无人机"];
    const table = new TermKeyTable(terms.map((term, i) => [termKey(term), i] as const));
    expect(terms.map((term) => table.get(termKey(term)))).toEqual(terms.map((_, i) => i));
    expect(table.get(termKey("光伏"))).toBe(-1);
    expect(new TermKeyTable([]).get(termKey("港口"))).toBe(-1);
  });

  it("refuses what it cannot hold", () => {
    expect(() => new TermKeyTable([["港口", -1]])).toThrow(RangeError);
    expect(() => new TermKeyTable([[1.5, 0]])).toThrow(RangeError);
  });
});
