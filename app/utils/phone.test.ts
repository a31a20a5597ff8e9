import { describe, expect, it } from "vitest";
import { readPhoneNumber } from "./phone";

const stored = (typed: string) => {
  const reading = readPhoneNumber(typed);
  return reading.ok ? reading.phone : reading.problem;
};

describe("a contact phone number", () => {
  it("is read with spaces, hyphens, dots and brackets inside, and +86 / 0086 before it (QA10 M4)", () => {
    // Every form of the QA report, and each stored as the same number written domestically.
    for (const typed of ["+86 138 0013 8000", "138 0013 8000", "138-0013-8000", "+86 13800138000", "+86-13800138000", "0086 138 0013 8000", "13800138000", "86 13800138000", "(+86) 138 0013 8000", "１３８ ００１３ ８０００", "138.0013.8000"]) {
      expect(stored(typed), typed).toBe("13800138000");
    }
    for (const typed of ["+86 633 8888888", "(0633) 8888888", "0633 8888888", "0633-8888888", "+86 (0)633 8888888", "+86 0633 8888888", "0086-633-8888888", "（0633）8888888", "0633–8888888", "86-0633-8888888"]) {
      expect(stored(typed), typed).toBe("0633-8888888");
    }
    expect(stored("010 1234 5678")).toBe("010-12345678");
    expect(stored("+86 10 1234 5678")).toBe("010-12345678");
    expect(stored("021-1234567")).toBe("021-1234567");
    expect(stored("0633 88888888")).toBe("0633-88888888");
  });

  it("keeps a landline's extension, written out or after a hyphen", () => {
    for (const typed of ["0633-8888888-123", "0633-8888888 转 123", "0633 8888888转123", "(0633) 8888888 ext. 123", "0633-8888888 x123", "+86 633 8888888 分机 123"]) {
      expect(stored(typed), typed).toBe("0633-8888888-123");
    }
  });

  it("takes a number outside mainland China in international form, stored with + and its groups", () => {
    expect(stored("+49 30 12345678")).toBe("+49 30 12345678");
    expect(stored("0049 (0)30 1234-5678")).toBe("+49 30 1234 5678");
    expect(stored("+1 (415) 555-0100")).toBe("+1 415 555 0100");
    expect(stored("+852 2123 4567")).toBe("+852 2123 4567");
    expect(stored("+886 2 2345 6789")).toBe("+886 2 2345 6789");
    expect(stored("+44 20 7946 0958 ext. 12")).toBe("+44 20 7946 0958 ext. 12");
    expect(stored("+4930123456")).toBe("+4930123456");
  });

  it("says why a number cannot be read: a character no number has, a local number without its area code, or a form of none", () => {
    for (const typed of ["abc", "138 0013 800O", "tel: 13800138000", "138/0013/8000", "13800138000; 13900139000"]) expect(stored(typed), typed).toBe("characters");
    for (const typed of ["8888888", "888 8888", "88888888"]) expect(stored(typed), typed).toBe("areaCode");
    for (const typed of [
      "1380013800", // a digit short
      "138001380000", // a digit too many
      "12800138000", // no mobile starts 12
      "+86 138 0013 800",
      "+0 123 4567 890", // no country code starts with 0
      "+49 123", // too short for any country
      "+49 1234 5678 9012 3456", // over E.164's 15 digits
      "0633-888888", // a landline number of 6 digits
      "(0633 8888888",
      "0633) 8888888",
      "((0633)) 8888888",
      "13800138000 转 12", // a mobile has no extension
      "00 86",
    ]) {
      expect(stored(typed), typed).toBe("format");
    }
  });

  it("reads a short extension after a separator as an extension, not as more of the number (a code review)", () => {
    expect(stored("0633-8221001-1")).toBe("0633-8221001-1");
    expect(stored("021-1234567-8")).toBe("021-1234567-8");
    expect(stored("0633 8888888 8")).toBe("0633-8888888-8");
  });

  it("still takes every number the earlier rule took, so a saved number is never refused on the next save (a code review)", () => {
    expect(stored("0633-88888888 1")).toBe("0633-88888888-1");
    expect(stored("013800138000")).toBe("013800138000"); // as it was stored
  });
});
