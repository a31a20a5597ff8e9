import { describe, expect, it } from "vitest";
import { startBackgroundJobs } from "./background-jobs.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("background jobs", () => {
  it("runs each job on its interval, never two runs of one job at once, and waits for a running one on stop", async () => {
    let running = 0;
    let maxConcurrent = 0;
    let runs = 0;
    let finished = 0;
    const stop = startBackgroundJobs([
      {
        name: "slow",
        everyMs: 20,
        run: async () => {
          running += 1;
          runs += 1;
          maxConcurrent = Math.max(maxConcurrent, running);
          await sleep(120);
          running -= 1;
          finished += 1;
        },
      },
    ]);
    await sleep(1_400);
    await stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxConcurrent).toBe(1);
    expect(finished).toBe(runs);
  });

  it("keeps going after a job fails", async () => {
    let attempts = 0;
    const stop = startBackgroundJobs([{ name: "flaky", everyMs: 150, run: async () => { attempts += 1; throw new Error("boom"); } }]);
    await sleep(1_400);
    await stop();
    expect(attempts).toBeGreaterThanOrEqual(2);
  });
});
