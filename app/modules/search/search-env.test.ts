// The search settings of the environment: Meilisearch needs its key, and bad values stop start-up with a
// message naming the variable.
import { describe, expect, it } from "vitest";
import { parseEnv as parseProcessEnv } from "~/utils/env.server";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("search settings", () => {
  it("default to the embedded engine and accept a Meilisearch server with its key and prefix", () => {
    expect(parseEnv({}).MEILI_URL).toBeUndefined();
    const env = parseEnv({ MEILI_URL: "http://127.0.0.1:7700", MEILI_MASTER_KEY: "a-master-key", MEILI_INDEX_PREFIX: "prod_" });
    expect(env).toMatchObject({ MEILI_URL: "http://127.0.0.1:7700", MEILI_MASTER_KEY: "a-master-key", MEILI_INDEX_PREFIX: "prod_" });
    expect(parseEnv({ MEILI_URL: "" }).MEILI_URL).toBeUndefined();
  });

  it("require MEILI_MASTER_KEY when MEILI_URL is set, saying how to fix it", () => {
    expect(() => parseEnv({ MEILI_URL: "https://search.example.cn" })).toThrow(/MEILI_MASTER_KEY is required when MEILI_URL is set/);
  });

  it("refuse malformed values, naming the variable", () => {
    for (const MEILI_URL of ["search.example.cn", "ftp://search.example.cn", "http://"]) {
      expect(() => parseEnv({ MEILI_URL, MEILI_MASTER_KEY: "k" })).toThrow(/MEILI_URL/);
    }
    expect(() => parseEnv({ MEILI_INDEX_PREFIX: "prod/scenes" })).toThrow(/MEILI_INDEX_PREFIX/);
    for (const MEILI_SEARCH_TIMEOUT_MS of ["50", "120000", "5s", "1.5"]) {
      expect(() => parseEnv({ MEILI_SEARCH_TIMEOUT_MS }), MEILI_SEARCH_TIMEOUT_MS).toThrow(/MEILI_SEARCH_TIMEOUT_MS/);
    }
  });

  it("give a reader's search 5 s to answer unless told otherwise", () => {
    expect(parseEnv({}).MEILI_SEARCH_TIMEOUT_MS).toBe(5_000);
    expect(parseEnv({ MEILI_SEARCH_TIMEOUT_MS: "1500" }).MEILI_SEARCH_TIMEOUT_MS).toBe(1_500);
  });
});
