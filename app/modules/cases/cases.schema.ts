// Case forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { optionalText, requiredText } from "~/utils/validation";

export const MAX_FIGURES = 6;

const figureSchema = z
  .object({ label: optionalText(20), value: optionalText(30) })
  .superRefine((figure, ctx) => {
    if (figure.label && !figure.value) ctx.addIssue({ code: "custom", path: ["value"], message: msg("caseStudy.errors.figureValue") });
    if (!figure.label && figure.value) ctx.addIssue({ code: "custom", path: ["label"], message: msg("caseStudy.errors.figureLabel") });
  });

export const caseSchema = z.object({
  title: requiredText(100, 4),
  outcome: requiredText(5000, 20),
  figures: z
    .array(figureSchema)
    .max(MAX_FIGURES, msg("caseStudy.errors.tooManyFigures", { max: MAX_FIGURES }))
    .default([])
    // Empty rows of the form are not figures.
    .transform((figures) => figures.filter((figure) => figure.label && figure.value)),
});
export type CaseInput = z.infer<typeof caseSchema>;

export const newCaseSchema = caseSchema.extend({ bidId: requiredText(40) });

export const caseDecisionSchema = z
  .object({
    decision: z.enum(["publish", "return"], { error: msg("validation.choose") }),
    reason: optionalText(500),
  })
  .refine((value) => value.decision === "publish" || value.reason.length > 0, {
    path: ["reason"],
    message: msg("caseStudy.errors.reasonRequired"),
  });

export type CaseFigure = { label: string; value: string };

/** Figures as stored (JSON), read defensively: anything odd is dropped. */
export function readFigures(value: unknown): CaseFigure[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is CaseFigure => !!item && typeof item === "object" && typeof item.label === "string" && typeof item.value === "string")
    .slice(0, MAX_FIGURES);
}
