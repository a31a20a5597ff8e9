import { describe, expect, it } from "vitest";
import { synonymsToMeilisearch } from "./meilisearch-engine.server";
import { bilingualSynonyms, englishPlural, synonymLookup } from "./synonyms";

describe("synonymLookup", () => {
  it("maps every term of a group to all the others", () => {
    const lookup = synonymLookup({ synonyms: [["无人机", "UAV", "无人驾驶航空器"]] });
    expect(lookup.get("uav")).toEqual(["无人机", "uavs", "无人驾驶航空器"]);
    expect(lookup.get("无人机")).toEqual(["uav", "uavs", "无人驾驶航空器"]);
    // "drones" finds 无人机 as "drone" does.
    expect(synonymLookup({ synonyms: [["无人机", "drone"]] }).get("drones")).toEqual(["无人机", "drone"]);
  });

  it("keeps one-way synonyms one-way: two Chinese words sharing a translation do not find each other", () => {
    const lookup = synonymLookup({ oneWaySynonyms: { port: ["港口", "码头"], 港口: ["port"], 码头: ["port"] } });
    expect(lookup.get("port")).toEqual(["港口", "码头"]);
    expect(lookup.get("港口")).toEqual(["port"]);
    expect(lookup.get("码头")).toEqual(["port"]);
  });

  it("merges a term's groups and one-way synonyms, normalized (width, case, spaces), never listing the term itself", () => {
    const lookup = synonymLookup({
      synonyms: [["AI", "人工智能"]],
      oneWaySynonyms: { "ＡＩ": ["Artificial   Intelligence", "ai"], "Digital  Twin ": ["数字孪生"] },
    });
    expect(lookup.get("ai")).toEqual(["人工智能", "artificial intelligence"]);
    expect(lookup.get("digital twin")).toEqual(["数字孪生"]);
    expect([...lookup.keys()]).not.toContain("数字孪生");
  });

  it("gives Meilisearch the same map, so both engines expand a word alike", () => {
    const settings = { synonyms: [["无人机", "UAV"]], oneWaySynonyms: { inspection: ["巡检"], 巡检: ["inspection"] } };
    expect(synonymsToMeilisearch(settings)).toEqual({
      无人机: ["uav", "uavs"],
      uav: ["无人机", "uavs"],
      uavs: ["无人机", "uav"],
      inspection: ["巡检"],
      巡检: ["inspection"],
    });
  });
});

describe("englishPlural", () => {
  it.each([
    ["robot", "robots"],
    ["battery", "batteries"],
    ["survey", "surveys"],
    ["bench", "benches"],
    ["box", "boxes"],
    ["cold chain", "cold chains"],
    ["logistics", null],
    ["gas", null],
    ["5g", null],
    ["ai", null],
  ])("%s → %s", (word, plural) => {
    expect(englishPlural(word)).toBe(plural);
  });
});

describe("bilingualSynonyms", () => {
  const synonyms = bilingualSynonyms([{ en: ["Inspection", "patrol"], zh: ["巡检", "巡查"] }]);

  it("lets an English term, singular or plural, find the other English terms and the Chinese ones", () => {
    expect(synonyms.inspection).toEqual(["inspections", "patrol", "patrols", "巡检", "巡查"]);
    expect(synonyms.patrols).toEqual(["inspection", "inspections", "patrol", "巡检", "巡查"]);
  });

  it("lets a Chinese term find the English terms only, not the entry's other Chinese terms", () => {
    expect(synonyms["巡检"]).toEqual(["inspection", "inspections", "patrol", "patrols"]);
    expect(synonyms["巡检"]).not.toContain("巡查");
  });

  it("lets an English term find the narrower Chinese words it covers, which do not find it back", () => {
    const crane = bilingualSynonyms([{ en: ["crane"], zh: ["起重机"], narrower: ["岸桥", "门机"] }]);
    expect(crane.crane).toEqual(["cranes", "起重机", "岸桥", "门机"]);
    expect(crane["起重机"]).toEqual(["crane", "cranes"]);
    expect(crane["岸桥"]).toBeUndefined();
  });

  it("merges a word listed in two entries", () => {
    const merged = bilingualSynonyms([{ en: ["leak"], zh: ["泄漏"] }, { en: ["leakage"], zh: ["泄漏", "漏损"] }]);
    expect(merged["泄漏"]).toEqual(["leak", "leaks", "leakage", "leakages"]);
  });
});
