// Report and moderation forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { honeypotField, requiredText } from "~/utils/validation";

export const REPORTABLE_TYPES = ["SCENARIO", "SOLUTION", "CASE"] as const;
export type ReportableType = (typeof REPORTABLE_TYPES)[number];
/** Records that carry a `hidden` flag; cases have none, so a reported case is dismissed or handled in case review. */
export const HIDEABLE_TYPES = ["SCENARIO", "SOLUTION", "CASE"] as const;
export const REPORT_STATUSES = ["OPEN", "HIDDEN", "DISMISSED"] as const;

export const reportSchema = z.object({
  entityType: z.enum(REPORTABLE_TYPES, { error: msg("validation.choose") }),
  entityId: z.string({ error: msg("validation.required") }).min(1, msg("validation.required")).max(64, msg("validation.invalid")),
  reason: requiredText(1000, 5),
  redirectTo: z.string().max(300).optional(),
  website_url: honeypotField,
});

export const moderationDecisionSchema = z.object({
  decision: z.enum(["hide", "restore", "dismiss"], { error: msg("validation.choose") }),
  reason: requiredText(500, 2),
});
