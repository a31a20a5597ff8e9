import { describe, expect, it } from "vitest";
import { likelyMeantPrice, priceFarFromBudget } from "./price-plausibility";

const budget = { budgetMin: 80, budgetMax: 150 }; // 800k–1.5M CNY, the QA report's scenario

describe("a price far from the budget", () => {
  it("is one more than ten times the ceiling or under a tenth of the floor; everything between is a price a firm may mean", () => {
    expect(priceFarFromBudget(1_200_000, budget)).toBe("aboveCeiling"); // 1.2M CNY typed in yuan
    expect(priceFarFromBudget(1501, budget)).toBe("aboveCeiling");
    expect(priceFarFromBudget(1500, budget)).toBeNull();
    expect(priceFarFromBudget(300, budget)).toBeNull(); // twice the ceiling: expensive, not a wrong unit
    expect(priceFarFromBudget(8, budget)).toBeNull();
    expect(priceFarFromBudget(7, budget)).toBe("belowFloor");
    expect(priceFarFromBudget(1, budget)).toBe("belowFloor"); // 1.2 (million) typed as 1
  });

  it("has no low limit when the budget has no floor", () => {
    expect(priceFarFromBudget(1, { budgetMin: 0, budgetMax: 150 })).toBeNull();
    expect(priceFarFromBudget(1501, { budgetMin: 0, budgetMax: 150 })).toBe("aboveCeiling");
  });
});

describe("the price probably meant", () => {
  it("reads a price far above as yuan and one far below as millions, when that reading fits the budget", () => {
    expect(likelyMeantPrice(1_200_000, budget)).toBe(120);
    expect(likelyMeantPrice(1_234_567, budget)).toBe(123); // whole 万元: all the box takes
    expect(likelyMeantPrice(1, budget)).toBe(100);
  });

  it("guesses nothing where that reading is no better, or where nothing is wrong", () => {
    expect(likelyMeantPrice(50_000, budget)).toBeNull(); // 5 万元 read as yuan: still far below
    expect(likelyMeantPrice(2000, budget)).toBeNull(); // 0.2 万元 read as yuan: not even one
    expect(likelyMeantPrice(1, { budgetMin: 2000, budgetMax: 5000 })).toBeNull(); // 1 million: still under a tenth of 20 million
    expect(likelyMeantPrice(120, budget)).toBeNull();
  });
});
