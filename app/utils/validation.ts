// Building blocks for zod schemas shared by client and server. Messages are i18n keys (see i18n.ts).
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { readPhoneNumber, type PhoneProblem } from "~/utils/phone";

// A fallback for any check that does not name its own message.
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return msg("validation.required");
    // A field posted more than once (a hand-made post; no form of ours repeats a single field) is no missing field.
    if (issue.code === "invalid_type" && Array.isArray(issue.input)) return msg("validation.oneValue");
    if (issue.code === "too_small" && issue.origin === "string")
      return Number(issue.minimum) <= 1 ? msg("validation.required") : msg("validation.tooShort", { min: Number(issue.minimum) });
    if (issue.code === "too_big" && issue.origin === "string") return msg("validation.tooLong", { max: Number(issue.maximum) });
    if (issue.code === "invalid_format" && issue.format === "email") return msg("validation.email");
    if (issue.code === "invalid_value") return msg("validation.choose");
    return msg("validation.invalid");
  },
});

/** Removes characters that are never meaningful in a form field: NUL and other C0 controls except tab/newline. */
export function stripControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

/**
 * A path on this site to send someone to (after signing in, switching language, reporting), or `fallback`:
 * never another host ("//host", "/\host"), and with everything but printable ASCII percent-encoded — a Location
 * header cannot carry 港 (a 500), an encoded tab or newline cannot turn "/\t/host" into "//host", and an
 * encoded backslash is no slash to a browser.
 */
export function localPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !/^\/(?![/\\])/.test(value)) return fallback;
  return value.replace(/[^\x21-\x5b\x5d-\x7e]/gu, percentEncoded);
}

/** A character percent-encoded as UTF-8; a lone surrogate (no character at all) is dropped. */
function percentEncoded(character: string): string {
  try {
    return encodeURIComponent(character);
  } catch {
    return "";
  }
}

/** A typed amount with full-width digits and a leading minus sign (−) as ASCII, trimmed. */
function normalizedAmount(text: string): string {
  return text.normalize("NFKC").trim().replace(/^\u2212/, "-"); // the minus sign (NFKC keeps it) is a minus
}

/** A normalized amount without the grouping of its thousands, by threes only (see ungroupDigits). */
function withoutGrouping(normalized: string): string {
  return normalized.replace(/^(-?)(\d{1,3}(?:[, ]\d{3})+)(?=\.|$)/, (_, sign: string, digits: string) => sign + digits.replace(/\D/g, ""));
}

/**
 * An amount as people type it, with its thousands grouped: "1,000", "1，000" (full width), "12 000 000" →
 * "1000", "12000000", and full-width digits and a leading minus sign (−) as ASCII. Only grouping by threes
 * counts, so "1,5" (a decimal comma in some countries) is never read as 15; the fractional part, if any, is
 * kept. Anything else comes back trimmed and normalised but otherwise as typed, for the caller to say what is
 * wrong with it.
 */
export function ungroupDigits(text: string): string {
  return withoutGrouping(normalizedAmount(text));
}

/**
 * ungroupDigits for a box whose unit is 万元, with the unit written out as many people write it: "100万",
 * "100 万元", "1,000万元" → "100", "100", "1000". Only the box's own unit: "100元" or "1亿" stay as typed, for the
 * schema to refuse.
 */
export function ungroupWan(text: string): string {
  return withoutGrouping(normalizedAmount(text).replace(/(?<=\d)\s*万元?$/u, ""));
}

/** The number a form field's text says, once `ungroup` has read it; other values pass through to the schema. */
function readTyped(value: unknown, ungroup: (text: string) => string): unknown {
  if (typeof value !== "string") return value;
  const text = ungroup(value);
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : value;
}

/**
 * For a number schema of a form field: a typed amount with grouped thousands (ungroupDigits) becomes the
 * number it says; other values pass through to the schema (and conform's own coercion), which reports them.
 */
export function readTypedNumber(value: unknown): unknown {
  return readTyped(value, ungroupDigits);
}

/** readTypedNumber for an amount in 万元: the unit may be written out too (ungroupWan). */
export function readTypedWan(value: unknown): unknown {
  return readTyped(value, ungroupWan);
}

/**
 * Line breaks as one character each. A browser counts a line break of a textarea as one character against its
 * maxlength but sends it as two (CR LF): a message typed to the box's limit of 500 arrived as 510 and was refused as
 * too long (a QA review, with JavaScript off). Stored texts get plain "\n" too.
 */
export function withPlainLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** A required single-line text field, trimmed, with a length limit. */
export function requiredText(max: number, min = 1) {
  return z
    .string({ error: (issue) => (Array.isArray(issue.input) ? msg("validation.oneValue") : msg("validation.required")) })
    .overwrite(withPlainLineBreaks)
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? msg("validation.required") : msg("validation.tooShort", { min }))
        .max(max, msg("validation.tooLong", { max })),
    );
}

/**
 * An optional text field: empty means "". The length is checked before trimming (trimming only shortens),
 * and the optional string comes first so conform's empty-string → undefined coercion is accepted.
 */
export function optionalText(max: number) {
  return z
    .string()
    .overwrite(withPlainLineBreaks) // before the length check, which counts as the browser did
    .max(max, msg("validation.tooLong", { max }))
    .optional()
    .transform((value) => stripControlCharacters(value ?? "").trim());
}

export const emailField = z
  .string({ error: msg("validation.required") })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().max(254, msg("validation.tooLong", { max: 254 })).email(msg("validation.email")));

const PHONE_PROBLEMS: Record<PhoneProblem, string> = {
  characters: msg("validation.phoneCharacters"),
  areaCode: msg("validation.phoneAreaCode"),
  format: msg("validation.phone"),
};

/**
 * A contact phone number as people write it (utils/phone.ts): stored in its one form ("+86 138 0013 8000" as
 * 13800138000); one that cannot be read is told which forms are taken (the form keeps what was typed).
 */
export const phoneField = z
  .string({ error: msg("validation.required") })
  .transform((value) => stripControlCharacters(value).trim())
  .pipe(z.string().min(1, msg("validation.required")).max(40, msg("validation.tooLong", { max: 40 })))
  .transform((value, context) => {
    const reading = readPhoneNumber(value);
    if (reading.ok) return reading.phone;
    context.addIssue({ code: "custom", message: PHONE_PROBLEMS[reading.problem] });
    return z.NEVER;
  });

/** Honeypot: a field hidden from people; bots fill it in. */
export const HONEYPOT_FIELD = "website_url";
export const honeypotField = z
  .string()
  .optional()
  .refine((value) => !value, msg("validation.honeypot"));
