/**
 * npm run audit:recommendations -- <dataset.json>… [--show-unrelated]
 *
 * What the app would recommend on matching data sets (format of ../shared/data/matching-dev.json): every
 * scenario's ten recommended solutions and every solution's ten recommended scenarios, as the panels ask
 * for them (explainedOnly: the closeness floors and the explanation rules), tallied by the data set's
 * judgement of each pair. The evaluation (eval:matching) measures rankings and ignores these rules; this
 * measures the rules: how many relevant pairs a recommendation list keeps, how many unrelated ones it shows.
 * Unrelated = judged 0 or not judged. The figures of ADR 0011's explanation rules come from here.
 *
 * Prints one line per data set and a total; `--show-unrelated` also prints each unrelated recommendation
 * with its reasons (to see what explained it).
 */
import { createEmbeddedSearchEngine } from "../app/modules/search/embedded-engine.server";
import { loadMatchingDataset, type MatchingDataset } from "../app/modules/matching/dataset";
import { loadDataset } from "../app/modules/matching/engine-ranker";
import { matchScenarios, matchSolutions, scenarioDocFromMatch, solutionDocFromMatch } from "../app/modules/matching/engine-matching";
import { judgementsFor, type Direction } from "../app/modules/matching/metrics";
import type { Reason } from "../app/modules/matching/score";

const LIMIT = Number(process.env.AUDIT_LIMIT ?? 10);

type Tally = { unrelated: number; grade1: number; grade2: number; grade3: number; judged2: number; judged3: number };
const emptyTally = (): Tally => ({ unrelated: 0, grade1: 0, grade2: 0, grade3: 0, judged2: 0, judged3: 0 });

function add(into: Tally, from: Tally) {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

const describeReasons = (reasons: Reason[]) =>
  reasons
    .map((reason) => (reason.kind === "sharedKeywords" ? `kw:${reason.terms.join("/")}` : reason.kind === "sharedIndustryChain" ? `chain:${reason.chains.join("/")}` : reason.kind))
    .join(" ");

async function audit(dataset: MatchingDataset, showUnrelated: boolean): Promise<Record<Direction, Tally>> {
  const engine = createEmbeddedSearchEngine();
  const statistics = await loadDataset(dataset, engine);
  const titles = new Map([...dataset.scenarios, ...dataset.solutions].map((record) => [record.id, record.title]));
  const result = { scenarioToSolution: emptyTally(), solutionToScenario: emptyTally() };
  for (const direction of ["scenarioToSolution", "solutionToScenario"] as const) {
    const judgements = judgementsFor(dataset.qrels, direction);
    const tally = result[direction];
    for (const grades of judgements.values()) {
      for (const grade of grades.values()) {
        if (grade === 2) tally.judged2++;
        if (grade === 3) tally.judged3++;
      }
    }
    const records = direction === "scenarioToSolution" ? dataset.scenarios : dataset.solutions;
    for (const record of records) {
      const matches =
        direction === "scenarioToSolution"
          ? await matchSolutions(engine, scenarioDocFromMatch(record as MatchingDataset["scenarios"][number]), statistics, { limit: LIMIT, explainedOnly: true })
          : await matchScenarios(engine, solutionDocFromMatch(record as MatchingDataset["solutions"][number]), statistics, { limit: LIMIT, explainedOnly: true });
      for (const match of matches) {
        const grade = judgements.get(record.id)?.get(match.id) ?? 0;
        if (grade === 0) {
          tally.unrelated++;
          if (showUnrelated) console.log(`  ${direction === "scenarioToSolution" ? "s→p" : "p→s"} ${record.title} → ${titles.get(match.id)} | ${describeReasons(match.reasons)}`);
        } else if (grade === 1) tally.grade1++;
        else if (grade === 2) tally.grade2++;
        else tally.grade3++;
      }
    }
  }
  return result;
}

const line = (label: string, result: Record<Direction, Tally>) =>
  [
    label,
    ...(["scenarioToSolution", "solutionToScenario"] as const).map((direction) => {
      const t = result[direction];
      return `${direction === "scenarioToSolution" ? "s→p" : "p→s"} unrelated ${t.unrelated}, grade1 ${t.grade1}, grade2 ${t.grade2}/${t.judged2}, grade3 ${t.grade3}/${t.judged3}`;
    }),
  ].join(" | ");

async function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const showUnrelated = args.includes("--show-unrelated");
  const paths = args.filter((arg) => !arg.startsWith("--"));
  if (paths.length === 0) {
    console.error("usage: npm run audit:recommendations -- <dataset.json>… [--show-unrelated]");
    process.exit(2);
  }
  const total = { scenarioToSolution: emptyTally(), solutionToScenario: emptyTally() };
  for (const path of paths) {
    const dataset = await loadMatchingDataset(path);
    for (const warning of dataset.warnings) console.error(`${path}: warning: ${warning}`);
    const result = await audit(dataset, showUnrelated);
    console.log(line(path.replace(/^.*\//, ""), result));
    add(total.scenarioToSolution, result.scenarioToSolution);
    add(total.solutionToScenario, result.solutionToScenario);
  }
  console.log(line("TOTAL", total));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
