// Whether a quoted price is plausible for a scenario's budget. A bid's price is typed in 万元 (10,000 CNY); a
// price typed in yuan comes out 10,000 times too high, one typed in millions of CNY (as the English search boxes
// take amounts) 100 times too low. Neither is caught by "a whole number", so a price far outside the budget is
// only taken once the firm confirms it (QA: a bid of 12 billion CNY went in for a budget of 1.5 million).
// A firm may quote above the ceiling or below the floor for good reasons: only an order of magnitude off counts.

/** How far outside the budget a price must be before it is asked about: more than this times the ceiling, or under the floor divided by it. */
export const FAR_FROM_BUDGET_FACTOR = 10;

export type Budget = { budgetMin: number; budgetMax: number };
export type FarFromBudget = "aboveCeiling" | "belowFloor";

/**
 * "aboveCeiling" when the price is more than ten times the budget's ceiling, "belowFloor" when it is under a tenth
 * of its floor (a floor of 0 has no tenth: any low price may be meant), otherwise null.
 */
export function priceFarFromBudget(price: number, budget: Budget): FarFromBudget | null {
  if (price > budget.budgetMax * FAR_FROM_BUDGET_FACTOR) return "aboveCeiling";
  if (price * FAR_FROM_BUDGET_FACTOR < budget.budgetMin) return "belowFloor";
  return null;
}

/**
 * The price the firm probably meant, in 万元, when reading the typed number in the unit people mistake for 万元 brings
 * it within reach of the budget: a price far above read as yuan (÷ 10,000, to whole 万元, which is all the box takes),
 * a price far below read as millions of CNY (× 100). Null when that reading is no better (then no guess is offered).
 */
export function likelyMeantPrice(price: number, budget: Budget): number | null {
  const far = priceFarFromBudget(price, budget);
  if (!far) return null;
  const meant = far === "aboveCeiling" ? Math.round(price / 10_000) : price * 100;
  return meant >= 1 && priceFarFromBudget(meant, budget) === null ? meant : null;
}
