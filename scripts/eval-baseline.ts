/**
 * npx tsx scripts/eval-baseline.ts <dataset.json>
 * Ranks a matching data set with the BM25 baseline and with BM25 top-50 re-scored by scoreMatch, in both
 * directions, and prints one JSON line: {"baseline":{…},"rerank":{…}}.
 */
import { createBm25Ranker } from "../app/modules/matching/bm25-baseline";
import { MatchingDatasetError, loadMatchingDataset } from "../app/modules/matching/dataset";
import { createRerankRanker, evaluateDataset } from "../app/modules/matching/evaluate";
import type { RunMetrics } from "../app/modules/matching/metrics";

const round = (metrics: RunMetrics) =>
  Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(v * 10_000) / 10_000]));

async function main() {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: npx tsx scripts/eval-baseline.ts <dataset.json>");
    process.exit(2);
  }
  const dataset = await loadMatchingDataset(path);
  const bm25 = createBm25Ranker(dataset);
  const baseline = await evaluateDataset(dataset, bm25);
  const rerank = await evaluateDataset(dataset, createRerankRanker(dataset, bm25, { candidates: 50 }));
  const line = {
    baseline: { scenarioToSolution: round(baseline.scenarioToSolution), solutionToScenario: round(baseline.solutionToScenario) },
    rerank: { scenarioToSolution: round(rerank.scenarioToSolution), solutionToScenario: round(rerank.solutionToScenario) },
  };
  console.log(JSON.stringify(line));
}

main().catch((error) => {
  console.error(error instanceof MatchingDatasetError ? error.message : error);
  process.exit(1);
});
