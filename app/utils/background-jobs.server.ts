// Periodic background work inside the app process (closing scenarios past their deadline, delivering
// emails, daily digests). Each job is idempotent and safe to run in several app processes at once: it
// claims its rows in the database with conditional updates, never in memory.
import { EMAIL_JOBS } from "~/modules/notifications/email-jobs.server";
import { closeExpiredScenarios } from "~/modules/scenarios/scenarios.server";
import { SEARCH_JOBS } from "~/modules/search/search-jobs.server";
import { errorFields, logger } from "./logger.server";

export type BackgroundJob = {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  /** Delay before the first run; default 1 s. */
  firstRunAfterMs?: number;
  /** Lets the job be woken between intervals: subscribes a "run soon" callback, returns the unsubscribe. */
  wakeOn?: (runSoon: () => void) => () => void;
};

// Registered jobs. Add one line per job here (import the function from its module).
export const BACKGROUND_JOBS: BackgroundJob[] = [
  ...EMAIL_JOBS,
  ...SEARCH_JOBS,
  { name: "close-expired-scenarios", everyMs: 60_000, run: () => closeExpiredScenarios() },
];

/** Starts every job on its interval; returns a function that stops them and waits for running ones. */
export function startBackgroundJobs(jobs: BackgroundJob[] = BACKGROUND_JOBS): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  const unsubscribes: (() => void)[] = [];
  let stopped = false;
  for (const job of jobs) {
    let busy = false;
    let wokenWhileBusy = false;
    const tick = () => {
      if (stopped) return;
      if (busy) {
        // never overlap runs of one job in this process; a wake-up during a run asks for one more run
        wokenWhileBusy = true;
        return;
      }
      busy = true;
      wokenWhileBusy = false;
      const run = job
        .run()
        .catch((error) => logger.error(`background job ${job.name} failed`, errorFields(error)))
        .finally(() => {
          busy = false;
          running.delete(run);
          if (wokenWhileBusy) tick();
        });
      running.add(run);
    };
    const poll = () => {
      if (!busy) tick();
    };
    timers.push(setInterval(poll, job.everyMs));
    setTimeout(poll, job.firstRunAfterMs ?? 1_000).unref();
    if (job.wakeOn) unsubscribes.push(job.wakeOn(tick));
  }
  for (const timer of timers) timer.unref();
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    for (const unsubscribe of unsubscribes) unsubscribe();
    await Promise.allSettled([...running]);
  };
}
