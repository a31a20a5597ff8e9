import { describe, expect, it } from "vitest";
import { moneyBands } from "./indexes";

describe("moneyBands", () => {
  it("puts a range in every band it reaches into, not in one that begins where it ends (a QA review: 80–200 under 200–500)", () => {
    expect(moneyBands(80, 200)).toEqual(["50-200"]);
    expect(moneyBands(100, 300)).toEqual(["50-200", "200-500"]);
    expect(moneyBands(200, 300)).toEqual(["200-500"]);
    expect(moneyBands(0, 50)).toEqual(["0-50"]);
    expect(moneyBands(500, 2000)).toEqual(["500-1000", "1000+"]);
  });

  it("puts a single amount in the band that holds it, edges included from below", () => {
    expect(moneyBands(200, 200)).toEqual(["200-500"]);
    expect(moneyBands(0, 0)).toEqual(["0-50"]);
    expect(moneyBands(1000, 1000)).toEqual(["1000+"]);
  });
});
