// Recommendations follow the public records at once, also when their number stays the same: a firm rewrites its
// published solution for a need, or one solution is published as another is withdrawn. The term statistics were
// cached on the number of public records alone, so retrieval dropped the new words (none of them had a document
// frequency) and the record was not recommended for up to ten minutes (a code review; termStatistics).
// A schema of its own: every word of these records is new to it, as the review's reproduction needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendSolutionsForScenario } from "~/modules/matching/recommendations.server";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { changeSolutionStatus, updateSolution } from "~/modules/solutions/solutions.server";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
beforeAll(async () => {
  db = await useTestSchema();
  await syncSearchIndex();
});
afterAll(async () => {
  await db.drop();
});

describe("recommendations after the public records change without their number changing", () => {
  it("recommend a published solution rewritten for a need, and one published as another is withdrawn", async () => {
    const reviewer = await createReviewer();
    const soe = await createSoe(reviewer);
    const forklift = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, {
      title: "氢燃料电池叉车示范应用",
      summary: "在堆场引入氢燃料电池叉车，替换柴油叉车。",
      description: "需要氢燃料电池动力叉车及加氢配套，满足连续三班作业。",
      categoryId: "cat_green_low_carbon",
      tags: ["氢燃料电池", "叉车"],
      industryChain: ["氢能"],
    });
    const cleaning = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, {
      title: "光伏组件清洗机器人应用",
      summary: "屋顶光伏电站组件自动清洗。",
      description: "需要无水或少水的光伏板清扫机器人，提升发电效率。",
      categoryId: "cat_green_low_carbon",
      tags: ["光伏", "清洗机器人"],
      industryChain: ["新能源"],
    });
    const buoyMaker = await createFirm({ verifier: reviewer });
    const buoy = await createPublishedSolution(buoyMaker, {
      title: "海洋牧场水质在线监测浮标",
      summary: "对海洋牧场水温、溶解氧和盐度开展在线监测。",
      description: "浮标实时采集水质数据，异常时向养殖户推送预警。",
      categoryId: "cat_marine",
      tags: ["水质", "海洋牧场"],
      industryChain: ["海洋经济"],
    });
    const teaMaker = await createFirm({ verifier: reviewer });
    await createPublishedSolution(teaMaker, {
      title: "茶叶自动包装生产线",
      summary: "茶叶称重、装袋与封口一体化。",
      description: "适用于茶企的自动化包装。",
      categoryId: "cat_smart_manufacturing",
      tags: ["茶叶", "包装"],
      industryChain: ["食品加工"],
    });
    await drainSearchOutbox();
    const recommended = async (scenarioId: string) => ((await recommendSolutionsForScenario(scenarioId, soe.org.id)) ?? []).map((match) => match.id);
    expect(await recommended(forklift.id)).toEqual([]); // and the statistics are cached now

    // The firm rewrites its published solution for the need: still published, as many public solutions as before.
    await updateSolution({ id: buoyMaker.owner.id }, buoyMaker.firm, buoy, solutionInput({
      title: "氢燃料电池叉车动力系统",
      summary: "为港口和物流园区叉车提供氢燃料电池动力。",
      description: "氢燃料电池电堆与储氢系统，三分钟加氢，适合连续作业。",
      categoryId: "cat_green_low_carbon",
      tags: ["氢燃料电池", "叉车"],
      industryChain: ["氢能"],
    }));
    await drainSearchOutbox(); // the index has the new words at once; the statistics must too
    expect(await recommended(forklift.id)).toEqual([buoy]);

    // One solution withdrawn as another is published: as many public solutions as before, again.
    expect(await recommended(cleaning.id)).toEqual([]);
    await changeSolutionStatus({ id: buoyMaker.owner.id }, buoyMaker.firm, buoy, "archive");
    const cleanerMaker = await createFirm({ verifier: reviewer });
    const cleaner = await createPublishedSolution(cleanerMaker, {
      title: "光伏板无水清洗机器人",
      summary: "履带式光伏清洗机器人，无水清扫。",
      description: "适用于屋顶和地面光伏电站的组件清洗。",
      categoryId: "cat_green_low_carbon",
      tags: ["光伏", "清洗机器人"],
      industryChain: ["新能源"],
    });
    await drainSearchOutbox();
    expect(await recommended(cleaning.id)).toEqual([cleaner]);
  });
});
