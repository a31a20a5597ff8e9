// Contact phone numbers (an organisation's, a scenario's), read as people write them and stored in one form each
// (ADR 0020). Mainland China numbers may be written domestically or with +86 / 0086, grouped with spaces, hyphens,
// dots or brackets; numbers outside mainland China in international form, + and the country code first.
//
// Stored forms: a mobile as its 11 digits ("13800138000"), a landline as area code and number ("0633-8888888"), with
// an extension after a hyphen as Chinese business cards write it ("0633-8888888-123"); any other number as "+", the
// country code and the groups typed ("+49 30 12345678", "+852 2123 4567"), an extension after " ext. ".

export type PhoneProblem = "characters" | "areaCode" | "format";
export type PhoneReading = { ok: true; phone: string } | { ok: false; problem: PhoneProblem };

const MOBILE = /^1[3-9]\d{9}$/;
/** 0, an area code (10, 2x or three digits from 3 up) and a number of 7 or 8 digits. */
const LANDLINE = /^0(10|2\d|[3-9]\d{2})(\d{7,8})$/;
/** E.164: at most 15 digits with the country code; fewer than 7 is no number anywhere. */
const INTERNATIONAL_DIGITS = { min: 7, max: 15 };
/** An extension written out: "转 123", "分机 123", "ext. 123", "x123", "#123". */
const WRITTEN_EXTENSION = /^(.*?\d\)?)\s*(?:转|分机|ext\.?|extension|x|#)\s*(\d{1,6})$/iu;
/** What may stand between the digits: spaces, hyphens and dashes, dots, brackets. */
const SEPARATORS = /[\s\-.()]/g;

export function readPhoneNumber(typed: string): PhoneReading {
  // Full-width digits, ＋, （）and the ideographic space as ASCII; every dash as a hyphen; a country code in brackets.
  const text = typed
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\(\+(\d{1,3})\)/, "+$1"); // "(+86) 138 …"
  const written = WRITTEN_EXTENSION.exec(text);
  if (written) return readNumber(written[1], written[2]);
  // "0633-8888888-123", "0633 8888888 1": a hyphen or space after a complete number whose last group has 7 or 8 digits
  // starts its extension. Read so first: read as one number, "0633-8221001-1" was stored as 0633-82210011, another
  // number (a code review).
  const separated = /^(.*(?:^|\D)\d{7,8})[- ](\d{1,6})$/.exec(text);
  const withExtension = separated ? readNumber(separated[1], separated[2]) : null;
  if (withExtension?.ok) return withExtension;
  const reading = readNumber(text, null);
  // A number the earlier rule took is still taken, as it was stored ("0633-8888888 123", "013800138000"): an owner
  // saving the form for another field must not be refused a number nobody changed (a code review).
  return reading.ok || !EARLIER_RULE.test(text) ? reading : { ok: true, phone: text };
}

/** The rule contact numbers were checked by until 2026-12-08 (ADR 0020), for the numbers saved under it. */
const EARLIER_RULE = /^(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}(?:[- ]?\d{1,6})?)$/;

function readNumber(number: string, extension: string | null): PhoneReading {
  if (!/^\+?[\d\s\-.()]+$/.test(number)) return { ok: false, problem: "characters" };
  if (!bracketsPaired(number)) return { ok: false, problem: "format" };
  if (/^(?:\+|00)/.test(number)) {
    // "+86 (0)633 …", "+49 (0)30 …": the bracketed 0 is the domestic trunk prefix, not dialled from abroad.
    const digits = number.replace(/\(0\)/, "").replace(SEPARATORS, "").replace(/^\+|^00/, "");
    return digits.startsWith("86") ? mainland(digits.slice(2), extension, true) : foreign(number, digits, extension);
  }
  const digits = number.replace(SEPARATORS, "");
  // "86 138 …": the country code written without + (read so before, and no domestic number starts with 86).
  const withCountryCode = digits.startsWith("86") ? mainland(digits.slice(2), extension, false) : null;
  if (withCountryCode?.ok) return withCountryCode;
  const reading = mainland(digits, extension, false);
  // Seven or eight digits alone are a local number: it needs its area code.
  return !reading.ok && /^[1-9]\d{6,7}$/.test(digits) ? { ok: false, problem: "areaCode" } : reading;
}

/** A mainland number: after +86 a landline's leading 0 may be left out (as dialled from abroad) or kept. */
function mainland(digits: string, extension: string | null, afterCountryCode: boolean): PhoneReading {
  if (MOBILE.test(digits)) return extension ? { ok: false, problem: "format" } : { ok: true, phone: digits };
  const landline = LANDLINE.exec(afterCountryCode && !digits.startsWith("0") ? `0${digits}` : digits);
  if (!landline) return { ok: false, problem: "format" };
  return { ok: true, phone: `0${landline[1]}-${landline[2]}${extension ? `-${extension}` : ""}` };
}

/** A number outside mainland China: the groups as typed, brackets and the trunk (0) left out, one space between. */
function foreign(number: string, digits: string, extension: string | null): PhoneReading {
  if (digits.startsWith("0") || digits.length < INTERNATIONAL_DIGITS.min || digits.length > INTERNATIONAL_DIGITS.max) return { ok: false, problem: "format" };
  const groups = number
    .replace(/\(0\)/, " ")
    .replace(/^(?:\+|00)/, "")
    .split(/[\s\-.()]+/)
    .filter(Boolean);
  return { ok: true, phone: `+${groups.join(" ")}${extension ? ` ext. ${extension}` : ""}` };
}

/** Brackets in pairs, none inside another, around digits only: "(0633)", "(0)". */
function bracketsPaired(text: string): boolean {
  return !/[()]/.test(text.replace(/\(\d+\)/g, ""));
}
