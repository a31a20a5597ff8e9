// Bid forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { optionalText, readTypedNumber, readTypedWan, requiredText } from "~/utils/validation";

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
});
export type BidInput = z.infer<typeof bidSchema>;

export const rejectBidSchema = z.object({
  intent: z.literal("reject"),
  bidId: requiredText(40),
  reason: requiredText(500),
});

export const inviteSchema = z.object({
  solutionId: requiredText(40),
  message: optionalText(500),
});
