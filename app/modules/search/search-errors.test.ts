// The engine's errors are recognised across the process's two module graphs (server.ts and the Remix build each
// load search-engine.ts; the engine shared through globalThis throws the classes of the graph that created it).
import { describe, expect, it, vi } from "vitest";
import { MeilisearchEngineError, MeilisearchUnavailableError } from "./meilisearch-engine.server";
import { SearchEngineUnavailableError, SearchInputError } from "./search-engine";

async function secondCopy() {
  vi.resetModules(); // the next import evaluates the module again: other classes, as in the other graph
  return (await import("./search-engine")) as typeof import("./search-engine");
}

describe("the search errors' instanceof", () => {
  it("holds for the same class loaded twice", async () => {
    const other = await secondCopy();
    expect(other.SearchInputError).not.toBe(SearchInputError);
    expect(new other.SearchInputError("refused")).toBeInstanceOf(SearchInputError);
    expect(new other.SearchEngineUnavailableError("down")).toBeInstanceOf(SearchEngineUnavailableError);
    expect(new SearchEngineUnavailableError("down")).toBeInstanceOf(other.SearchEngineUnavailableError);
  });

  it("does not confuse the two kinds, or plain errors", async () => {
    const other = await secondCopy();
    expect(new other.SearchInputError("refused")).not.toBeInstanceOf(SearchEngineUnavailableError);
    expect(new other.SearchEngineUnavailableError("down")).not.toBeInstanceOf(SearchInputError);
    for (const value of [new Error("x"), { message: "x" }, null, "SearchInputError", undefined]) {
      expect(value instanceof SearchInputError).toBe(false);
      expect(value instanceof SearchEngineUnavailableError).toBe(false);
    }
  });

  it("keeps a subclass's own instanceof to its own instances, and a plain copy of an error is none of them", async () => {
    expect(new MeilisearchUnavailableError("down")).toBeInstanceOf(SearchEngineUnavailableError);
    expect(new SearchEngineUnavailableError("down")).not.toBeInstanceOf(MeilisearchUnavailableError);
    // What Meilisearch refuses is not unavailability (a wrong key, a rejected query): waiting will not mend it.
    expect(new MeilisearchEngineError("refused")).not.toBeInstanceOf(SearchEngineUnavailableError);
    const other = await secondCopy();
    expect({ ...new other.SearchEngineUnavailableError("down") }).not.toBeInstanceOf(SearchEngineUnavailableError);
  });
});
