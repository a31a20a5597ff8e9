// Bid forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { optionalText, readTypedNumber, readTypedWan, requiredText } from "~/utils/validation";
import { INVITE_SOURCES } from "./invite-source";
import { likelyMeantPrice, priceFarFromBudget, type Budget } from "./price-plausibility";

/** Upper bound of a quote, 万元 (one hundred billion CNY): beyond it the number is a typo. */
export const MAX_QUOTED_PRICE = 10_000_000;
export const MAX_DELIVERY_DAYS = 3650;

const wholeNumber = (max: number, tooBigKey: string, read: (value: unknown) => unknown = readTypedNumber) =>
  z.preprocess(
    read, // "1,000" is a thousand
    z
      .number({ error: msg("bid.errors.wholeNumber") })
      .int(msg("bid.errors.wholeNumber"))
      .min(1, msg("bid.errors.positive"))
      .max(max, msg(tooBigKey, { max })),
  );

export const bidSchema = z.object({
  proposal: requiredText(5000, 20),
  quotedPrice: wholeNumber(MAX_QUOTED_PRICE, "bid.errors.priceTooHigh", readTypedWan), // "100万" is 100 (万元)
  deliveryDays: wholeNumber(MAX_DELIVERY_DAYS, "bid.errors.deliveryTooLong"),
  // An id from the firm's own published solutions; the server checks ownership and status.
  solutionId: optionalText(40),
  // "I confirm this price": offered with the question a price far outside the budget gets (priceQuestion).
  confirmPrice: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type BidInput = z.infer<typeof bidSchema>;

/**
 * The question a price far outside the budget is asked, as messages for the price field: what the number comes to in
 * 万元 and in yuan, the budget's limit it is so far from, and the price probably meant if the unit was mistaken. An
 * empty list when the price is plausible, or the firm confirmed it.
 */
export function priceQuestion(price: number, confirmed: boolean, budget: Budget): string[] {
  const far = priceFarFromBudget(price, budget);
  if (!far || confirmed) return [];
  const meant = likelyMeantPrice(price, budget);
  const question =
    far === "aboveCeiling"
      ? msg("bid.errors.priceFarAboveBudget", { price, budgetMax: budget.budgetMax })
      : msg("bid.errors.priceFarBelowBudget", { price, budgetMin: budget.budgetMin });
  if (meant === null) return [question];
  return [question, far === "aboveCeiling" ? msg("bid.errors.priceMeantYuan", { meant }) : msg("bid.errors.priceMeantMillions", { price, meant })];
}

/** Whether a message on the price field is the question priceQuestion asks (the page then offers the confirmation). */
export function isPriceQuestion(message: string): boolean {
  return message.startsWith("bid.errors.priceFar");
}

/**
 * The bid form of one scenario: bidSchema, and a price far outside this budget is refused until the firm ticks "I
 * confirm this price". The same schema checks the form in the browser and, with the budget read again, on the server.
 */
export function bidSchemaForBudget(budget: Budget) {
  return bidSchema.superRefine(
    (bid, context) => {
      for (const message of priceQuestion(bid.quotedPrice, bid.confirmPrice, budget)) context.addIssue({ code: "custom", path: ["quotedPrice"], message });
    },
    // Also while other fields are wrong, so that everything to correct is said at once; not when the price itself is.
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "quotedPrice" || issue.path?.[0] === "confirmPrice") },
  );
}

export const rejectBidSchema = z.object({
  intent: z.literal("reject"),
  bidId: requiredText(40),
  reason: requiredText(500),
});

/**
 * Each invite form names one solution and the list it is in (`source`). A post naming several solutions, or a list no
 * form has, was made by hand or by a page that no longer fits: it is said so, not read as "required" or as the search.
 * A form without `source` is the original search form. The fields are in the order their errors are said (zod reports
 * them in this order): what makes the post unusable comes before the length of the message.
 */
export const inviteSchema = z.object({
  solutionId: z
    .unknown()
    .refine((value) => !Array.isArray(value), { error: msg("bid.errors.inviteOneSolution"), abort: true })
    .pipe(requiredText(40)),
  source: z.enum(INVITE_SOURCES, { error: msg("bid.errors.inviteSourceUnknown") }).optional(),
  message: optionalText(500),
});
