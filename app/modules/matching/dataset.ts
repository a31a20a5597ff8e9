/**
 * Matching evaluation data sets (format `version: 1`, see ../shared/data/README.md).
 *
 *   loadMatchingDataset(path): Promise<MatchingDataset & { warnings }>   — reads and validates a file
 *   parseMatchingDataset(json: unknown): MatchingDataset & { warnings }  — validates already-parsed JSON; what it
 *                                                           repaired (a code in lower case, a pair judged twice) is
 *                                                           in `warnings`, one line each, naming the record
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
// Fields a record can do without read as "nothing" when a data set leaves them out or writes null (a list nobody
// filled in, no district, no budget). What identifies a record and what the format requires (ids, titles,
// categories, TRL, grades) is checked strictly: without it a record cannot be ranked or judged.
const money = z.number().finite().nonnegative().nullish().transform((value) => value ?? null);
const stringList = z.array(z.string()).nullish().transform((value) => value ?? []);
const optionalText = z.string().nullish().transform((value) => value ?? "");
// Codes read case-insensitively in normalise(); an unknown one is a warning, not a rejected set (see there).
const code = z.string().trim();

// The fields both sides have.
const recordFields = {
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
};

const rawScenarioSchema = z.object({
  ...recordFields,
  budgetMin: money,
  budgetMax: money,
  deadline: z.string().nullish(),
  firstUnitTypes: z.array(code).nullish().transform((value) => value ?? []),
});

const rawSolutionSchema = z.object({
  ...recordFields,
  trl: z.number().int().min(1).max(9),
  priceMin: money,
  priceMax: money,
  enterpriseTier: code.nullish(),
  firstUnit: z.object({ type: code, status: code }).nullish().transform((value) => value ?? null),
});

const qrelSchema = z.object({ scenario: text, solution: text, grade: z.number().int().min(0).max(3) });

const rawDatasetSchema = z.object({
  version: z.literal(1),
  name: z.string().optional(),
  scenarios: z.array(rawScenarioSchema),
  solutions: z.array(rawSolutionSchema),
  qrels: z.array(qrelSchema),
});

type RawScenario = z.infer<typeof rawScenarioSchema>;
type RawSolution = z.infer<typeof rawSolutionSchema>;

export type MatchScenario = Omit<RawScenario, "firstUnitTypes"> & { firstUnitTypes: FirstUnitType[] };
export type MatchSolution = Omit<RawSolution, "enterpriseTier" | "firstUnit"> & {
  enterpriseTier?: (typeof ENTERPRISE_TIERS)[number] | null;
  firstUnit: { type: FirstUnitType; status: FirstUnitStatus } | null;
};
export type Qrel = z.infer<typeof qrelSchema>;
export type MatchingDataset = { version: 1; name?: string; scenarios: MatchScenario[]; solutions: MatchSolution[]; qrels: Qrel[] };

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

/**
 * The data set in `json`, or a MatchingDatasetError listing what makes it unusable (at most 20 problems, each
 * naming the record and field). Deviations that still leave every record rankable and every judgement readable
 * are repaired and reported in `warnings` instead (normalise), so a held-out set written by someone else is
 * evaluated rather than refused for a code spelt in lower case or one judgement given twice.
 */
export function parseMatchingDataset(json: unknown, source = "(input)"): MatchingDataset & { warnings: string[] } {
  const parsed = rawDatasetSchema.safeParse(json, { error: datasetIssueMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => `${describePath(json, issue.path)}: ${issue.message}`);
    if (parsed.error.issues.length > 20) problems.push(`… and ${parsed.error.issues.length - 20} more`);
    throw new MatchingDatasetError(source, problems);
  }
  const problems: string[] = [];
  const findDuplicates = (list: { id: string }[], side: string) => {
    const seen = new Set<string>();
    list.forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${side}[${index}] (id ${record.id}): duplicate id`);
      seen.add(record.id);
    });
  };
  findDuplicates(parsed.data.scenarios, "scenarios");
  findDuplicates(parsed.data.solutions, "solutions");
  if (problems.length > 0) throw new MatchingDatasetError(source, problems);
  return normalise(parsed.data);
}

/** A code as the format spells it (FIRST_SET), read case-insensitively; null when it is none of `codes`. */
function readCode<Code extends string>(value: string, codes: readonly Code[]): Code | null {
  const upper = value.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return codes.find((known) => known === upper) ?? null;
}

/**
 * The repairs parseMatchingDataset makes, each reported as a warning that names the record:
 * - a code in another case (first_set) is read as the format's; an unknown first-unit type, first-unit status or
 *   enterprise tier is read as none (the scoring then gives no first-unit credit; the tier takes no part);
 * - empty entries of a list (tags, industry chain) are left out;
 * - an inverted budget or price range is read the right way round;
 * - a judgement naming a record the set does not have is left out (nothing could rank it), and a pair judged
 *   twice keeps its higher grade.
 */
function normalise(raw: z.infer<typeof rawDatasetSchema>): MatchingDataset & { warnings: string[] } {
  const warnings: string[] = [];
  const at = (side: string, index: number, id: string) => `${side}[${index}] (id ${id})`;
  const withoutEmpty = (list: string[], where: string, field: string) => {
    const kept = list.map((entry) => entry.trim()).filter((entry) => entry !== "");
    if (kept.length < list.length) warnings.push(`${where}.${field}: ${list.length - kept.length} empty entr${list.length - kept.length === 1 ? "y" : "ies"} left out`);
    return kept;
  };
  // The lists both sides have, without their empty entries.
  const lists = (record: { industryChain: string[]; tags: string[] }, where: string) => ({
    industryChain: withoutEmpty(record.industryChain, where, "industryChain"),
    tags: withoutEmpty(record.tags, where, "tags"),
  });
  const ordered = (min: number | null, max: number | null, where: string, field: string): [number | null, number | null] => {
    if (min == null || max == null || min <= max) return [min, max];
    warnings.push(`${where}.${field}Min: ${field}Min ${min} exceeds ${field}Max ${max}; read as ${max}–${min}`);
    return [max, min];
  };
  const scenarios = raw.scenarios.map((record, index): MatchScenario => {
    const where = at("scenarios", index, record.id);
    const firstUnitTypes: FirstUnitType[] = [];
    record.firstUnitTypes.forEach((value, i) => {
      const type = readCode(value, FIRST_UNIT_TYPES);
      if (type) firstUnitTypes.push(type);
      else warnings.push(`${where}.firstUnitTypes[${i}]: unknown first-unit type ${JSON.stringify(value)} left out (${FIRST_UNIT_TYPES.join(", ")})`);
    });
    const [budgetMin, budgetMax] = ordered(record.budgetMin, record.budgetMax, where, "budget");
    return {
      ...record,
      ...lists(record, where),
      budgetMin,
      budgetMax,
      firstUnitTypes: [...new Set(firstUnitTypes)],
    };
  });
  const solutions = raw.solutions.map((record, index): MatchSolution => {
    const where = at("solutions", index, record.id);
    let enterpriseTier: MatchSolution["enterpriseTier"] = null;
    if (record.enterpriseTier != null) {
      enterpriseTier = readCode(record.enterpriseTier, ENTERPRISE_TIERS);
      if (!enterpriseTier) warnings.push(`${where}.enterpriseTier: unknown tier ${JSON.stringify(record.enterpriseTier)} read as none (${ENTERPRISE_TIERS.join(", ")})`);
    }
    let firstUnit: MatchSolution["firstUnit"] = null;
    if (record.firstUnit) {
      const type = readCode(record.firstUnit.type, FIRST_UNIT_TYPES);
      const status = readCode(record.firstUnit.status, FIRST_UNIT_STATUSES);
      if (type && status) firstUnit = { type, status };
      else warnings.push(`${where}.firstUnit: unknown ${type ? `status ${JSON.stringify(record.firstUnit.status)}` : `type ${JSON.stringify(record.firstUnit.type)}`} — read as no first-unit record`);
    }
    const [priceMin, priceMax] = ordered(record.priceMin, record.priceMax, where, "price");
    return {
      ...record,
      ...lists(record, where),
      priceMin,
      priceMax,
      enterpriseTier,
      firstUnit,
    };
  });
  const scenarioIds = new Set(scenarios.map((record) => record.id));
  const solutionIds = new Set(solutions.map((record) => record.id));
  const byPair = new Map<string, Qrel>();
  raw.qrels.forEach((qrel, index) => {
    const where = `qrels[${index}] (${qrel.scenario} → ${qrel.solution})`;
    const unknown = [!scenarioIds.has(qrel.scenario) && `scenario id "${qrel.scenario}"`, !solutionIds.has(qrel.solution) && `solution id "${qrel.solution}"`].filter(Boolean);
    if (unknown.length > 0) {
      warnings.push(`${where}: unknown ${unknown.join(" and ")}; judgement left out`);
      return;
    }
    const pair = `${qrel.scenario}\u0000${qrel.solution}`;
    const earlier = byPair.get(pair);
    if (earlier) {
      if (earlier.grade !== qrel.grade) warnings.push(`${where}: the pair is judged twice (${earlier.grade} and ${qrel.grade}); the higher grade is kept`);
      else warnings.push(`${where}: the same judgement is given twice`);
      if (qrel.grade > earlier.grade) byPair.set(pair, { ...earlier, grade: qrel.grade });
      return;
    }
    byPair.set(pair, qrel);
  });
  return { version: 1, ...(raw.name === undefined ? {} : { name: raw.name }), scenarios, solutions, qrels: [...byPair.values()], warnings };
}

export async function loadMatchingDataset(path: string): Promise<MatchingDataset & { warnings: string[] }> {
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
