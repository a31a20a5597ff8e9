/**
 * npm run eval:matching -- <dataset.json>
 *
 * Loads a matching data set (format of ../shared/data/matching-dev.json) into a fresh embedded search
 * index — no database — ranks every record against every record of the other side with the app's
 * matching code, and with the plain BM25 baseline over character bigrams of the same fields. Progress goes
 * to stderr; the last line on stdout is one JSON object:
 *   {"scenarioToSolution":{"p@5","r@10","ndcg@10","mrr"},"solutionToScenario":{…},"baseline":{…same two…}}
 */
import { createBm25Ranker } from "../app/modules/matching/bm25-baseline";
import { MatchingDatasetError, loadMatchingDataset } from "../app/modules/matching/dataset";
import { createEngineRanker } from "../app/modules/matching/engine-ranker";
import { evaluateDataset } from "../app/modules/matching/evaluate";
import type { RunMetrics } from "../app/modules/matching/metrics";

const round = (metrics: RunMetrics) =>
  Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, Math.round(value * 10_000) / 10_000]));

async function main() {
  const path = process.argv.slice(2).find((arg) => arg !== "--");
  if (!path) {
    console.error("usage: npm run eval:matching -- <dataset.json>");
    process.exit(2);
  }
  const started = performance.now();
  const dataset = await loadMatchingDataset(path);
  console.error(`${dataset.name ?? path}: ${dataset.scenarios.length} scenarios, ${dataset.solutions.length} solutions, ${dataset.qrels.length} judgements`);
  const matching = await evaluateDataset(dataset, await createEngineRanker(dataset));
  const baseline = await evaluateDataset(dataset, createBm25Ranker(dataset));
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
