// A firm's dashboard merges the matches of its solutions (mergeAcrossSolutions): each solution's scores are relative
// to its own best candidate, so the merge compares closeness in meaning, keeping each solution's own order.
import { describe, expect, it } from "vitest";
import { mergeAcrossSolutions } from "./recommendations.server";

const dock = { id: "dock", title: "无人机自动机场巡检", draft: false };
const vision = { id: "vision", title: "线路图像缺陷识别平台", draft: false };
const seabed = { id: "seabed", title: "海床基观测站", draft: false };
const m = (id: string, score: number, closeness: number | null) => ({ id, score, closeness });

describe("mergeAcrossSolutions", () => {
  it("shows a scenario under the solution closest to it, though another solution scores it higher against its own best", async () => {
    const merged = mergeAcrossSolutions([
      { solution: dock, matches: [m("crane", 1.1, 0.97), m("solar", 0.55, 0.83)] },
      { solution: vision, matches: [m("solar", 0.77, 0.71)] },
    ]);
    expect(merged.map((entry) => [entry.match.id, entry.solution.id, entry.others.map((other) => other.id)])).toEqual([
      ["crane", "dock", []],
      ["solar", "dock", ["vision"]],
    ]);
  });

  it("ranks one solution's only, weak candidate below a close second candidate of another", async () => {
    const merged = mergeAcrossSolutions([
      { solution: seabed, matches: [m("fish-cage", 1.2, 0.62)] },
      { solution: dock, matches: [m("crane", 1.1, 0.97), m("solar", 0.55, 0.83)] },
    ]);
    expect(merged.map((entry) => entry.match.id)).toEqual(["crane", "solar", "fish-cage"]);
  });

  it("keeps each solution's own order, with its structured fit, where closeness alone would swap two matches", async () => {
    const merged = mergeAcrossSolutions([{ solution: dock, matches: [m("crane", 1.1, 0.7), m("solar", 0.9, 0.9), m("pier", 0.5, null)] }]);
    expect(merged.map((entry) => entry.match.id)).toEqual(["crane", "solar", "pier"]);
  });

  it("chooses the solution by the pair's own closeness, though that solution ranks a less close match above it (a review)", async () => {
    const merged = mergeAcrossSolutions([
      { solution: dock, matches: [m("crane", 1.1, 0.97), m("pier", 0.8, 0.6), m("solar", 0.55, 0.83)] },
      { solution: vision, matches: [m("solar", 0.77, 0.71)] },
    ]);
    expect(merged.map((entry) => [entry.match.id, entry.solution.id])).toEqual([
      ["crane", "dock"],
      ["solar", "dock"],
      ["pier", "dock"],
    ]);
  });

  it("a match without a closeness does not sink the matches its solution ranks after it (a review)", async () => {
    const merged = mergeAcrossSolutions([
      { solution: dock, matches: [m("crane", 1.1, 0.97), m("new-pier", 0.9, null), m("solar", 0.8, 0.9), m("tank", 0.7, 0.88)] },
      { solution: vision, matches: [m("solar", 0.77, 0.71), m("weak", 0.5, 0.35)] },
    ]);
    expect(merged.map((entry) => [entry.match.id, entry.solution.id])).toEqual([
      ["crane", "dock"],
      ["new-pier", "dock"],
      ["solar", "dock"],
      ["tank", "dock"],
      ["weak", "vision"],
    ]);
  });

  it("of equal closeness, the more recently edited solution (listed first) keeps the scenario", async () => {
    const merged = mergeAcrossSolutions([
      { solution: vision, matches: [m("solar", 0.8, 0.8)] },
      { solution: dock, matches: [m("solar", 1, 0.8)] },
    ]);
    expect(merged.map((entry) => [entry.solution.id, entry.others.map((other) => other.id)])).toEqual([["vision", ["dock"]]]);
  });
});
