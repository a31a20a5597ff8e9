// The one rule for where a record's "back to the list" link may lead (the Referer on the server, history state in the browser).
import { describe, expect, it } from "vitest";
import { searchOfList } from "./back-to-list";

describe("searchOfList", () => {
  it("accepts the list and its searches, nothing else", () => {
    expect(searchOfList("/scenarios", "/scenarios")).toBe("/scenarios");
    expect(searchOfList("/scenarios?q=无人机&page=2", "/scenarios")).toBe("/scenarios?q=无人机&page=2");
    for (const other of ["/scenarios/abc", "/scenariosx?q=1", "/solutions?q=1", "//evil.example/scenarios", "", null, 7, { backTo: "/scenarios" }]) {
      expect(searchOfList(other, "/scenarios"), String(other)).toBeNull();
    }
    expect(searchOfList(`/scenarios?q=${"x".repeat(2_000)}`, "/scenarios")).toBeNull();
  });
});
