// The background jobs of the notifications domain, registered in utils/background-jobs.server.ts.
import type { BackgroundJob } from "~/utils/background-jobs.server";
import { queueDailyDigests } from "./email-digest.server";
import { deliverPendingEmails } from "./email-outbox.server";

export const EMAIL_JOBS: BackgroundJob[] = [
  { name: "email-delivery", everyMs: 5_000, run: () => deliverPendingEmails() },
  { name: "daily-digest", everyMs: 10 * 60_000, run: () => queueDailyDigests() },
];
