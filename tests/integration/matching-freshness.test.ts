// Recommendations follow the public records at once, also when their number stays the same: a firm rewrites its
// published solution for a need, or one solution is published as another is withdrawn, or one firm's verification is
// revoked as another's is restored; also when an edit is stamped earlier than the latest write. The term statistics were
// cached on the number of public records alone, so retrieval dropped the new words (none of them had a document
// frequency) and the record was not recommended for up to ten minutes (a code review; termStatistics).
// A schema of its own: every word of these records is new to it, as the review's reproduction needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendSolutionsForScenario } from "~/modules/matching/recommendations.server";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { countPublicRecords, publicRecordsVersion } from "~/modules/search/documents.server";
import { SCENARIO_INDEX, SOLUTION_INDEX } from "~/modules/search/indexes";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { changeSolutionStatus, updateSolution } from "~/modules/solutions/solutions.server";
import { editOrganization } from "../setup/factories";
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
  it("recommend a solution on its new words at once: rewritten, published as another is withdrawn, stamped behind, or of a firm verified again as another is revoked", async () => {
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

    // Two changes the latest write time does not show (a second review). For both, another solution holds the latest
    // write throughout: one published below, after the feeder, whose firm is revoked now (it returns further down).
    const feederMaker = await createFirm({ verifier: reviewer });
    const feeder = await createPublishedSolution(feederMaker, {
      title: "深海养殖网箱投喂机器人",
      summary: "深海网箱自动投喂机器人。",
      description: "为深海养殖网箱定时定量投喂。",
      categoryId: "cat_marine",
      tags: ["深海养殖", "投喂机器人"],
      industryChain: ["海洋牧场"],
    });
    await decideVerification({ id: reviewer.id }, feederMaker.orgId, "revoke", "营业执照待核实");
    const needs = { categoryId: "cat_digital" as const };
    const cold = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, {
      ...needs,
      title: "冷链仓储温湿度监控应用",
      summary: "冷库温湿度连续监控。",
      description: "需要冷链仓储的温湿度传感与超限报警。",
      tags: ["冷链", "温湿度"],
      industryChain: ["冷链物流"],
    });
    const seaFarm = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, {
      title: "深海养殖网箱投喂机器人应用",
      summary: "深海网箱自动投喂。",
      description: "需要深海养殖网箱的自动投喂机器人。",
      categoryId: "cat_marine",
      tags: ["深海养殖", "投喂机器人"],
      industryChain: ["海洋牧场"],
    });
    const latestMaker = await createFirm({ verifier: reviewer });
    const latest = await createPublishedSolution(latestMaker, { title: "茶园病虫害识别相机", summary: "茶园虫情识别。", description: "识别茶园病虫害。", categoryId: "cat_digital", tags: ["茶园"], industryChain: ["茶产业"] });
    await drainSearchOutbox();
    expect(await recommended(cold.id)).not.toContain(cleaner);
    expect(await recommended(seaFarm.id)).not.toContain(feeder); // not public, and not in the statistics

    // An edit stamped earlier than the latest write: by an app process whose clock is behind, or in a transaction that
    // stamped before another and committed after it.
    await updateSolution({ id: cleanerMaker.owner.id }, cleanerMaker.firm, cleaner, solutionInput({
      ...needs,
      title: "冷链仓储温湿度监控终端",
      summary: "冷库温湿度连续监控终端，超限报警。",
      description: "冷链仓储温湿度传感终端与报警平台。",
      tags: ["冷链", "温湿度"],
      industryChain: ["冷链物流"],
    }));
    const { updatedAt: latestWrite } = await db.prisma.solution.findUniqueOrThrow({ where: { id: latest }, select: { updatedAt: true } });
    await db.prisma.solution.update({ where: { id: cleaner }, data: { updatedAt: new Date(latestWrite.getTime() - 30_000) } });
    await drainSearchOutbox();
    expect(await recommended(cold.id)).toContain(cleaner);

    // One firm's verification revoked as another's is restored: no solution is written, and the count stays.
    await editOrganization(feederMaker.owner.id, feederMaker.orgId); // sent back by the firm: pending review
    await decideVerification({ id: reviewer.id }, teaMaker.orgId, "revoke", "营业执照待核实");
    await decideVerification({ id: reviewer.id }, feederMaker.orgId, "verify", "");
    await drainSearchOutbox();
    expect(await recommended(seaFarm.id)).toContain(feeder);

    // The version's SQL states the public rule again (Prisma has no hash aggregate): its count is countPublicRecords'.
    for (const index of [SCENARIO_INDEX, SOLUTION_INDEX] as const) expect((await publicRecordsVersion(index)).count).toBe(await countPublicRecords(index));
  });
});
