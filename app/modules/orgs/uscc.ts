// 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
// 18 characters: registration authority (1), organisation type (1), administrative division (6 digits),
// organisation code (9) and a check character computed over the first 17 (modulo 31).

/** The 31 characters the standard allows; I, O, Z, S and V are excluded to avoid confusion. */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem =
  | { kind: "length"; length: number }
  | { kind: "characters"; invalid: string }
  | { kind: "division" }
  | { kind: "checksum"; expected: string; actual: string };

/** Upper-cases and removes spaces and dashes people type when copying a code from a licence. */
export function normalizeUscc(input: string): string {
  return input.replace(/[\s\-－]/g, "").toUpperCase();
}

/** The check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += USCC_ALPHABET.indexOf(first17[index]) * WEIGHTS[index];
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check];
}

/** Returns null when the (normalised) code is valid, else the first problem found. */
export function findUsccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return { kind: "length", length: code.length };
  const invalid = [...new Set([...code].filter((char) => !USCC_ALPHABET.includes(char)))];
  if (invalid.length > 0) return { kind: "characters", invalid: invalid.join(" ") };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { kind: "division" };
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) return { kind: "checksum", expected, actual: code[17] };
  return null;
}

export function isValidUscc(code: string): boolean {
  return findUsccProblem(normalizeUscc(code)) === null;
}

/** Builds a valid code from a 17-character body (used by the seed and by tests). */
export function withUsccCheckCharacter(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}
