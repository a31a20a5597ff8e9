// A search failure where the page goes on without search: an outage is logged once a minute across all pages,
// any other error every time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchEngineUnavailableError } from "./search-engine";
import { logSearchFailure } from "./search-service.server";

function loggedLines(run: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    write.mockRestore();
  }
  return lines.map((line) => JSON.parse(line));
}

afterEach(() => vi.restoreAllMocks());

describe("logSearchFailure", () => {
  it("logs a search server's outage once a minute across pages, counting the reports left out", () => {
    const down = new SearchEngineUnavailableError("connect ECONNREFUSED");
    const lines = loggedLines(() => {
      logSearchFailure("search page", down, { kind: "scenarios" }, 1_000_000);
      logSearchFailure("solution recommendations (left out of the page)", down, {}, 1_000_500);
      logSearchFailure("invite page (listing by title instead)", down, {}, 1_030_000);
      logSearchFailure("search page", down, { kind: "solutions" }, 1_060_000);
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "error", message: "search page: the search engine could not answer", kind: "scenarios", notLoggedSinceLast: 0 });
    expect(lines[1]).toMatchObject({ message: "search page: the search engine could not answer", kind: "solutions", notLoggedSinceLast: 2 });
  });

  it("logs any other error every time: it is a fault, not an outage", () => {
    const lines = loggedLines(() => {
      for (let i = 0; i < 3; i++) logSearchFailure("scenario recommendations (left out of the page)", new TypeError("x is undefined"), { orgId: "o1" }, 2_000_000 + i);
    });
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ message: "scenario recommendations (left out of the page): failed", orgId: "o1", error: "x is undefined" });
  });
});
