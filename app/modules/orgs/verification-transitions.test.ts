import { describe, expect, it } from "vitest";
import {
  TransitionError,
  VERIFICATION_ACTIONS,
  VERIFICATION_STATES,
  allowedVerificationActions,
  nextVerificationStatus,
} from "./verification-transitions";

// The whole table, written out independently: [from, action, actor, expected status or error code].
const EXPECTED: Record<string, string> = {
  "PENDING verify reviewer": "VERIFIED",
  "PENDING reject reviewer": "REJECTED",
  "VERIFIED revoke reviewer": "REJECTED",
  "VERIFIED changeLegalDetails owner": "PENDING",
  "REJECTED resubmit owner": "PENDING",
};
const ACTOR_OF: Record<string, "reviewer" | "owner"> = {
  verify: "reviewer",
  reject: "reviewer",
  revoke: "reviewer",
  resubmit: "owner",
  changeLegalDetails: "owner",
};

describe("organisation verification transitions", () => {
  for (const from of VERIFICATION_STATES) {
    for (const action of VERIFICATION_ACTIONS) {
      for (const actor of ["reviewer", "owner"] as const) {
        const key = `${from} ${action} ${actor}`;
        it(key, () => {
          const attempt = () => nextVerificationStatus(from, action, actor, "理由 reason");
          if (EXPECTED[key]) {
            expect(attempt()).toBe(EXPECTED[key]);
          } else {
            const rightActorExists = EXPECTED[`${from} ${action} ${ACTOR_OF[action]}`];
            expect(attempt).toThrowError(TransitionError);
            try {
              attempt();
            } catch (error) {
              expect((error as TransitionError).code).toBe(rightActorExists ? "wrong-actor" : "not-allowed");
            }
          }
        });
      }
    }
  }

  it("requires a reason to reject or revoke", () => {
    expect(() => nextVerificationStatus("PENDING", "reject", "reviewer", "  ")).toThrowError(/reason/);
    expect(() => nextVerificationStatus("VERIFIED", "revoke", "reviewer", null)).toThrowError(/reason/);
    expect(nextVerificationStatus("PENDING", "verify", "reviewer")).toBe("VERIFIED");
  });

  it("lists the actions each side may take", () => {
    expect(allowedVerificationActions("PENDING", "reviewer")).toEqual(["verify", "reject"]);
    expect(allowedVerificationActions("PENDING", "owner")).toEqual([]);
    expect(allowedVerificationActions("REJECTED", "owner")).toEqual(["resubmit"]);
  });
});
