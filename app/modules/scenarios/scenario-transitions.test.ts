import { describe, expect, it } from "vitest";
import {
  SCENARIO_ACTIONS,
  SCENARIO_ACTOR_KINDS,
  SCENARIO_STATES,
  ScenarioTransitionError,
  allowedScenarioActions,
  daysUntil,
  batchLabel,
  defaultBatchLabel,
  hasBiddingEnded,
  isOpenForBids,
  isScenarioEditable,
  needsNewDeadline,
  nextScenarioStatus,
} from "./scenario-transitions";

// The whole table, written out independently of the implementation: "from action actor" → status.
const EXPECTED: Record<string, string> = {
  "DRAFT submit owner": "PENDING_REVIEW",
  "PENDING_REVIEW approve reviewer": "PUBLISHED",
  "PENDING_REVIEW requestChanges reviewer": "CHANGES_REQUESTED",
  "PENDING_REVIEW reject reviewer": "ARCHIVED",
  "CHANGES_REQUESTED submit owner": "PENDING_REVIEW",
  "PUBLISHED close owner": "CLOSED",
  "PUBLISHED close system": "CLOSED",
  "PUBLISHED markAwarded system": "AWARDED",
  "CLOSED markAwarded system": "AWARDED",
  "CLOSED markUnawarded owner": "UNAWARDED",
  "CLOSED markUnawarded system": "UNAWARDED",
};
for (const from of ["DRAFT", "PENDING_REVIEW", "CHANGES_REQUESTED", "PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"]) {
  EXPECTED[`${from} archive owner`] = "ARCHIVED";
  EXPECTED[`${from} archive reviewer`] = "ARCHIVED";
}

describe("scenario transitions: every state × action × actor", () => {
  it("covers all eight states and eight actions", () => {
    expect(SCENARIO_STATES).toHaveLength(8);
    expect(SCENARIO_ACTIONS).toHaveLength(8);
  });
  for (const from of SCENARIO_STATES) {
    for (const action of SCENARIO_ACTIONS) {
      for (const actor of SCENARIO_ACTOR_KINDS) {
        const key = `${from} ${action} ${actor}`;
        it(key, () => {
          const attempt = () => nextScenarioStatus(from, action, actor, "理由 reason");
          if (EXPECTED[key]) {
            expect(attempt()).toBe(EXPECTED[key]);
            return;
          }
          const someActorMay = SCENARIO_ACTOR_KINDS.some((other) => EXPECTED[`${from} ${action} ${other}`]);
          expect(attempt).toThrowError(ScenarioTransitionError);
          try {
            attempt();
          } catch (error) {
            expect((error as ScenarioTransitionError).code).toBe(someActorMay ? "wrong-actor" : "not-allowed");
          }
        });
      }
    }
  }

  it("requires a reason to request changes or reject, but not to archive", () => {
    for (const action of ["requestChanges", "reject"] as const) {
      for (const reason of [undefined, null, "", "   "]) {
        expect(() => nextScenarioStatus("PENDING_REVIEW", action, "reviewer", reason)).toThrowError(/reason/);
      }
    }
    expect(nextScenarioStatus("PUBLISHED", "archive", "owner")).toBe("ARCHIVED");
  });

  it("lists the actions each actor may take", () => {
    expect(allowedScenarioActions("DRAFT", "owner")).toEqual(["submit", "archive"]);
    expect(allowedScenarioActions("PENDING_REVIEW", "reviewer")).toEqual(["approve", "requestChanges", "reject", "archive"]);
    expect(allowedScenarioActions("PUBLISHED", "owner")).toEqual(["close", "archive"]);
    expect(allowedScenarioActions("CLOSED", "owner")).toEqual(["markUnawarded", "archive"]);
    expect(allowedScenarioActions("ARCHIVED", "reviewer")).toEqual([]);
  });

  it("allows editing only drafts and scenarios with requested changes", () => {
    expect(SCENARIO_STATES.filter(isScenarioEditable)).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
  });
});

describe("isOpenForBids", () => {
  const now = new Date("2026-05-01T00:00:00Z");
  const tomorrow = new Date("2026-05-02T00:00:00Z");
  it("is open only while published, visible and before the deadline", () => {
    expect(isOpenForBids({ status: "PUBLISHED", hidden: false, deadline: tomorrow }, now)).toBe(true);
    expect(isOpenForBids({ status: "PUBLISHED", hidden: true, deadline: tomorrow }, now)).toBe(false);
    expect(isOpenForBids({ status: "PUBLISHED", hidden: false, deadline: now }, now)).toBe(false);
    for (const status of SCENARIO_STATES.filter((s) => s !== "PUBLISHED")) {
      expect(isOpenForBids({ status, hidden: false, deadline: tomorrow }, now), status).toBe(false);
    }
  });
});

describe("hasBiddingEnded", () => {
  const now = new Date("2026-05-01T00:00:00Z");
  const tomorrow = new Date("2026-05-02T00:00:00Z");
  it("is over once closed, decided, archived or past the deadline; not while drafting, in review or open", () => {
    const ended = Object.fromEntries(SCENARIO_STATES.map((status) => [status, hasBiddingEnded({ status, deadline: tomorrow }, now)]));
    expect(ended).toEqual({ DRAFT: false, PENDING_REVIEW: false, CHANGES_REQUESTED: false, PUBLISHED: false, CLOSED: true, AWARDED: true, UNAWARDED: true, ARCHIVED: true });
    expect(hasBiddingEnded({ status: "PUBLISHED", deadline: now }, now)).toBe(true);
  });
});

describe("needsNewDeadline", () => {
  const now = new Date("2026-05-01T00:00:00Z");
  it("is a scenario not yet published whose deadline has come: submitting refuses it until the date moves", () => {
    const past = Object.fromEntries(SCENARIO_STATES.map((status) => [status, needsNewDeadline({ status, deadline: now }, now)]));
    expect(past).toEqual({ DRAFT: true, PENDING_REVIEW: true, CHANGES_REQUESTED: true, PUBLISHED: false, CLOSED: false, AWARDED: false, UNAWARDED: false, ARCHIVED: false });
    expect(needsNewDeadline({ status: "DRAFT", deadline: new Date("2026-05-01T00:00:01Z") }, now)).toBe(false);
  });
});

describe("batches and deadlines", () => {
  it("defaults to the half-year of publication in China time", () => {
    expect(defaultBatchLabel(new Date("2026-03-10T08:00:00Z"))).toBe("2026年第一批");
    expect(defaultBatchLabel(new Date("2026-06-30T17:00:00Z"))).toBe("2026年第二批"); // 1 July, 01:00 in Rizhao
    expect(defaultBatchLabel(new Date("2026-12-31T15:59:00Z"))).toBe("2026年第二批");
    expect(defaultBatchLabel(new Date("2026-12-31T16:00:00Z"))).toBe("2027年第一批");
  });
  it("shows a batch in English as 'Batch 2, 2026', in Chinese as written, and anything else as it is", () => {
    expect(batchLabel("2026年第二批", "en")).toBe("Batch 2, 2026");
    expect(batchLabel("2026年第二批", "zh")).toBe("2026年第二批");
    for (const [batch, english] of [["2026年第一批", "Batch 1, 2026"], ["2027年第3批", "Batch 3, 2027"], ["2026年第十批", "Batch 10, 2026"], ["2026年第十二批", "Batch 12, 2026"], ["2026年第二十三批", "Batch 23, 2026"]]) {
      expect(batchLabel(batch!, "en"), batch).toBe(english);
    }
    for (const odd of ["2026年第十十批", "2026年第一二批", "第二批", "spring batch"]) expect(batchLabel(odd, "en"), odd).toBe(odd);
  });

  it("counts calendar days left in China time", () => {
    const now = new Date("2026-05-01T00:00:00Z"); // 08:00 on 1 May in China
    expect(daysUntil(new Date("2026-05-11T12:00:00Z"), now)).toBe(10);
    expect(daysUntil(new Date("2026-05-01T12:00:00Z"), now)).toBe(0);
    expect(daysUntil(new Date("2026-04-30T00:00:00Z"), now)).toBe(-1);
    // A 17:00 deadline tomorrow, seen at 18:00 today: one day left, not "closes today" (less than 24 hours).
    expect(daysUntil("2026-12-08T17:00:00+08:00", new Date("2026-12-07T18:00:00+08:00"))).toBe(1);
    expect(daysUntil("2026-12-08T17:00:00+08:00", new Date("2026-12-06T18:00:00+08:00"))).toBe(2);
    // The calendar is China's, whatever the server's: 23:30 UTC on the 7th is already the 8th in China.
    expect(daysUntil("2026-12-08T23:59:59+08:00", new Date("2026-12-07T23:30:00Z"))).toBe(0);
    // Passed an hour ago on its last day: ended, not "closes today".
    expect(daysUntil("2026-12-08T17:00:00+08:00", new Date("2026-12-08T18:00:00+08:00"))).toBe(-1);
  });
});
