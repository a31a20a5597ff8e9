import { describe, expect, it } from "vitest";
import {
  SOLUTION_ACTIONS,
  SOLUTION_STATES,
  TransitionError,
  allowedSolutionActions,
  canEditSolution,
  nextSolutionStatus,
} from "./solution-transitions";

// The whole table, written out independently: "from action firm" → expected status, else an error code.
const EXPECTED: Record<string, string> = {
  "DRAFT publish verified": "PUBLISHED",
  "DRAFT archive verified": "ARCHIVED",
  "DRAFT archive unverified": "ARCHIVED",
  "DRAFT edit verified": "DRAFT",
  "DRAFT edit unverified": "DRAFT",
  "PUBLISHED unpublish verified": "DRAFT",
  "PUBLISHED unpublish unverified": "DRAFT",
  "PUBLISHED archive verified": "ARCHIVED",
  "PUBLISHED archive unverified": "ARCHIVED",
  "PUBLISHED edit verified": "PUBLISHED",
  "ARCHIVED restore verified": "DRAFT",
  "ARCHIVED restore unverified": "DRAFT",
};

describe("solution transitions", () => {
  for (const from of SOLUTION_STATES) {
    for (const action of SOLUTION_ACTIONS) {
      for (const firm of ["verified", "unverified"] as const) {
        const key = `${from} ${action} ${firm}`;
        it(key, () => {
          const attempt = () => nextSolutionStatus(from, action, { verifiedTechFirm: firm === "verified" });
          if (EXPECTED[key]) {
            expect(attempt()).toBe(EXPECTED[key]);
            return;
          }
          expect(attempt).toThrowError(TransitionError);
          try {
            attempt();
          } catch (error) {
            // A verified firm could do it: the only obstacle is the firm's verification.
            expect((error as TransitionError).code).toBe(EXPECTED[`${from} ${action} verified`] ? "wrong-actor" : "not-allowed");
          }
        });
      }
    }
  }

  it("offers the buttons that fit each status", () => {
    expect(allowedSolutionActions("DRAFT", { verifiedTechFirm: true })).toEqual(["publish", "archive"]);
    expect(allowedSolutionActions("PUBLISHED", { verifiedTechFirm: true })).toEqual(["unpublish", "archive"]);
    expect(allowedSolutionActions("ARCHIVED", { verifiedTechFirm: true })).toEqual(["restore"]);
    // Not offered what it may not do yet: an unverified firm keeps its drafts as drafts (a QA review: "publish", then a 403).
    expect(allowedSolutionActions("DRAFT", { verifiedTechFirm: false })).toEqual(["archive"]);
  });

  it("allows editing drafts and published solutions only", () => {
    expect(canEditSolution("DRAFT")).toBe(true);
    expect(canEditSolution("PUBLISHED")).toBe(true);
    expect(canEditSolution("ARCHIVED")).toBe(false);
  });
});
