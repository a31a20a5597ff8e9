import { describe, expect, it } from "vitest";
import { CASE_ACTIONS, CASE_STATES, CaseTransitionError, allowedCaseActions, nextCaseStatus } from "./case-transitions";

const EXPECTED: Record<string, string> = {
  "DRAFT submit scenarioOwner": "PENDING_REVIEW",
  "PENDING_REVIEW publish reviewer": "PUBLISHED",
  "PENDING_REVIEW return reviewer": "DRAFT",
};
const ACTOR_OF = { submit: "scenarioOwner", publish: "reviewer", return: "reviewer" } as const;

describe("case transitions", () => {
  for (const from of CASE_STATES) {
    for (const action of CASE_ACTIONS) {
      for (const actor of ["scenarioOwner", "reviewer"] as const) {
        const key = `${from} ${action} ${actor}`;
        it(key, () => {
          const attempt = () => nextCaseStatus(from, action, actor, "理由 reason");
          if (EXPECTED[key]) {
            expect(attempt()).toBe(EXPECTED[key]);
            return;
          }
          let caught: unknown;
          try {
            attempt();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(CaseTransitionError);
          expect((caught as CaseTransitionError).code).toBe(EXPECTED[`${from} ${action} ${ACTOR_OF[action]}`] ? "wrong-actor" : "not-allowed");
        });
      }
    }
  }

  it("requires a reason to return a case", () => {
    expect(() => nextCaseStatus("PENDING_REVIEW", "return", "reviewer", " ")).toThrowError(/reason/);
    expect(nextCaseStatus("PENDING_REVIEW", "publish", "reviewer")).toBe("PUBLISHED");
  });

  it("lists the actions each side may take", () => {
    expect(allowedCaseActions("DRAFT", "scenarioOwner")).toEqual(["submit"]);
    expect(allowedCaseActions("PENDING_REVIEW", "reviewer")).toEqual(["publish", "return"]);
    expect(allowedCaseActions("PUBLISHED", "reviewer")).toEqual([]);
    expect(allowedCaseActions("PENDING_REVIEW", "scenarioOwner")).toEqual([]);
  });
});
