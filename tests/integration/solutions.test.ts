// Solutions through the module: life cycle rules, first-unit validation, the public list and its filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransitionError } from "~/modules/solutions/solution-transitions";
import { emptyState, parseBrowseState } from "~/modules/search/browse";
import { browseSolutions } from "~/modules/search/browse.server";
import { solutionSchema } from "~/modules/solutions/solutions.schema";
import {
  changeSolutionStatus,
  createSolution,
  getSolutionForViewer,
  listFirmSolutions,
  UnknownCategoryError,
  updateFirstUnitChecklist,
  updateSolution,
} from "~/modules/solutions/solutions.server";
import { createUser } from "../setup/factories";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution, solutionForm, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  db = await useTestSchema();
  reviewer = await createUser({ roles: ["REVIEWER"] });
});
afterAll(async () => {
  await db?.drop();
});

const titles = (items: { title: string }[]) => items.map((item) => item.title);

/** The public list (the search page's data) for a query string, after the index caught up. */
async function publicList(search = "") {
  await syncSearchIndex();
  return browseSolutions(parseBrowseState("solutions", new URLSearchParams(search)));
}

describe("publishing", () => {
  it("lets a verified technology firm publish, and refuses an unverified one", async () => {
    const verified = await createFirm({ verifier: reviewer });
    const { id } = await createSolution({ id: verified.owner.id }, verified.firm, solutionInput({ title: "已认证企业的方案" }));
    expect((await changeSolutionStatus({ id: verified.owner.id }, verified.firm, id, "publish"))?.status).toBe("PUBLISHED");

    const pending = await createFirm({ verified: false });
    const draft = await createSolution({ id: pending.owner.id }, pending.firm, solutionInput({ title: "待认证企业的方案" }));
    await expect(changeSolutionStatus({ id: pending.owner.id }, pending.firm, draft.id, "publish")).rejects.toThrowError(TransitionError);
    const row = await db.prisma.solution.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.status).toBe("DRAFT");
    expect(titles((await publicList()).items)).not.toContain("待认证企业的方案");
  });

  it("refuses to publish once the firm no longer counts as a verified technology firm", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const { id } = await createSolution({ id: firm.owner.id }, firm.firm, solutionInput());
    // The route passes verifiedTechFirm=false for anything but a verified TECH_FIRM.
    await expect(changeSolutionStatus({ id: firm.owner.id }, { orgId: firm.orgId, verifiedTechFirm: false }, id, "publish")).rejects.toThrowError(/verified technology firm/);
  });

  it("never touches another firm's solution", async () => {
    const a = await createFirm({ verifier: reviewer });
    const b = await createFirm({ verifier: reviewer });
    const id = await createPublishedSolution(a);
    expect(await changeSolutionStatus({ id: b.owner.id }, b.firm, id, "archive")).toBeNull();
    expect(await updateSolution({ id: b.owner.id }, b.firm, id, solutionInput({ title: "被篡改" }))).toBeNull();
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("walks the whole life cycle and audits every step", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const actor = { id: firm.owner.id };
    const id = await createPublishedSolution(firm, { title: "生命周期方案" });
    const edited = await updateSolution(actor, firm.firm, id, solutionInput({ title: "生命周期方案（修订）" }));
    expect(edited?.status).toBe("PUBLISHED");
    expect(titles((await publicList()).items)).toContain("生命周期方案（修订）");
    expect((await changeSolutionStatus(actor, firm.firm, id, "unpublish"))?.status).toBe("DRAFT");
    expect((await changeSolutionStatus(actor, firm.firm, id, "archive"))?.status).toBe("ARCHIVED");
    await expect(updateSolution(actor, firm.firm, id, solutionInput())).rejects.toThrowError(TransitionError);
    await expect(changeSolutionStatus(actor, firm.firm, id, "publish")).rejects.toThrowError(TransitionError);
    expect((await changeSolutionStatus(actor, firm.firm, id, "restore"))?.status).toBe("DRAFT");
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "Solution", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["solution.created", "solution.publish", "solution.updated", "solution.unpublish", "solution.archive", "solution.restore"]);
    const update = audit.find((entry) => entry.action === "solution.updated")!;
    expect((update.before as { title: string }).title).toBe("生命周期方案");
    expect((update.after as { title: string; status: string })).toMatchObject({ title: "生命周期方案（修订）", status: "PUBLISHED" });
    const counts = await listFirmSolutions(firm.orgId, "DRAFT", 1);
    expect(counts.countByStatus.DRAFT).toBe(1);
  });

  it("rejects an inactive or unknown category", async () => {
    const firm = await createFirm({ verifier: reviewer });
    await db.prisma.category.create({ data: { id: "cat_retired", code: "RETIRED", nameZh: "停用", nameEn: "Retired", active: false } });
    await expect(createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ categoryId: "cat_retired" }))).rejects.toThrowError(UnknownCategoryError);
    await expect(createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ categoryId: "nope" }))).rejects.toThrowError(UnknownCategoryError);
  });
});

describe("the solution form's rules", () => {
  const parse = (overrides: Record<string, unknown>) => {
    const result = solutionSchema.safeParse({ ...solutionInput(), tags: "", industryChain: "", ...overrides });
    return result.success ? { ok: true as const, value: result.data } : { ok: false as const, paths: result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message.split("|")[0]}`) };
  };

  it("splits tags on commas and 、, trims and de-duplicates, at most 10", () => {
    const result = parse({ tags: " 无人机、巡检,无人机 ， 港口;;" });
    expect(result.ok && result.value.tags).toEqual(["无人机", "巡检", "港口"]);
    const tooMany = parse({ industryChain: Array.from({ length: 11 }, (_, i) => `环节${i}`).join("、") });
    expect(tooMany.ok).toBe(false);
    expect(!tooMany.ok && tooMany.paths).toContain("industryChain:solution.validation.tooManyItems");
  });

  it("requires the certificate number and year once a first-unit product is recognised", () => {
    const missing = parse({ firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET", firstUnitCertificate: "", firstUnitYear: undefined });
    expect(!missing.ok && missing.paths).toEqual(expect.arrayContaining(["firstUnitCertificate:solution.validation.certificateRequired", "firstUnitYear:solution.validation.yearRequired"]));
    const noType = parse({ firstUnitStatus: "APPLYING", firstUnitType: undefined });
    expect(!noType.ok && noType.paths).toContain("firstUnitType:solution.validation.firstUnitTypeRequired");
    const nextYear = new Date().getFullYear() + 1;
    expect(parse({ firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_VERSION", firstUnitCertificate: "SD-2025-017", firstUnitYear: nextYear }).ok).toBe(true);
    for (const year of [1999, nextYear + 1]) {
      const bad = parse({ firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_VERSION", firstUnitCertificate: "SD-2025-017", firstUnitYear: year });
      expect(!bad.ok && bad.paths, String(year)).toContain("firstUnitYear:solution.validation.yearRange");
    }
    expect(parse({ firstUnitStatus: "APPLYING", firstUnitType: "FIRST_BATCH" }).ok).toBe(true);
  });

  it("checks the price order, the TRL range and the investment details", () => {
    expect(!parse({ priceMin: 100, priceMax: 10 }).ok && parse({ priceMin: 100, priceMax: 10 })).toMatchObject({ paths: ["priceMax:solution.validation.priceOrder"] });
    expect(parse({ trl: 0 }).ok).toBe(false);
    expect(parse({ trl: 10 }).ok).toBe(false);
    const seeking = parse({ seekingInvestment: true });
    expect(!seeking.ok && seeking.paths).toEqual(expect.arrayContaining(["investmentStage:solution.validation.stageRequired", "investmentAmount:solution.validation.amountRequired"]));
    expect(parse({ seekingInvestment: true, investmentStage: "ANGEL", investmentAmount: 500 }).ok).toBe(true);
  });

  it("keeps first-unit and investment details only when they apply", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const { id } = await createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ firstUnitStatus: "NONE", firstUnitType: "FIRST_SET", firstUnitCertificate: "X-1", firstUnitYear: 2024, seekingInvestment: false, investmentStage: "ANGEL", investmentAmount: 300 }));
    const row = await db.prisma.solution.findUniqueOrThrow({ where: { id } });
    expect([row.firstUnitType, row.firstUnitCertificate, row.firstUnitYear, row.investmentStage, row.investmentAmount]).toEqual([null, null, null, null, null]);
  });

  it("reads browser form fields the same way", () => {
    const result = solutionSchema.safeParse({ ...solutionForm(), trl: 6, priceMin: 30, priceMax: 80 });
    expect(result.success && result.data.tags).toEqual(["数字孪生", "风电", "运维"]);
  });
});

describe("the public list", () => {
  let marker: string;
  beforeAll(async () => {
    marker = `过滤-${Date.now()}`;
    const startup = await createFirm({ verifier: reviewer, tier: "STARTUP" });
    const leader = await createFirm({ verifier: reviewer, tier: "TECH_LEADER" });
    await createPublishedSolution(startup, { title: `${marker}-认定首台套`, firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET", firstUnitCertificate: "SD-1", firstUnitYear: 2024, trl: 9, priceMin: 200, priceMax: 500 });
    await createPublishedSolution(startup, { title: `${marker}-申报首版次`, firstUnitStatus: "APPLYING", firstUnitType: "FIRST_VERSION", trl: 5, priceMin: 10, priceMax: 40, categoryId: "cat_digital" });
    await createPublishedSolution(leader, { title: `${marker}-自主创新融资`, independentInnovation: true, seekingInvestment: true, investmentStage: "SERIES_A", investmentAmount: 2000, trl: 8, priceMin: 60, priceMax: 90 });
    await createSolution({ id: leader.owner.id }, leader.firm, solutionInput({ title: `${marker}-草稿` }));
  });

  const find = async (query: string) => titles((await publicList(query)).items).filter((title) => title.startsWith(marker)).sort();

  it("shows published solutions only", async () => {
    expect(await find("")).toEqual([`${marker}-申报首版次`, `${marker}-自主创新融资`, `${marker}-认定首台套`].sort());
  });

  it("filters by first-unit type and recognition, maturity, price overlap, tier and flags", async () => {
    expect(await find("firstUnitType=FIRST_VERSION")).toEqual([`${marker}-申报首版次`]);
    expect(await find("recognised=1")).toEqual([`${marker}-认定首台套`]);
    expect(await find("trlMin=8")).toEqual([`${marker}-自主创新融资`, `${marker}-认定首台套`].sort());
    expect(await find("priceFrom=50&priceTo=100")).toEqual([`${marker}-自主创新融资`]);
    expect(await find("priceTo=45")).toEqual([`${marker}-申报首版次`]);
    expect(await find("tier=TECH_LEADER")).toEqual([`${marker}-自主创新融资`]);
    expect(await find("independentInnovation=1&seekingInvestment=1")).toEqual([`${marker}-自主创新融资`]);
    expect(await find("category=DIGITAL")).toEqual([`${marker}-申报首版次`]);
  });

  it("ignores nonsense in the filters instead of failing", async () => {
    expect(parseBrowseState("solutions", new URLSearchParams("trlMin=abc&firstUnitType=<script>&priceFrom=-5&category=%27%3B--"))).toEqual(emptyState());
  });

  it("pages by 20", async () => {
    const firm = await createFirm({ verifier: reviewer });
    for (let i = 0; i < 21; i += 1) await createPublishedSolution(firm, { title: `分页-${i}`, categoryId: "cat_marine" });
    const first = await publicList("category=MARINE");
    const second = await publicList("category=MARINE&page=2");
    expect([first.items.length, second.items.length, first.pageCount, first.total]).toEqual([20, 1, 2, 21]);
  });
});

describe("who sees a solution's detail", () => {
  it("shows drafts to the firm's members and reviewers only", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const { id } = await createSolution({ id: firm.owner.id }, firm.firm, solutionInput());
    expect(await getSolutionForViewer(id, { memberOrgIds: [], reviewer: false })).toBeNull();
    expect(await getSolutionForViewer(id, { memberOrgIds: ["someone-else"], reviewer: false })).toBeNull();
    expect((await getSolutionForViewer(id, { memberOrgIds: [firm.orgId], reviewer: false }))?.isPublic).toBe(false);
    expect((await getSolutionForViewer(id, { memberOrgIds: [], reviewer: true }))?.isOwner).toBe(false);
  });
});

describe("first-unit checklists", () => {
  it("are seeded for the three types and can be edited with an audit entry", async () => {
    expect(await db.prisma.firstUnitChecklist.count()).toBe(3);
    await updateFirstUnitChecklist({ id: reviewer.id }, "FIRST_BATCH", {
      titleZh: "重点新材料首批次",
      titleEn: "First batch of key new materials",
      conditionsZh: ["条件一"],
      conditionsEn: ["Condition one"],
      materialsZh: ["材料一", "材料二"],
      materialsEn: ["Material one", "Material two"],
    });
    const row = await db.prisma.firstUnitChecklist.findUniqueOrThrow({ where: { type: "FIRST_BATCH" } });
    expect(row.materialsZh).toEqual(["材料一", "材料二"]);
    expect(row.updatedById).toBe(reviewer.id);
    expect(await db.prisma.auditLog.count({ where: { entityType: "FirstUnitChecklist", entityId: "FIRST_BATCH" } })).toBe(1);
  });
});
