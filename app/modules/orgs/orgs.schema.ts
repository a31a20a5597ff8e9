// Organisation forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { emailField, optionalText, phoneField, requiredText } from "~/utils/validation";
import { DISTRICTS, ENTERPRISE_TIERS, ORG_FLAGS, ORG_KINDS } from "./districts";
import { findUsccProblem, normalizeUscc } from "./uscc";

export const usccField = z
  .string({ error: msg("validation.required") })
  .transform(normalizeUscc)
  .superRefine((code, ctx) => {
    if (code.length === 0) {
      ctx.addIssue({ code: "custom", message: msg("validation.required") });
      return;
    }
    const problem = findUsccProblem(code);
    if (!problem) return;
    const messages = {
      length: () => msg("uscc.length", { length: code.length }),
      characters: () => msg("uscc.characters", { invalid: problem.kind === "characters" ? problem.invalid : "" }),
      division: () => msg("uscc.division"),
      checksum: () => msg("uscc.checksum", { expected: problem.kind === "checksum" ? problem.expected : "" }),
    } as const;
    ctx.addIssue({ code: "custom", message: messages[problem.kind]() });
  });

const websiteField = optionalText(200).refine(
  (value) => value === "" || /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(value),
  msg("validation.url"),
);

export const organizationSchema = z.object({
  kind: z.enum(ORG_KINDS, { error: msg("validation.choose") }),
  name: requiredText(100, 2),
  uscc: usccField,
  district: z.enum(DISTRICTS, { error: msg("validation.choose") }),
  tier: z.enum(ENTERPRISE_TIERS, { error: msg("validation.choose") }).optional(),
  flags: z.array(z.enum(ORG_FLAGS, { error: msg("validation.choose") })).max(ORG_FLAGS.length).default([]),
  description: optionalText(2000),
  website: websiteField,
  contactName: requiredText(50),
  contactPhone: phoneField,
  contactEmail: emailField,
});
export type OrganizationInput = z.infer<typeof organizationSchema>;

export const addMemberSchema = z.object({
  email: emailField,
  role: z.enum(["OWNER", "MEMBER"], { error: msg("validation.choose") }).default("MEMBER"),
});

export const verificationDecisionSchema = z
  .object({
    decision: z.enum(["verify", "reject", "revoke"], { error: msg("validation.choose") }),
    reason: optionalText(500),
  })
  .refine((value) => value.decision === "verify" || value.reason.length > 0, {
    path: ["reason"],
    message: msg("validation.reasonRequired"),
  });
