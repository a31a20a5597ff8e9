/**
 * npm run eval:matching -- <dataset.json> [more.json …]
 *
 * Loads a matching data set (format of ../shared/data/matching-dev.json) into a fresh embedded search
 * index — no database — ranks every record against every record of the other side with the app's
 * matching code, and with the plain BM25 baseline over character bigrams of the same fields. Progress goes
 * to stderr; the last line on stdout is one JSON object:
 *   {"scenarioToSolution":{"p@5","r@10","ndcg@10","mrr"},"solutionToScenario":{…},"baseline":{…same two…}}
 * Several files are evaluated as ONE marketplace (mergeMatchingDatasets): each record then competes with the
 * other sets' records too, as in a city with hundreds of records on each side, which is where candidate
 * retrieval can miss (stderr says how many judged pairs it never found).
 */
import { createBm25Ranker } from "../app/modules/matching/bm25-baseline";
import { basename } from "node:path";
import { MatchingDatasetError, loadMatchingDataset, mergeMatchingDatasets } from "../app/modules/matching/dataset";
import { createEngineRanker } from "../app/modules/matching/engine-ranker";
import { evaluateDataset, retrievalMisses } from "../app/modules/matching/evaluate";
import type { RunMetrics } from "../app/modules/matching/metrics";

const round = (metrics: RunMetrics) =>
  Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, Math.round(value * 10_000) / 10_000]));

async function main() {
  const paths = process.argv.slice(2).filter((arg) => arg !== "--");
  if (paths.length === 0) {
    console.error("usage: npm run eval:matching -- <dataset.json> [more.json …]   (several files: one marketplace)");
    process.exit(2);
  }
  const started = performance.now();
  const sets = await Promise.all(paths.map(async (path) => ({ label: basename(path, ".json"), dataset: await loadMatchingDataset(path) })));
  // What the loader repaired is said, not hidden: the figures are for the set as it was read.
  for (const { label, dataset } of sets) for (const warning of dataset.warnings) console.error(`${label}: warning: ${warning}`);
  const dataset = sets.length === 1 ? sets[0]!.dataset : mergeMatchingDatasets(sets);
  console.error(`${dataset.name ?? paths[0]}: ${dataset.scenarios.length} scenarios, ${dataset.solutions.length} solutions, ${dataset.qrels.length} judgements`);
  const ranker = await createEngineRanker(dataset);
  const matching = await evaluateDataset(dataset, ranker);
  const baseline = await evaluateDataset(dataset, createBm25Ranker(dataset));
  const misses = retrievalMisses(dataset.qrels, ranker.retrieved);
  for (const [direction, { judged, missed, relevantMissed }] of Object.entries(misses)) {
    console.error(`${direction}: retrieval never found ${missed} of ${judged} judged pairs (${relevantMissed} of them relevant, grade ≥ 2)`);
  }
  console.error(`evaluated in ${Math.round(performance.now() - started)} ms`);
  console.log(
    JSON.stringify({
      scenarioToSolution: round(matching.scenarioToSolution),
      solutionToScenario: round(matching.solutionToScenario),
      baseline: { scenarioToSolution: round(baseline.scenarioToSolution), solutionToScenario: round(baseline.solutionToScenario) },
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof MatchingDatasetError ? error.message : error);
  process.exit(1);
});
