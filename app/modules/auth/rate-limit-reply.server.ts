// The answer to a sign-in or sign-up attempt from an address over its limit (express-app.server.ts counts the
// attempts and tells the action, through the load context, how many minutes remain).
import { msg } from "~/utils/i18n";

type Replyable = { reply(options: { formErrors: string[]; hideFields: string[] }): unknown };

/**
 * 429 with the form as typed (the `hideFields` — passwords — left out) and how long to wait, in the reader's
 * language; null when the address may try (`retryAfterMinutes` null). No password is checked and no account made.
 */
export function tooManyAttemptsReply(submission: Replyable, retryAfterMinutes: number | null, hideFields: string[]): Response | null {
  if (retryAfterMinutes === null) return null;
  return Response.json(submission.reply({ formErrors: [msg("errors.tooManyAttempts", { count: retryAfterMinutes })], hideFields }), { status: 429 });
}
