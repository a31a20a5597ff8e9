// A failure repeated on every request is logged once per interval, with how many times it was not.
import { describe, expect, it } from "vitest";
import { logThrottle } from "./logger.server";

describe("logThrottle", () => {
  it("logs the first time, then once per interval, counting what it left out", () => {
    const throttle = logThrottle(60_000);
    expect(throttle.shouldLog(1_000)).toEqual({ log: true, leftOut: 0 });
    expect(throttle.shouldLog(2_000)).toEqual({ log: false });
    expect(throttle.shouldLog(60_999)).toEqual({ log: false });
    expect(throttle.shouldLog(61_000)).toEqual({ log: true, leftOut: 2 });
    expect(throttle.shouldLog(61_001)).toEqual({ log: false });
    expect(throttle.shouldLog(200_000)).toEqual({ log: true, leftOut: 1 });
  });
});
