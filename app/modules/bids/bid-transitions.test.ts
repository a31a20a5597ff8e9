import { describe, expect, it } from "vitest";
import { BID_ACTIONS, BID_STATES, BidTransitionError, allowedBidActions, nextBidStatus } from "./bid-transitions";

// The whole table, written out independently: "from action actor" → expected status.
const EXPECTED: Record<string, string> = {
  "SUBMITTED shortlist scenarioOwner": "SHORTLISTED",
  "SUBMITTED reject scenarioOwner": "REJECTED",
  "SUBMITTED award scenarioOwner": "AWARDED",
  "SUBMITTED withdraw bidder": "WITHDRAWN",
  "SHORTLISTED reject scenarioOwner": "REJECTED",
  "SHORTLISTED award scenarioOwner": "AWARDED",
  "SHORTLISTED withdraw bidder": "WITHDRAWN",
};
const ACTOR_OF = { shortlist: "scenarioOwner", reject: "scenarioOwner", award: "scenarioOwner", withdraw: "bidder" } as const;

describe("bid transitions", () => {
  it("covers all five states", () => {
    expect(BID_STATES.sort()).toEqual(["AWARDED", "REJECTED", "SHORTLISTED", "SUBMITTED", "WITHDRAWN"]);
  });

  for (const from of BID_STATES) {
    for (const action of BID_ACTIONS) {
      for (const actor of ["scenarioOwner", "bidder"] as const) {
        const key = `${from} ${action} ${actor}`;
        it(key, () => {
          const attempt = () => nextBidStatus(from, action, actor, "理由 reason");
          if (EXPECTED[key]) {
            expect(attempt()).toBe(EXPECTED[key]);
            return;
          }
          const rightActorExists = EXPECTED[`${from} ${action} ${ACTOR_OF[action]}`];
          let caught: unknown;
          try {
            attempt();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(BidTransitionError);
          expect((caught as BidTransitionError).code).toBe(rightActorExists ? "wrong-actor" : "not-allowed");
        });
      }
    }
  }

  it("requires a reason to reject, and only to reject", () => {
    for (const reason of [null, undefined, "", "   "]) {
      expect(() => nextBidStatus("SUBMITTED", "reject", "scenarioOwner", reason)).toThrowError(/reason/);
      expect(() => nextBidStatus("SHORTLISTED", "reject", "scenarioOwner", reason)).toThrowError(/reason/);
    }
    expect(nextBidStatus("SUBMITTED", "award", "scenarioOwner")).toBe("AWARDED");
    expect(nextBidStatus("SUBMITTED", "shortlist", "scenarioOwner")).toBe("SHORTLISTED");
    expect(nextBidStatus("SHORTLISTED", "withdraw", "bidder")).toBe("WITHDRAWN");
  });

  it("lists the actions each side may take", () => {
    expect(allowedBidActions("SUBMITTED", "scenarioOwner")).toEqual(["shortlist", "reject", "award"]);
    expect(allowedBidActions("SHORTLISTED", "scenarioOwner")).toEqual(["reject", "award"]);
    expect(allowedBidActions("SUBMITTED", "bidder")).toEqual(["withdraw"]);
    for (const final of ["AWARDED", "REJECTED", "WITHDRAWN"] as const) {
      expect(allowedBidActions(final, "scenarioOwner")).toEqual([]);
      expect(allowedBidActions(final, "bidder")).toEqual([]);
    }
  });
});
