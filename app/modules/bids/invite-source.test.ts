import { describe, expect, it } from "vitest";
import { INVITE_SOURCES, inviteErrorSection, inviteReturnPath, parseInviteSource } from "./invite-source";

describe("invite source", () => {
  it("accepts the three known sources and treats anything else as the title search", () => {
    for (const source of INVITE_SOURCES) expect(parseInviteSource(source)).toBe(source);
    for (const value of [undefined, null, "", "SCENARIO", "https://evil.example", "//evil.example", "/workspace", ["scenario"], 1]) {
      expect(parseInviteSource(value), JSON.stringify(value)).toBe("search");
    }
  });

  it("returns the owner to the list the invitation came from, always on this scenario's pages", () => {
    expect(inviteReturnPath("s1", "scenario")).toBe("/workspace/scenarios/s1#recommended-solutions");
    expect(inviteReturnPath("s1", "recommended")).toBe("/workspace/scenarios/s1/invite#recommended-solutions");
    expect(inviteReturnPath("s1", "search")).toBe("/workspace/scenarios/s1/invite#invite-search");
    // The invite page's search and page are kept, and nothing else of the posted URL.
    expect(inviteReturnPath("s1", "search", { q: " 起重机 防摇 ", page: 2 })).toBe("/workspace/scenarios/s1/invite?q=%E8%B5%B7%E9%87%8D%E6%9C%BA+%E9%98%B2%E6%91%87&page=2#invite-search");
    expect(inviteReturnPath("s1", "recommended", { q: "crane", page: 1 })).toBe("/workspace/scenarios/s1/invite?q=crane#recommended-solutions");
    expect(inviteReturnPath("s1", "scenario", { q: "crane", page: 3 })).toBe("/workspace/scenarios/s1#recommended-solutions");
    expect(inviteReturnPath("s1", "search", { q: "  ", page: 0 })).toBe("/workspace/scenarios/s1/invite#invite-search");
    // An odd id cannot turn the path into another one.
    expect(inviteReturnPath("../../admin?x=1#y", "search")).toBe("/workspace/scenarios/..%2F..%2Fadmin%3Fx%3D1%23y/invite#invite-search");
  });

  it("shows a failure from the scenario page next to the same solution in the invite page's recommendations", () => {
    expect(inviteErrorSection("scenario")).toBe("recommended");
    expect(inviteErrorSection("recommended")).toBe("recommended");
    expect(inviteErrorSection("search")).toBe("search");
  });
});
