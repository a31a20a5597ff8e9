// Solution forms and filters, shared by browser and server. Messages are i18n keys (msg).
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { optionalText, readTypedWan, requiredText, stripControlCharacters } from "~/utils/validation";

export const FIRST_UNIT_TYPES = ["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"] as const;
export const FIRST_UNIT_STATUSES = ["NONE", "APPLYING", "RECOGNISED"] as const;
export const INVESTMENT_STAGES = ["SEED", "ANGEL", "PRE_A", "SERIES_A", "SERIES_B", "SERIES_C_PLUS", "STRATEGIC"] as const;
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const MAX_LIST_ITEMS = 10;
export const MAX_PRICE = 1_000_000; // 万元, i.e. 100 亿元
export const FIRST_UNIT_MIN_YEAR = 2000;

/** 概念 (TRL 1–3), 样机 (4–6), 中试 (7), 量产 (8–9): how people in the bureau talk about maturity. */
export const MATURITY_STAGES = [
  { code: "CONCEPT", min: 1, max: 3 },
  { code: "PROTOTYPE", min: 4, max: 6 },
  { code: "PILOT", min: 7, max: 7 },
  { code: "MASS_PRODUCTION", min: 8, max: 9 },
] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number]["code"];

export function maturityStage(trl: number): MaturityStage {
  return (MATURITY_STAGES.find((stage) => trl <= stage.max) ?? MATURITY_STAGES[MATURITY_STAGES.length - 1]).code;
}

export function firstUnitMaxYear(now = new Date()) {
  return now.getFullYear() + 1;
}

/** "港口, 无人机、巡检" → ["港口", "无人机", "巡检"]: comma, 、 ， ; or new line separated, trimmed, de-duplicated. */
export function splitList(value: string): string[] {
  const items = stripControlCharacters(value)
    .split(/[,，、;；\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

function listField() {
  return z
    .string()
    .max(1000, msg("validation.tooLong", { max: 1000 }))
    .optional()
    .transform((value) => splitList(value ?? ""))
    .refine((items) => items.length <= MAX_LIST_ITEMS, msg("solution.validation.tooManyItems", { max: MAX_LIST_ITEMS }))
    .refine((items) => items.every((item) => item.length <= 30), msg("solution.validation.itemTooLong", { max: 30 }));
}

function amountField(max = MAX_PRICE) {
  return z.preprocess(
    readTypedWan, // "1,000" is a thousand, "100万" is 100 (万元)
    z
      .number({ error: msg("solution.validation.wholeNumber") })
      .int(msg("solution.validation.wholeNumber"))
      .min(0, msg("solution.validation.notNegative"))
      .max(max, msg("solution.validation.tooLarge", { max })),
  );
}

export const solutionSchema = z
  .object({
    title: requiredText(100, 2),
    summary: requiredText(300),
    description: requiredText(10_000),
    categoryId: z.string({ error: msg("validation.choose") }).min(1, msg("validation.choose")).max(64, msg("validation.choose")),
    tags: listField(),
    industryChain: listField(),
    trl: z
      .number({ error: msg("solution.validation.trl") })
      .int(msg("solution.validation.trl"))
      .min(1, msg("solution.validation.trl"))
      .max(9, msg("solution.validation.trl")),
    references: optionalText(2000),
    priceMin: amountField(),
    priceMax: amountField(),
    independentInnovation: z.boolean({ error: msg("validation.invalid") }).default(false),
    seekingInvestment: z.boolean({ error: msg("validation.invalid") }).default(false),
    investmentStage: z.enum(INVESTMENT_STAGES, { error: msg("validation.choose") }).optional(),
    investmentAmount: amountField().optional(),
    firstUnitType: z.enum(FIRST_UNIT_TYPES, { error: msg("validation.choose") }).optional(),
    firstUnitStatus: z.enum(FIRST_UNIT_STATUSES, { error: msg("validation.choose") }).default("NONE"),
    firstUnitCertificate: optionalText(100),
    firstUnitYear: z.number({ error: msg("solution.validation.year") }).int(msg("solution.validation.year")).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.priceMin > value.priceMax) {
      ctx.addIssue({ code: "custom", path: ["priceMax"], message: msg("solution.validation.priceOrder") });
    }
    if (value.seekingInvestment) {
      if (!value.investmentStage) ctx.addIssue({ code: "custom", path: ["investmentStage"], message: msg("solution.validation.stageRequired") });
      if (value.investmentAmount === undefined || value.investmentAmount < 1) {
        ctx.addIssue({ code: "custom", path: ["investmentAmount"], message: msg("solution.validation.amountRequired") });
      }
    }
    if (value.firstUnitYear !== undefined && (value.firstUnitYear < FIRST_UNIT_MIN_YEAR || value.firstUnitYear > firstUnitMaxYear())) {
      ctx.addIssue({ code: "custom", path: ["firstUnitYear"], message: msg("solution.validation.yearRange", { min: FIRST_UNIT_MIN_YEAR, max: firstUnitMaxYear() }) });
    }
    if (value.firstUnitStatus !== "NONE" && !value.firstUnitType) {
      ctx.addIssue({ code: "custom", path: ["firstUnitType"], message: msg("solution.validation.firstUnitTypeRequired") });
    }
    if (value.firstUnitStatus === "RECOGNISED") {
      if (!value.firstUnitCertificate) ctx.addIssue({ code: "custom", path: ["firstUnitCertificate"], message: msg("solution.validation.certificateRequired") });
      if (value.firstUnitYear === undefined) ctx.addIssue({ code: "custom", path: ["firstUnitYear"], message: msg("solution.validation.yearRequired") });
    }
  });
export type SolutionInput = z.infer<typeof solutionSchema>;

export const solutionStatusActionSchema = z.object({
  intent: z.enum(["publish", "unpublish", "archive", "restore"], { error: msg("validation.choose") }),
});

function linesField() {
  return z
    .string({ error: msg("validation.required") })
    .max(5000, msg("validation.tooLong", { max: 5000 }))
    .transform(lines)
    .refine((items) => items.length > 0, msg("solution.validation.oneLineAtLeast"))
    .refine((items) => items.length <= 30, msg("solution.validation.tooManyLines", { max: 30 }))
    .refine((items) => items.every((line) => line.length <= 300), msg("solution.validation.lineTooLong", { max: 300 }));
}

export const checklistSchema = z.object({
  titleZh: requiredText(100, 2),
  titleEn: requiredText(200, 2),
  conditionsZh: linesField(),
  conditionsEn: linesField(),
  materialsZh: linesField(),
  materialsEn: linesField(),
});
export type ChecklistInput = z.infer<typeof checklistSchema>;

/** One item per line; blank lines dropped. */
function lines(value: string): string[] {
  return stripControlCharacters(value)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
