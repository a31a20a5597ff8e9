import { describe, expect, it } from "vitest";
import { findUsccProblem, isValidUscc, normalizeUscc, usccCheckCharacter, withUsccCheckCharacter } from "./uscc";

describe("USCC (GB 32100-2015)", () => {
  // The worked example printed in GB 32100-2015 itself.
  it("accepts the standard's example code", () => {
    expect(findUsccProblem("91350100M000100Y43")).toBeNull();
  });

  it("rejects a wrong check character and names the expected one", () => {
    expect(findUsccProblem("91350100M000100Y44")).toEqual({ kind: "checksum", expected: "3", actual: "4" });
  });

  it("rejects wrong lengths and forbidden letters", () => {
    expect(findUsccProblem("9135010")).toEqual({ kind: "length", length: 7 });
    expect(findUsccProblem("91350100M000100YO3")).toEqual({ kind: "characters", invalid: "O" });
  });

  it("requires a six-digit administrative division", () => {
    const code = withUsccCheckCharacter("9137A1000000000XX".replace(/X/g, "0"));
    expect(findUsccProblem(code)).toEqual({ kind: "division" });
  });

  it("normalises spaces, dashes and case", () => {
    expect(normalizeUscc(" 9135 0100-m000100y43 ")).toBe("91350100M000100Y43");
    expect(isValidUscc("9135 0100 m000 100y43")).toBe(true);
  });

  it("check character 31 wraps to 0", () => {
    // Any body whose weighted sum is a multiple of 31 must get "0".
    const body = "00000000000000000";
    expect(usccCheckCharacter(body)).toBe("0");
  });
});
