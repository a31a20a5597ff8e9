// Periodic background work inside the app process (closing scenarios past their deadline, delivering
// emails, daily digests). Each job is idempotent and safe to run in several app processes at once: it
// claims its rows in the database with conditional updates, never in memory.
import { EMAIL_JOBS } from "~/modules/notifications/email-jobs.server";
import { closeExpiredScenarios } from "~/modules/scenarios/scenarios.server";
import { errorFields, logger } from "./logger.server";

export type BackgroundJob = { name: string; everyMs: number; run: () => Promise<unknown> };

// Registered jobs. Add one line per job here (import the function from its module).
export const BACKGROUND_JOBS: BackgroundJob[] = [
  ...EMAIL_JOBS,
  { name: "close-expired-scenarios", everyMs: 60_000, run: () => closeExpiredScenarios() },
];

/** Starts every job on its interval; returns a function that stops them and waits for running ones. */
export function startBackgroundJobs(jobs: BackgroundJob[] = BACKGROUND_JOBS): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  for (const job of jobs) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return; // never overlap runs of one job in this process
      busy = true;
      const run = job
        .run()
        .catch((error) => logger.error(`background job ${job.name} failed`, errorFields(error)))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    timers.push(setInterval(tick, job.everyMs));
    setTimeout(tick, 1_000).unref();
  }
  for (const timer of timers) timer.unref();
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
