// Scenario forms, shared by browser and server. Messages are i18n keys (see utils/i18n.ts).
import { z } from "zod";
import { DISTRICTS } from "~/modules/orgs/districts";
import { msg } from "~/utils/i18n";
import { emailField, optionalText, phoneField, requiredText, stripControlCharacters, ungroupWan } from "~/utils/validation";
import { BATCH_PATTERN } from "./scenario-transitions";

export const SCENARIO_MODES = ["OPEN_CALL", "CHALLENGE", "INVITATION"] as const;
export const FIRST_UNIT_TYPES = ["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"] as const;
export const MAX_LIST_ITEMS = 10;
export const MAX_BUDGET_WAN = 10_000_000;

/** Splits "a, b、c；d" into trimmed, de-duplicated items. */
export function splitList(value: string): string[] {
  return [...new Set(value.split(/[,，、;；\n]/).map((item) => item.trim()).filter(Boolean))];
}

function listField() {
  return optionalText(1000)
    .transform(splitList)
    .pipe(
      z
        .array(z.string().max(30, msg("scenario.validation.itemTooLong", { max: 30 })))
        .max(MAX_LIST_ITEMS, msg("scenario.validation.tooManyItems", { max: MAX_LIST_ITEMS })),
    );
}

/** A whole number of 万元 typed as text, so "12.5" or "abc" get a clear message rather than NaN. */
function wanField() {
  return z
    .string({ error: msg("validation.required") })
    .transform(ungroupWan) // "1,000" and "1，000" are a thousand, "100万" is 100 (万元)
    .pipe(
      z
        .string()
        .min(1, msg("validation.required"))
        .max(12, msg("scenario.validation.budgetTooLarge", { max: MAX_BUDGET_WAN }))
        .regex(/^\d+$/, msg("scenario.validation.wholeNumber")),
    )
    .transform(Number)
    .pipe(z.number().max(MAX_BUDGET_WAN, msg("scenario.validation.budgetTooLarge", { max: MAX_BUDGET_WAN })));
}

/** "2026-09-30" → the end of that day in China time (bids close at midnight in Rizhao). */
export function deadlineFromDateInput(value: string): Date {
  return new Date(`${value}T23:59:59+08:00`);
}

/** The date input's value for a stored deadline, in China time. */
export function dateInputFromDeadline(deadline: Date | string): string {
  return new Date(new Date(deadline).getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const deadlineField = z
  .string({ error: msg("validation.required") })
  .transform((value) => value.trim())
  .pipe(z.string().min(1, msg("validation.required")).regex(/^\d{4}-\d{2}-\d{2}$/, msg("scenario.validation.date")))
  .refine((value) => !Number.isNaN(deadlineFromDateInput(value).getTime()) && dateInputFromDeadline(deadlineFromDateInput(value)) === value, msg("scenario.validation.date"))
  .transform(deadlineFromDateInput)
  .refine((date) => date.getTime() < Date.now() + 3 * 366 * 24 * 60 * 60 * 1000, msg("scenario.validation.deadlineTooFar"));

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const scenarioSchema = z
  .object({
    intent: z.enum(["save", "submit"]).default("save"),
    title: requiredText(100, 4),
    summary: requiredText(300, 10),
    description: requiredText(10_000, 20),
    categoryId: requiredText(40),
    industryChain: listField(),
    tags: listField(),
    district: z.enum(DISTRICTS, { error: msg("validation.choose") }),
    budgetMin: wanField(),
    budgetMax: wanField(),
    deadline: deadlineField,
    mode: z.enum(SCENARIO_MODES, { error: msg("validation.choose") }),
    expectedFirstUnitTypes: z.array(z.enum(FIRST_UNIT_TYPES, { error: msg("validation.choose") })).max(FIRST_UNIT_TYPES.length).default([]),
    allowMultipleWinners: checkbox,
    contactName: requiredText(50),
    contactPhone: phoneField,
    contactEmail: emailField,
  })
  .superRefine((value, ctx) => {
    // A need with no money for it is no procurement; matching would call every price "far above a ceiling of 0".
    if (value.budgetMax < 1) ctx.addIssue({ code: "custom", path: ["budgetMax"], message: msg("scenario.validation.budgetCeilingZero") });
    else if (value.budgetMin > value.budgetMax) ctx.addIssue({ code: "custom", path: ["budgetMax"], message: msg("scenario.validation.budgetOrder") });
    if (value.intent === "submit" && value.deadline.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: msg("scenario.validation.deadlinePast") });
    }
  });
export type ScenarioInput = z.infer<typeof scenarioSchema>;

export const REVIEW_DECISIONS = ["approve", "requestChanges", "reject"] as const;

export const reviewDecisionSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, { error: msg("validation.choose") }),
    reason: optionalText(1000),
    batch: optionalText(20).refine((value) => value === "" || BATCH_PATTERN.test(value), msg("scenario.validation.batch")),
  })
  .refine((value) => value.decision === "approve" || value.reason.length > 0, { path: ["reason"], message: msg("scenario.validation.reasonRequired") });

export const ownerActionSchema = z.object({
  intent: z.enum(["submit", "close", "archive", "markUnawarded"], { error: msg("validation.choose") }),
});

const categoryNames = {
  nameZh: requiredText(20),
  nameEn: requiredText(40),
  sortOrder: z
    .string({ error: msg("validation.required") })
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(z.string().regex(/^\d{1,4}$/, msg("scenario.validation.sortOrder")))
    .transform(Number),
};

export const categoryUpdateSchema = z.object({ intent: z.literal("update"), categoryId: requiredText(40), ...categoryNames, active: checkbox });
export const categoryCreateSchema = z.object({
  intent: z.literal("create"),
  code: z
    .string({ error: msg("validation.required") })
    .transform((value) => value.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{1,29}$/, msg("scenario.validation.categoryCode"))),
  ...categoryNames,
});
export const categoryFormSchema = z.discriminatedUnion("intent", [categoryUpdateSchema, categoryCreateSchema]);
