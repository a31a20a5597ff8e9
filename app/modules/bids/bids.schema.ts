// Bid forms, shared by browser and server.
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { optionalText, readTypedNumber, readTypedWan, requiredText } from "~/utils/validation";
import { INVITE_SOURCES } from "./invite-source";

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
