import { describe, expect, it } from "vitest";
import { formatDate } from "./use-format-date";

describe("formatDate", () => {
  const deadline = "2027-06-30T15:59:00Z"; // 23:59 in Rizhao

  it("gives Beijing time, and tells an English reader so (a foreign firm read 23:59 as its own)", () => {
    expect(formatDate("en", deadline, true)).toBe("30 Jun 2027, 23:59 GMT+8");
    expect(formatDate("zh", deadline, true)).toBe("2027/06/30 23:59");
  });

  it("a date alone has no time and no zone", () => {
    expect(formatDate("en", deadline)).toBe("30 Jun 2027");
    expect(formatDate("zh", deadline)).toBe("2027/06/30");
  });
});
