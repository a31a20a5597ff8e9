import { describe, expect, it } from "vitest";
import { DEV_SCENARIOS, DEV_SOLUTIONS } from "../../../prisma/seed-data/matching-dev";
import { EXTRA_SCENARIOS } from "../../../prisma/seed-data/scenarios-extra";
import { EXTRA_SOLUTIONS } from "../../../prisma/seed-data/solutions-extra";
import { englishGloss } from "./english-gloss";

describe("englishGloss", () => {
  it("gives a glossary word's English, and a domain group's Latin term", () => {
    expect(englishGloss("巡检")).toBe("inspection");
    expect(englishGloss("无人机")).toBe("UAV");
    expect(englishGloss(" 智慧港口 ")).toBe("smart port");
    // Surveying words a QA review found without English in match reasons.
    expect(englishGloss("倾斜摄影")).toBe("oblique photography");
    expect(englishGloss("测绘地理信息")).toBe("surveying");
    expect(englishGloss("三维建模")).toBe("3D modelling");
    // Words of the demo's records that a QA review found without English.
    expect(englishGloss("智能问答")).toBe("question answering");
    expect(englishGloss("低空应用")).toBe("low altitude application");
    expect(englishGloss("智能客服")).toBe("customer service");
    // And from a later review: no English, or a word-for-word one (petrochemical chemical).
    expect(englishGloss("封闭化管理")).toBe("closed management");
    expect(englishGloss("自动判读")).toBe("automatic interpretation");
    expect(englishGloss("三维")).toBe("3D");
    expect(englishGloss("石化化工")).toBe("petrochemical");
  });

  it("reads a compound of glossary words as their glosses in order", () => {
    expect(englishGloss("无人机巡检")).toBe("UAV inspection");
    expect(englishGloss("水质监测")).toBe("water quality monitoring");
    expect(englishGloss("港口起重机")).toBe("port crane");
    expect(englishGloss("知识库问答")).toBe("knowledge base question answering");
    expect(englishGloss("红外热成像")).toBe("infrared thermal imaging");
  });

  it("gives nothing for words it cannot cover whole, for Latin words, or for a glossary word inside another word", () => {
    // 心电网络 (ECG network) holds 电网 (power grid) across its two words: no gloss rather than a wrong one.
    for (const word of ["心电网络", "斗轮机", "托辊", "RTK", "drone", ""]) expect(englishGloss(word), word).toBeNull();
  });
});

describe("the industry chains of the demo's records", () => {
  // A match's reasons name the chain both records are in ("same industry chain: 新一代信息技术"), sometimes as the only
  // reason: an English reader must be told what it is (a QA review found five chains without English).
  it("each have English", () => {
    const chains = new Set([...DEV_SCENARIOS, ...DEV_SOLUTIONS, ...EXTRA_SCENARIOS, ...EXTRA_SOLUTIONS].flatMap((record) => record.industryChain));
    // A chain in Latin letters (5G) is English already; one that mixes (5G应用) says its Latin part.
    expect([...chains].filter((chain) => /\p{Script=Han}/u.test(chain) && !/[a-z]/i.test(chain) && englishGloss(chain) === null)).toEqual([]);
    expect(englishGloss("新一代信息技术")).toBe("new generation information technology");
    expect(englishGloss("康养服务")).toBe("wellness");
  });

  it("and words of match reasons a QA review found without English have it", () => {
    expect(["电子围栏", "融合监视", "飞行服务", "毫米波雷达", "海参采捕"].map(englishGloss)).toEqual([
      "geofence",
      "integrated surveillance",
      "flight service",
      "millimeter wave radar",
      "sea cucumber marine harvesting",
    ]);
  });
});
