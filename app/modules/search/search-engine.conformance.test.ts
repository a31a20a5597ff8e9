import { describe } from "vitest";
import { runSearchEngineConformance, type EngineFactory } from "./conformance";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import { createMeilisearchEngine } from "./meilisearch-engine.server";

const meiliUrl = process.env.MEILI_URL;

const engines: { name: string; enabled: boolean; reason: string; create: EngineFactory }[] = [
  { name: "embedded", enabled: true, reason: "", create: () => createEmbeddedSearchEngine() },
  {
    name: "Meilisearch",
    enabled: Boolean(meiliUrl),
    reason: "skipped: MEILI_URL is not set, so there is no Meilisearch server to test against",
    // A prefix of its own per run, so runs sharing one server (or a server holding the app's indexes) never meet.
    create: () =>
      createMeilisearchEngine({
        url: meiliUrl!,
        apiKey: process.env.MEILI_MASTER_KEY ?? "",
        indexPrefix: `conformance_${Date.now().toString(36)}_${process.pid}_`,
      }),
  },
];

describe.each(engines)("SearchEngine conformance: $name", ({ enabled, reason, create }) => {
  describe.skipIf(!enabled)(enabled ? "runs" : reason, () => {
    runSearchEngineConformance(create);
  });
});
