/**
 * Matching evaluation data sets (format `version: 1`, see ../shared/data/README.md).
 *
 *   loadMatchingDataset(path): Promise<MatchingDataset>   — reads and validates a file
 *   parseMatchingDataset(json: unknown): MatchingDataset  — validates already-parsed JSON
 *   MatchingDatasetError                                  — thrown with one line per problem, each naming the record
 *   mergeMatchingDatasets(sets): MatchingDataset          — several sets as one marketplace (ids prefixed per set)
 *
 * The record types (MatchScenario, MatchSolution) are the shape the scoring and ranking code works on, so the
 * app later maps its Prisma rows onto them; qrels are only ever used by the metrics, never by scoring.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { ENTERPRISE_TIERS } from "../orgs/districts";
import { FIRST_UNIT_STATUSES, FIRST_UNIT_TYPES } from "../solutions/solutions.schema";

export const CATEGORY_CODES = [
  "DIGITAL",
  "LOW_ALTITUDE",
  "SMART_MANUFACTURING",
  "GREEN_LOW_CARBON",
  "PORT_LOGISTICS",
  "MARINE",
  "HEALTH",
  "PUBLIC_SAFETY",
] as const;
// The data set uses the app's own codes for first-unit records and enterprise tiers.
export { FIRST_UNIT_STATUSES, FIRST_UNIT_TYPES, ENTERPRISE_TIERS };

export type CategoryCode = (typeof CATEGORY_CODES)[number];
export type FirstUnitType = (typeof FIRST_UNIT_TYPES)[number];
export type FirstUnitStatus = (typeof FIRST_UNIT_STATUSES)[number];

const text = z.string().trim().min(1, "must not be empty");
// Fields a record can do without default to "nothing" when a data set leaves them out (a list nobody filled
// in, no district, no budget): what is there is still checked strictly, and a record is never rejected for
// omitting what the scoring treats as unknown anyway.
const money = z.number().finite().nonnegative().nullable().default(null);
const stringList = z.array(z.string().trim().min(1, "must not be empty")).default([]);
const optionalText = z.string().default("");

const scenarioSchema = z
  .object({
    id: text,
    title: text,
    summary: optionalText,
    description: optionalText,
    // Unknown codes are kept as they are: a held-out set may use a category this list does not know yet,
    // and scoring only compares codes for equality.
    category: text,
    industryChain: stringList,
    tags: stringList,
    district: optionalText,
    budgetMin: money,
    budgetMax: money,
    deadline: z.string().nullable().optional(),
    firstUnitTypes: z.array(z.enum(FIRST_UNIT_TYPES)).default([]),
  })
  .refine((s) => s.budgetMin == null || s.budgetMax == null || s.budgetMin <= s.budgetMax, {
    message: "budgetMin must not exceed budgetMax",
    path: ["budgetMin"],
  });

const solutionSchema = z
  .object({
    id: text,
    title: text,
    summary: optionalText,
    description: optionalText,
    category: text,
    industryChain: stringList,
    tags: stringList,
    trl: z.number().int().min(1).max(9),
    priceMin: money,
    priceMax: money,
    enterpriseTier: z.enum(ENTERPRISE_TIERS).nullable().optional(),
    district: optionalText,
    firstUnit: z.object({ type: z.enum(FIRST_UNIT_TYPES), status: z.enum(FIRST_UNIT_STATUSES) }).nullable().default(null),
  })
  .refine((s) => s.priceMin == null || s.priceMax == null || s.priceMin <= s.priceMax, {
    message: "priceMin must not exceed priceMax",
    path: ["priceMin"],
  });

const qrelSchema = z.object({ scenario: text, solution: text, grade: z.number().int().min(0).max(3) });

const datasetSchema = z.object({
  version: z.literal(1),
  name: z.string().optional(),
  scenarios: z.array(scenarioSchema),
  solutions: z.array(solutionSchema),
  qrels: z.array(qrelSchema),
});

export type MatchScenario = z.infer<typeof scenarioSchema>;
export type MatchSolution = z.infer<typeof solutionSchema>;
export type Qrel = z.infer<typeof qrelSchema>;
export type MatchingDataset = z.infer<typeof datasetSchema>;

export class MatchingDatasetError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid matching data set ${source}:\n  - ${problems.join("\n  - ")}`);
    this.name = "MatchingDatasetError";
  }
}

/** "solutions[3] (id P004).trl" — the index alone is useless in a 100-record file, the id finds the record. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  let out = "";
  let node: unknown = json;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === "object" && "id" in node ? (node as { id: unknown }).id : undefined;
      if (typeof id === "string") out += ` (id ${id})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || "(root)";
}

/**
 * Plain English for the person who wrote the data file (the app's global zod messages are i18n keys for
 * forms, which mean nothing on a terminal).
 */
const datasetIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : `expected ${issue.expected}, got ${issue.input === null ? "null" : typeof issue.input}`;
    case "too_small":
      return issue.origin === "string" ? "must not be empty" : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    default:
      return issue.message;
  }
};

export function parseMatchingDataset(json: unknown, source = "(input)"): MatchingDataset {
  const parsed = datasetSchema.safeParse(json, { error: datasetIssueMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => `${describePath(json, issue.path)}: ${issue.message}`);
    if (parsed.error.issues.length > 20) problems.push(`… and ${parsed.error.issues.length - 20} more`);
    throw new MatchingDatasetError(source, problems);
  }
  const dataset = parsed.data;
  const problems: string[] = [];
  const findDuplicates = (list: { id: string }[], side: string) => {
    const seen = new Set<string>();
    list.forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${side}[${index}] (id ${record.id}): duplicate id`);
      seen.add(record.id);
    });
    return seen;
  };
  const scenarioIds = findDuplicates(dataset.scenarios, "scenarios");
  const solutionIds = findDuplicates(dataset.solutions, "solutions");
  const pairs = new Set<string>();
  dataset.qrels.forEach((qrel, index) => {
    const where = `qrels[${index}] (${qrel.scenario} → ${qrel.solution})`;
    if (!scenarioIds.has(qrel.scenario)) problems.push(`${where}.scenario: unknown scenario id "${qrel.scenario}"`);
    if (!solutionIds.has(qrel.solution)) problems.push(`${where}.solution: unknown solution id "${qrel.solution}"`);
    const pair = `${qrel.scenario}\u0000${qrel.solution}`;
    if (pairs.has(pair)) problems.push(`${where}: the same pair is judged twice`);
    pairs.add(pair);
  });
  if (problems.length > 0) throw new MatchingDatasetError(source, problems);
  return dataset;
}

export async function loadMatchingDataset(path: string): Promise<MatchingDataset> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    throw new MatchingDatasetError(path, [`cannot read the file: ${(error as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new MatchingDatasetError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseMatchingDataset(json, path);
}

/**
 * Several data sets as one marketplace: every record competes with every other set's records, as in a city
 * with hundreds of scenarios and solutions instead of one set's 30 and 90. Ids become "<label>/<id>" so sets
 * that number their records alike do not collide; each judgement stays within its own set. Pairs across sets
 * are unjudged and count as 0, so the figures are only comparable between rankers on the same merged set (a
 * near-duplicate scenario of another set ranked first counts as a miss for both).
 */
export function mergeMatchingDatasets(sets: readonly { label: string; dataset: MatchingDataset }[]): MatchingDataset {
  const labels = new Set<string>();
  for (const { label } of sets) {
    if (labels.has(label)) throw new MatchingDatasetError(label, ["the same data set is given twice"]);
    labels.add(label);
  }
  const id = (label: string, recordId: string) => `${label}/${recordId}`;
  return {
    version: 1,
    name: sets.map(({ label }) => label).join(" + "),
    scenarios: sets.flatMap(({ label, dataset }) => dataset.scenarios.map((record) => ({ ...record, id: id(label, record.id) }))),
    solutions: sets.flatMap(({ label, dataset }) => dataset.solutions.map((record) => ({ ...record, id: id(label, record.id) }))),
    qrels: sets.flatMap(({ label, dataset }) =>
      dataset.qrels.map((qrel) => ({ ...qrel, scenario: id(label, qrel.scenario), solution: id(label, qrel.solution) })),
    ),
  };
}
