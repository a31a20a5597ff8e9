// A local stand-in for a Meilisearch server, for tests: speaks Meilisearch's HTTP API (routes, status codes,
// error bodies, Bearer keys, asynchronous tasks) for exactly the calls our adapter makes, so the official client's
// whole conversation crosses a real socket. Every request is recorded (method, path, parsed body, headers, the
// answer) for tests to assert on.
//
// Writes are tasks, as in Meilisearch: a write answers 202 with a task summary and changes nothing until the
// task is processed — which happens here only when someone asks for the task (GET /tasks/:uid). A client that
// does not wait for its tasks therefore never sees its writes. Tests can make tasks fail or stay "processing".
//
// Search is a deliberately simple subset of its own, NOT Meilisearch's relevance and NOT our embedded engine:
// case-insensitive sub-string matching of the first 10 query words on the searchable attributes (plus
// synonyms), matching strategies `all` (every word) and `last` (documents with the first word, scored by how many
// leading words they hold, as Meilisearch's buckets go), a recursive-descent parser for the filter language
// (= != > >= < <= TO IN EXISTS IS NULL IS EMPTY NOT AND OR, parentheses, quoted strings with escapes), facet
// counts, sort, page/hitsPerPage totals, `_formatted` with the requested tags and a `_rankingScore`. Its filter
// parser is strict, so an expression the adapter builds wrongly fails here with Meilisearch's
// `invalid_search_filter` error. Multi-search answers both plain and federated requests (see federatedSearch).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const STANDIN_MASTER_KEY = "standin-master-key-0123456789";

type Doc = Record<string, unknown>;
type ErrorBody = { message: string; code: string; type: string; link: string };

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
  status: number;
  response: unknown;
};

export type StandinTask = {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: "enqueued" | "processing" | "succeeded" | "failed";
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: ErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

type QueuedTask = { task: StandinTask; apply: () => void; polls: number };

type StandinSettings = {
  displayedAttributes: string[];
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  stopWords: string[];
  nonSeparatorTokens: string[];
  separatorTokens: string[];
  dictionary: string[];
  synonyms: Record<string, string[]>;
  distinctAttribute: string | null;
  proximityPrecision: string;
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnWords: string[];
    disableOnAttributes: string[];
    disableOnNumbers: boolean;
  };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, string> };
  pagination: { maxTotalHits: number };
  embedders: Record<string, unknown>;
  searchCutoffMs: number | null;
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[] | null;
  facetSearch: boolean;
  prefixSearch: string;
};

export type StandinIndex = {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  documents: Map<string, Doc>;
  settings: StandinSettings;
};

function defaultSettings(): StandinSettings {
  return {
    displayedAttributes: ["*"],
    searchableAttributes: ["*"],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: "byWord",
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
    pagination: { maxTotalHits: 1000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: "indexingTime",
  };
}

/** Settings as Meilisearch answers them: set-like lists sorted, synonyms by key. */
function settingsView(settings: StandinSettings): StandinSettings {
  return {
    ...settings,
    filterableAttributes: [...settings.filterableAttributes].sort(),
    sortableAttributes: [...settings.sortableAttributes].sort(),
    stopWords: [...settings.stopWords].sort(),
    dictionary: [...settings.dictionary].sort(),
    synonyms: Object.fromEntries(Object.entries(settings.synonyms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    typoTolerance: { ...settings.typoTolerance, disableOnAttributes: [...settings.typoTolerance.disableOnAttributes].sort() },
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

/** A task failure: the task ends as "failed" with this error. */
class TaskError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

function errorBody(code: string, message: string, type = "invalid_request"): ErrorBody {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

function httpError(status: number, code: string, message: string, type = "invalid_request"): HttpError {
  return new HttpError(status, errorBody(code, message, type));
}

// ---------------------------------------------------------------------------------------------------------
// The filter language: a small recursive-descent parser and an evaluator.

type Literal = { text: string; quoted: boolean };
export type FilterNode =
  | { op: "and" | "or"; children: FilterNode[] }
  | { op: "not"; child: FilterNode }
  | { op: "compare"; field: string; comparator: "=" | "!=" | ">" | ">=" | "<" | "<="; value: Literal }
  | { op: "to"; field: string; from: Literal; to: Literal }
  | { op: "in"; field: string; values: Literal[] }
  | { op: "exists" | "isNull" | "isEmpty"; field: string };

type Token =
  | { kind: "punct"; value: "(" | ")" | "[" | "]" | "," | "=" | "!=" | ">" | ">=" | "<" | "<="; at: number }
  | { kind: "word"; value: string; at: number }
  | { kind: "string"; value: string; at: number };

export class FilterSyntaxError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === "!=" || two === ">=" || two === "<=") {
      tokens.push({ kind: "punct", value: two, at: i });
      i += 2;
      continue;
    }
    if ("()[],=><".includes(char)) {
      tokens.push({ kind: "punct", value: char as "(", at: i });
      i++;
      continue;
    }
    if (char === '"' || char === "'") {
      const start = i;
      let value = "";
      i++;
      for (;;) {
        if (i >= source.length) throw new FilterSyntaxError(`unterminated string starting at ${start}`);
        const next = source[i]!;
        if (next === "\\") {
          if (i + 1 >= source.length) throw new FilterSyntaxError(`dangling escape at ${i}`);
          value += source[i + 1];
          i += 2;
          continue;
        }
        if (next === char) {
          i++;
          break;
        }
        value += next;
        i++;
      }
      tokens.push({ kind: "string", value, at: start });
      continue;
    }
    if (char === "!") throw new FilterSyntaxError(`unexpected "!" at ${i}`);
    const start = i;
    while (i < source.length && !/\s/.test(source[i]!) && !"()[],=!><\"'".includes(source[i]!)) i++;
    tokens.push({ kind: "word", value: source.slice(start, i), at: start });
  }
  return tokens;
}

export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const isWord = (token: Token | undefined, word: string) => token?.kind === "word" && token.value === word;
  const isPunct = (token: Token | undefined, value: string) => token?.kind === "punct" && token.value === value;
  const describe = (token: Token | undefined) => (token ? `"${token.value}" at ${token.at}` : "the end of the filter");
  const expectPunct = (value: string) => {
    const token = tokens[position];
    if (!isPunct(token, value)) throw new FilterSyntaxError(`expected "${value}", found ${describe(token)}`);
    position++;
  };
  const literal = (): Literal => {
    const token = tokens[position];
    if (token?.kind === "string") {
      position++;
      return { text: token.value, quoted: true };
    }
    if (token?.kind === "word" && !["AND", "OR", "NOT", "TO", "IN", "EXISTS", "IS"].includes(token.value)) {
      position++;
      return { text: token.value, quoted: false };
    }
    throw new FilterSyntaxError(`expected a value, found ${describe(token)}`);
  };

  function parseOr(): FilterNode {
    const children = [parseAnd()];
    while (isWord(peek(), "OR")) {
      position++;
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { op: "or", children };
  }
  function parseAnd(): FilterNode {
    const children = [parseNot()];
    while (isWord(peek(), "AND")) {
      position++;
      children.push(parseNot());
    }
    return children.length === 1 ? children[0]! : { op: "and", children };
  }
  function parseNot(): FilterNode {
    if (isWord(peek(), "NOT")) {
      position++;
      return { op: "not", child: parseNot() };
    }
    if (isPunct(peek(), "(")) {
      position++;
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    return parseCondition();
  }
  function parseInList(field: string): FilterNode {
    expectPunct("[");
    const values: Literal[] = [];
    if (!isPunct(peek(), "]")) {
      values.push(literal());
      while (isPunct(peek(), ",")) {
        position++;
        values.push(literal());
      }
    }
    expectPunct("]");
    return { op: "in", field, values };
  }
  function parseCondition(): FilterNode {
    const fieldToken = tokens[position];
    if (fieldToken?.kind !== "word" && fieldToken?.kind !== "string") throw new FilterSyntaxError(`expected an attribute, found ${describe(fieldToken)}`);
    position++;
    const field = fieldToken.value;
    const next = tokens[position];
    if (next?.kind === "punct" && ["=", "!=", ">", ">=", "<", "<="].includes(next.value)) {
      position++;
      return { op: "compare", field, comparator: next.value as "=", value: literal() };
    }
    if (isWord(next, "EXISTS")) {
      position++;
      return { op: "exists", field };
    }
    if (isWord(next, "IN")) {
      position++;
      return parseInList(field);
    }
    if (isWord(next, "NOT")) {
      position++;
      const after = tokens[position];
      if (isWord(after, "EXISTS")) {
        position++;
        return { op: "not", child: { op: "exists", field } };
      }
      if (isWord(after, "IN")) {
        position++;
        return { op: "not", child: parseInList(field) };
      }
      throw new FilterSyntaxError(`expected EXISTS or IN after NOT, found ${describe(after)}`);
    }
    if (isWord(next, "IS")) {
      position++;
      let negate = false;
      if (isWord(peek(), "NOT")) {
        negate = true;
        position++;
      }
      const what = tokens[position];
      let node: FilterNode;
      if (isWord(what, "NULL")) node = { op: "isNull", field };
      else if (isWord(what, "EMPTY")) node = { op: "isEmpty", field };
      else throw new FilterSyntaxError(`expected NULL or EMPTY after IS, found ${describe(what)}`);
      position++;
      return negate ? { op: "not", child: node } : node;
    }
    if (next?.kind === "word" || next?.kind === "string") {
      const from = literal();
      if (!isWord(peek(), "TO")) throw new FilterSyntaxError(`expected an operation after "${field}", found ${describe(next)}`);
      position++;
      return { op: "to", field, from, to: literal() };
    }
    throw new FilterSyntaxError(`expected an operation after "${field}", found ${describe(next)}`);
  }

  if (tokens.length === 0) throw new FilterSyntaxError("the filter is empty");
  const tree = parseOr();
  if (position < tokens.length) {
    throw new FilterSyntaxError(`found unexpected characters at the end of the filter: ${describe(tokens[position])}. You probably forgot an \`OR\` or an \`AND\` rule.`);
  }
  return tree;
}

function filterFields(node: FilterNode): string[] {
  switch (node.op) {
    case "and":
    case "or":
      return node.children.flatMap(filterFields);
    case "not":
      return filterFields(node.child);
    default:
      return [node.field];
  }
}

function asNumber(literal: Literal): number | null {
  const text = literal.text.trim();
  if (text === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function valuesOf(doc: Doc, field: string): unknown[] {
  const value = doc[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function equals(element: unknown, literal: Literal): boolean {
  if (typeof element === "number") return asNumber(literal) === element;
  if (typeof element === "boolean") return String(element) === literal.text;
  return typeof element === "string" && element === literal.text;
}

export function evaluateFilter(node: FilterNode, doc: Doc): boolean {
  switch (node.op) {
    case "and":
      return node.children.every((child) => evaluateFilter(child, doc));
    case "or":
      return node.children.some((child) => evaluateFilter(child, doc));
    case "not":
      return !evaluateFilter(node.child, doc);
    case "exists":
      return Object.hasOwn(doc, node.field);
    case "isNull":
      return Object.hasOwn(doc, node.field) && doc[node.field] === null;
    case "isEmpty": {
      const value = doc[node.field];
      return value === "" || (Array.isArray(value) && value.length === 0) || (typeof value === "object" && value !== null && Object.keys(value).length === 0);
    }
    case "in":
      return valuesOf(doc, node.field).some((element) => node.values.some((value) => equals(element, value)));
    case "to": {
      const from = asNumber(node.from);
      const to = asNumber(node.to);
      return from !== null && to !== null && valuesOf(doc, node.field).some((element) => typeof element === "number" && element >= from && element <= to);
    }
    case "compare": {
      const elements = valuesOf(doc, node.field);
      if (node.comparator === "=") return elements.some((element) => equals(element, node.value));
      if (node.comparator === "!=") return !elements.some((element) => equals(element, node.value));
      const bound = asNumber(node.value);
      if (bound === null) return false;
      return elements.some((element) => {
        if (typeof element !== "number") return false;
        if (node.comparator === ">") return element > bound;
        if (node.comparator === ">=") return element >= bound;
        if (node.comparator === "<") return element < bound;
        return element <= bound;
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Search: the simple subset.

const SEARCH_PARAMS = new Set([
  "q", "offset", "limit", "page", "hitsPerPage", "filter", "facets", "sort", "attributesToRetrieve", "attributesToHighlight",
  "highlightPreTag", "highlightPostTag", "attributesToCrop", "cropLength", "cropMarker", "showMatchesPosition",
  "showRankingScore", "showRankingScoreDetails", "rankingScoreThreshold", "matchingStrategy", "attributesToSearchOn",
  "locales", "distinct", "retrieveVectors",
]);
const MAX_QUERY_WORDS = 10;

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.filter((element) => typeof element === "string").join("\n");
  return typeof value === "string" ? value : "";
}

function searchableFields(index: StandinIndex, doc: Doc): string[] {
  const { searchableAttributes } = index.settings;
  return searchableAttributes.includes("*") ? Object.keys(doc) : searchableAttributes;
}

function highlightText(text: string, terms: string[], pre: string, post: string): string {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle || lower.length !== text.length) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    out += text.slice(cursor, from) + pre + text.slice(from, to) + post;
    cursor = to;
  }
  return out + text.slice(cursor);
}

type SearchBody = Record<string, unknown>;

function requireArrayOfStrings(body: SearchBody, key: string, code: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((element) => typeof element !== "string")) {
    throw httpError(400, code, `Invalid value type at \`.${key}\`: expected an array of strings`);
  }
  return value as string[];
}

type Match = { id: string; doc: Doc; score: number; order: number };
type SortClause = { field: string; direction: "asc" | "desc" };

/** One search request evaluated against one index: every match (sorted, uncapped) and how to turn one into a hit. */
type Evaluated = {
  q: string;
  matches: Match[];
  facets: string[];
  sort: SortClause[];
  hit(match: Match): Doc;
};

function compareSortValues(a: Doc, b: Doc, sort: SortClause[]): number {
  for (const { field, direction } of sort) {
    const av = a[field];
    const bv = b[field];
    const aMissing = typeof av !== "number" && typeof av !== "string";
    const bMissing = typeof bv !== "number" && typeof bv !== "string";
    if (aMissing || bMissing) {
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
      continue;
    }
    const cmp = av! < bv! ? -1 : av! > bv! ? 1 : 0;
    if (cmp !== 0) return direction === "asc" ? cmp : -cmp;
  }
  return 0;
}

const RELEVANCE_RULES = new Set(["words", "typo", "proximity", "attribute", "attributeRank", "wordPosition", "exactness"]);

/** Whether `sort` comes before every relevance rule in the ranking rules. */
function sortRankedFirst(rankingRules: readonly string[]): boolean {
  const sortAt = rankingRules.indexOf("sort");
  const relevanceAt = rankingRules.findIndex((rule) => RELEVANCE_RULES.has(rule));
  return sortAt !== -1 && (relevanceAt === -1 || sortAt < relevanceAt);
}

function facetCounts(docs: Iterable<Doc>, fields: string[], maxValuesPerFacet: number): Record<string, Record<string, number>> {
  const distribution: Record<string, Record<string, number>> = {};
  const all = [...docs];
  for (const field of fields) {
    const counts: Record<string, number> = {};
    for (const doc of all) {
      for (const value of new Set(valuesOf(doc, field).map(String))) counts[value] = (counts[value] ?? 0) + 1;
    }
    const kept = Object.keys(counts).sort().slice(0, maxValuesPerFacet);
    distribution[field] = Object.fromEntries(kept.map((value) => [value, counts[value]!]));
  }
  return distribution;
}

function evaluate(index: StandinIndex, body: SearchBody): Evaluated {
  for (const key of Object.keys(body)) {
    if (!SEARCH_PARAMS.has(key)) throw httpError(400, "bad_request", `Unknown field \`${key}\`: expected one of ${[...SEARCH_PARAMS].join(", ")}`);
  }
  const settings = index.settings;
  const q = body.q ?? "";
  if (typeof q !== "string") throw httpError(400, "invalid_search_q", "Invalid value type at `.q`: expected a string");
  const strategy = body.matchingStrategy ?? "last";
  if (strategy !== "all" && strategy !== "last" && strategy !== "frequency") {
    throw httpError(400, "invalid_search_matching_strategy", `Unknown value \`${String(strategy)}\` at \`.matchingStrategy\`: expected one of \`last\`, \`all\`, \`frequency\``);
  }

  let filter: FilterNode | null = null;
  if (body.filter !== undefined && body.filter !== null) {
    if (typeof body.filter !== "string") throw httpError(400, "invalid_search_filter", "this stand-in accepts filters as strings only");
    try {
      filter = parseFilter(body.filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError) throw httpError(400, "invalid_search_filter", `${error.message}\n${body.filter}`);
      throw error;
    }
    for (const field of filterFields(filter)) {
      if (!settings.filterableAttributes.includes(field)) {
        throw httpError(400, "invalid_search_filter", `Attribute \`${field}\` is not filterable. Available filterable attributes are: \`${settings.filterableAttributes.join(", ")}\`.`);
      }
    }
  }
  const facets = requireArrayOfStrings(body, "facets", "invalid_search_facets") ?? [];
  for (const field of facets) {
    if (!settings.filterableAttributes.includes(field)) {
      throw httpError(400, "invalid_search_facets", `Invalid facet distribution, attribute \`${field}\` is not filterable.`);
    }
  }
  const sort = (requireArrayOfStrings(body, "sort", "invalid_search_sort") ?? []).map((clause) => {
    const match = /^([^:]+):(asc|desc)$/.exec(clause);
    if (!match) throw httpError(400, "invalid_search_sort", `Invalid syntax for the sort parameter: \`${clause}\``);
    if (!settings.sortableAttributes.includes(match[1]!)) {
      throw httpError(400, "invalid_search_sort", `Attribute \`${match[1]}\` is not sortable. Available sortable attributes are: \`${settings.sortableAttributes.join(", ")}\`.`);
    }
    return { field: match[1]!, direction: match[2] as "asc" | "desc" };
  });
  const highlight = requireArrayOfStrings(body, "attributesToHighlight", "invalid_search_attributes_to_highlight");
  requireArrayOfStrings(body, "locales", "invalid_search_locales");

  const synonymsOf = (word: string) => {
    const entry = Object.entries(settings.synonyms).find(([key]) => key.toLowerCase() === word.toLowerCase());
    return [word, ...(entry?.[1] ?? [])];
  };
  // Stop words are ignored in the query (Meilisearch also leaves them out of the index).
  const stopWords = new Set(settings.stopWords.map((word) => word.toLowerCase()));
  // Meilisearch's operators (≥ 1.8): `-word` and `-"a phrase"` leave out documents containing them; `"a phrase"`
  // must occur as written in one field value (an array's elements are apart). Read here with a few regular
  // expressions of the stand-in's own, not with the adapter's parser, so the two are checked against each other.
  const excluded: string[] = [];
  const phrases: string[] = [];
  const plain = q
    .replace(/(^|\s)-"([^"]*)"?/g, (_all, before: string, phrase: string) => (excluded.push(phrase.toLowerCase()), before))
    .replace(/(^|\s)-(\S+)/g, (_all, before: string, word: string) => (excluded.push(word.toLowerCase()), before))
    .replace(/"([^"]*)"?/g, (_all, phrase: string) => (phrases.push(phrase.toLowerCase()), ` ${phrase} `));
  const words = plain.trim().split(/\s+/).filter((word) => word && !stopWords.has(word.toLowerCase())).slice(0, MAX_QUERY_WORDS).map(synonymsOf);
  const values = (doc: Doc) =>
    searchableFields(index, doc).flatMap((field) => (Array.isArray(doc[field]) ? (doc[field] as unknown[]) : [doc[field]])).map((value) => textOf(value).toLowerCase());

  const matches: Match[] = [];
  let order = 0;
  for (const [id, doc] of index.documents) {
    order++;
    if (filter && !evaluateFilter(filter, doc)) continue;
    if (excluded.length > 0 || phrases.length > 0) {
      const texts = values(doc);
      if (excluded.some((term) => texts.some((text) => text.includes(term)))) continue;
      if (!phrases.every((phrase) => texts.some((text) => text.includes(phrase)))) continue;
    }
    if (words.length === 0) {
      matches.push({ id, doc, score: 1, order });
      continue;
    }
    const fields = searchableFields(index, doc);
    const texts = fields.map((field) => textOf(doc[field]).toLowerCase());
    const firstField = words.map((alternatives) => texts.findIndex((text) => alternatives.some((term) => text.includes(term.toLowerCase()))));
    let matched: number;
    if (strategy === "all") {
      if (firstField.includes(-1)) continue;
      matched = words.length;
    } else if (strategy === "last") {
      // Meilisearch drops words from the end: the buckets are "all words", "all but the last", … "the first word".
      matched = firstField.findIndex((position) => position === -1);
      if (matched === -1) matched = words.length;
      if (matched === 0) continue;
    } else {
      matched = firstField.filter((position) => position !== -1).length;
      if (matched === 0 || firstField[0] === -1) continue;
    }
    const counted = strategy === "last" ? firstField.slice(0, matched) : firstField;
    const bestField = Math.min(...counted.filter((position) => position !== -1));
    matches.push({ id, doc, score: matched / words.length - bestField / (10 * Math.max(1, fields.length)), order });
  }
  // The `sort` rule ranks where the index's ranking rules put it: before the relevance rules, or after them
  // (Meilisearch's default), where it only orders hits of equal relevance.
  const sortFirst = sortRankedFirst(settings.rankingRules);
  matches.sort((a, b) =>
    (sortFirst ? compareSortValues(a.doc, b.doc, sort) || b.score - a.score : b.score - a.score || compareSortValues(a.doc, b.doc, sort)) || a.order - b.order,
  );

  const pre = typeof body.highlightPreTag === "string" ? body.highlightPreTag : "<em>";
  const post = typeof body.highlightPostTag === "string" ? body.highlightPostTag : "</em>";
  const terms = words.flat();
  const hit = ({ doc, score }: Match): Doc => {
    const made: Doc = structuredClone(doc);
    if (highlight) {
      const formatted: Doc = structuredClone(doc);
      const searchable = searchableFields(index, doc);
      for (const field of Object.keys(doc)) {
        if (!(highlight.includes("*") || highlight.includes(field)) || !searchable.includes(field)) continue;
        const value = doc[field];
        if (typeof value === "string") formatted[field] = highlightText(value, terms, pre, post);
        else if (Array.isArray(value)) formatted[field] = value.map((element) => (typeof element === "string" ? highlightText(element, terms, pre, post) : element));
      }
      made._formatted = formatted;
    }
    if (body.showRankingScore === true) made._rankingScore = rankingScore(score);
    return made;
  };
  return { q, matches, facets, sort, hit };
}

function rankingScore(score: number): number {
  return Math.max(0, Math.min(1, score));
}

function search(index: StandinIndex, body: SearchBody) {
  const { q, matches, facets, hit } = evaluate(index, body);
  const settings = index.settings;
  const facetDistribution = facetCounts(
    matches.map((match) => match.doc),
    facets,
    settings.faceting.maxValuesPerFacet,
  );

  const totalHits = Math.min(matches.length, settings.pagination.maxTotalHits);
  const finite = body.page !== undefined || body.hitsPerPage !== undefined;
  let slice: Match[];
  let paging: Record<string, number>;
  if (finite) {
    const page = body.page ?? 1;
    const hitsPerPage = body.hitsPerPage ?? 20;
    if (typeof page !== "number" || !Number.isInteger(page) || page < 1) throw httpError(400, "invalid_search_page", "`.page` must be an integer ≥ 1");
    if (typeof hitsPerPage !== "number" || !Number.isInteger(hitsPerPage) || hitsPerPage < 0) {
      throw httpError(400, "invalid_search_hits_per_page", "`.hitsPerPage` must be an integer ≥ 0");
    }
    slice = matches.slice(0, totalHits).slice((page - 1) * hitsPerPage, page * hitsPerPage);
    paging = { hitsPerPage, page, totalPages: hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage), totalHits };
  } else {
    const offset = typeof body.offset === "number" ? body.offset : 0;
    const limit = typeof body.limit === "number" ? body.limit : 20;
    slice = matches.slice(0, totalHits).slice(offset, offset + limit);
    paging = { offset, limit, estimatedTotalHits: totalHits };
  }
  return { hits: slice.map(hit), query: q, processingTimeMs: 0, ...paging, ...(facets.length > 0 ? { facetDistribution, facetStats: {} } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Federated multi-search (`federation` set): the subset the adapter uses, after Meilisearch's documented shape.
//
// - `federation`: `limit` (20), `offset` (0), `facetsByIndex` ({ indexUid: [facets] }), `mergeFacets` ({ maxValuesPerFacet? }).
// - Each query: the search parameters above minus pagination (`page`, `hitsPerPage`, `limit`, `offset`) and `facets`,
//   which Meilisearch refuses in federated queries, plus `federationOptions: { weight }` (≥ 0, default 1).
// - Hits of all queries are merged by `_rankingScore × weight`, highest first, ties to the earlier query; a document
//   found by several queries is kept once, where it ranks best (so its weighted scores do not add up). With `sort`,
//   every query must sort alike (Meilisearch refuses incompatible ranking rules), and — as in this stand-in's plain
//   search — sort values come before the scores when `sort` is the first ranking rule, after them otherwise.
// - Each hit carries `_federation: { indexUid, queriesPosition, weightedRankingScore }`; `_formatted` comes from
//   the query that kept it.
// - `estimatedTotalHits`: the distinct documents matching any query, per index, summed.
// - Facets: counted per index over those documents; merged into `facetDistribution` when `mergeFacets` is set,
//   otherwise returned as `facetsByIndex: { indexUid: { distribution, stats } }`.

const FEDERATION_PARAMS = new Set(["limit", "offset", "facetsByIndex", "mergeFacets"]);
const PAGINATION_PARAMS = ["page", "hitsPerPage", "limit", "offset"];

function nonNegativeInteger(value: unknown, fallback: number, key: string, code: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw httpError(400, code, `Invalid value at \`.federation.${key}\`: expected a positive integer`);
  return value;
}

function federatedSearch(requireIndex: (uid: string) => StandinIndex, rawFederation: unknown, rawQueries: unknown[]) {
  if (typeof rawFederation !== "object" || rawFederation === null || Array.isArray(rawFederation)) {
    throw httpError(400, "bad_request", "Invalid value type at `.federation`: expected an object");
  }
  const federation = rawFederation as Record<string, unknown>;
  for (const key of Object.keys(federation)) {
    if (!FEDERATION_PARAMS.has(key)) throw httpError(400, "bad_request", `Unknown field \`${key}\` inside \`.federation\`: expected one of ${[...FEDERATION_PARAMS].join(", ")}`);
  }
  const limit = nonNegativeInteger(federation.limit, 20, "limit", "invalid_search_limit");
  const offset = nonNegativeInteger(federation.offset, 0, "offset", "invalid_search_offset");
  const facetsByIndex = (federation.facetsByIndex ?? {}) as Record<string, unknown>;
  if (typeof facetsByIndex !== "object" || Array.isArray(facetsByIndex)) {
    throw httpError(400, "invalid_multi_search_facets_by_index", "Invalid value type at `.federation.facetsByIndex`: expected an object");
  }
  const mergeFacets = federation.mergeFacets ?? null;
  if (mergeFacets !== null && (typeof mergeFacets !== "object" || Array.isArray(mergeFacets))) {
    throw httpError(400, "invalid_multi_search_merge_facets", "Invalid value type at `.federation.mergeFacets`: expected an object");
  }
  const maxMergedValues = (mergeFacets as { maxValuesPerFacet?: unknown } | null)?.maxValuesPerFacet;

  type Evaluation = { indexUid: string; position: number; weight: number; evaluated: Evaluated };
  const evaluations: Evaluation[] = rawQueries.map((raw, position) => {
    const { indexUid, federationOptions, ...rest } = raw as { indexUid?: string; federationOptions?: unknown } & SearchBody;
    // As in Meilisearch: the error names the query, and a missing index is the request's fault (400, not 404).
    const inside = (error: HttpError) =>
      new HttpError(error.body.code === "index_not_found" ? 400 : error.status, { ...error.body, message: `Inside \`.queries[${position}]\`: ${error.body.message}` });
    try {
      if (typeof indexUid !== "string") throw httpError(400, "missing_index_uid", "Missing field `indexUid`");
      const pagination = PAGINATION_PARAMS.find((key) => rest[key] !== undefined);
      if (pagination) {
        throw httpError(400, "invalid_multi_search_query_pagination", `Using pagination options is not allowed in federated queries.\n - Hint: remove \`${pagination}\` from query #${position} or remove \`federation\` from the request\n - Hint: pass \`federation.limit\` and \`federation.offset\` for pagination in federated search`);
      }
      if (rest.facets !== undefined) {
        throw httpError(400, "invalid_multi_search_query_facets", `Using facet options is not allowed in federated queries.\n - Hint: remove \`facets\` from query #${position} or remove \`federation\` from the request\n - Hint: pass \`federation.facetsByIndex.${indexUid}\` for facets in federated search`);
      }
      let weight = 1;
      if (federationOptions !== undefined && federationOptions !== null) {
        const options = federationOptions as Record<string, unknown>;
        for (const key of Object.keys(options)) {
          if (key !== "weight") throw httpError(400, "bad_request", `Unknown field \`${key}\` inside \`.federationOptions\` (this stand-in supports \`weight\` only)`);
        }
        if (options.weight !== undefined) {
          if (typeof options.weight !== "number" || !(options.weight >= 0)) throw httpError(400, "invalid_multi_search_weight", "the federated weight must be a number ≥ 0");
          weight = options.weight;
        }
      }
      return { indexUid, position, weight, evaluated: evaluate(requireIndex(indexUid), rest) };
    } catch (error) {
      if (error instanceof HttpError) throw inside(error);
      throw error;
    }
  });

  const sorts = new Set(evaluations.map(({ evaluated }) => JSON.stringify(evaluated.sort)));
  if (sorts.size > 1) {
    throw httpError(400, "invalid_multi_search_query_ranking_rules", "The results of the federated queries are incompatible: this stand-in needs every query to sort alike");
  }

  type Candidate = { indexUid: string; position: number; rank: number; weighted: number; match: Match; evaluated: Evaluated };
  const candidates: Candidate[] = evaluations.flatMap(({ indexUid, position, weight, evaluated }) =>
    evaluated.matches.map((match, rank) => ({ indexUid, position, rank, weighted: rankingScore(match.score) * weight, match, evaluated })),
  );
  const sortFirst = evaluations.every(({ indexUid }) => sortRankedFirst(requireIndex(indexUid).settings.rankingRules));
  candidates.sort((a, b) => {
    const bySort = compareSortValues(a.match.doc, b.match.doc, a.evaluated.sort);
    const byScore = b.weighted - a.weighted;
    return (sortFirst ? bySort || byScore : byScore || bySort) || a.position - b.position || a.rank - b.rank;
  });
  const seen = new Set<string>();
  const merged = candidates.filter(({ indexUid, match }) => {
    const key = `${indexUid}\u0000${match.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const docsByIndex = new Map<string, Map<string, Doc>>();
  for (const { indexUid, match } of merged) {
    const docs = docsByIndex.get(indexUid) ?? new Map<string, Doc>();
    docs.set(match.id, match.doc);
    docsByIndex.set(indexUid, docs);
  }

  const computedFacets: Record<string, Record<string, Record<string, number>>> = {};
  for (const [uid, fields] of Object.entries(facetsByIndex)) {
    if (fields === null) continue;
    if (!Array.isArray(fields) || fields.some((field) => typeof field !== "string")) {
      throw httpError(400, "invalid_multi_search_facets_by_index", `Invalid value type at \`.federation.facetsByIndex.${uid}\`: expected an array of strings`);
    }
    const index = requireIndex(uid);
    for (const field of fields as string[]) {
      if (!index.settings.filterableAttributes.includes(field)) {
        throw httpError(400, "invalid_multi_search_facets", `Inside \`.federation.facetsByIndex.${uid}\`: Invalid facet distribution, attribute \`${field}\` is not filterable.`);
      }
    }
    computedFacets[uid] = facetCounts(docsByIndex.get(uid)?.values() ?? [], fields as string[], index.settings.faceting.maxValuesPerFacet);
  }
  let facetResponse: Record<string, unknown> = {};
  if (mergeFacets !== null && Object.keys(computedFacets).length > 0) {
    const distribution: Record<string, Record<string, number>> = {};
    for (const perIndex of Object.values(computedFacets)) {
      for (const [field, counts] of Object.entries(perIndex)) {
        const into = (distribution[field] ??= {});
        for (const [value, count] of Object.entries(counts)) into[value] = (into[value] ?? 0) + count;
      }
    }
    for (const [field, counts] of Object.entries(distribution)) {
      const kept = Object.keys(counts).sort().slice(0, typeof maxMergedValues === "number" ? maxMergedValues : undefined);
      distribution[field] = Object.fromEntries(kept.map((value) => [value, counts[value]!]));
    }
    facetResponse = { facetDistribution: distribution, facetStats: {} };
  } else if (Object.keys(computedFacets).length > 0) {
    facetResponse = { facetsByIndex: Object.fromEntries(Object.entries(computedFacets).map(([uid, distribution]) => [uid, { distribution, stats: {} }])) };
  }

  const hits = merged.slice(offset, offset + limit).map(({ indexUid, position, weighted, match, evaluated }) => ({
    ...evaluated.hit(match),
    _federation: { indexUid, queriesPosition: position, weightedRankingScore: weighted },
  }));
  const estimatedTotalHits = [...docsByIndex.values()].reduce((sum, docs) => sum + docs.size, 0);
  return { hits, processingTimeMs: 0, limit, offset, estimatedTotalHits, ...facetResponse };
}

// ---------------------------------------------------------------------------------------------------------
// The server.

const SETTINGS_KEYS = new Set(Object.keys(defaultSettings()));
const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

export async function startMeilisearchStandin(options: { masterKey?: string } = {}) {
  const masterKey = options.masterKey ?? STANDIN_MASTER_KEY;
  const indexes = new Map<string, StandinIndex>();
  const tasks = new Map<number, QueuedTask>();
  const requests: RecordedRequest[] = [];
  const state = {
    /** How many times each task answers "processing" before it is processed. */
    processingPolls: 0,
    /** The next tasks of these types fail with the given error instead of being applied. */
    failNextTasks: [] as { type: string; code: string; message: string }[],
    /**
     * Searches (POST /multi-search, POST /indexes/:uid/search) get no answer, as from a server too busy to reply:
     * the request stays open until the client gives up or the stand-in closes.
     */
    stallSearches: false,
    /** No request gets an answer: a server that accepts connections and hangs. */
    stallEverything: false,
  };
  let nextTaskUid = 0;
  let lastUpdate = new Date().toISOString();

  function requireIndex(uid: string): StandinIndex {
    const index = indexes.get(uid);
    if (!index) throw httpError(404, "index_not_found", `Index \`${uid}\` not found.`);
    return index;
  }
  function requireIndexInTask(uid: string): StandinIndex {
    const index = indexes.get(uid);
    if (!index) throw new TaskError(errorBody("index_not_found", `Index \`${uid}\` not found.`));
    return index;
  }
  function createIndexObject(uid: string, primaryKey: string | null): StandinIndex {
    const now = new Date().toISOString();
    const index: StandinIndex = { uid, primaryKey, createdAt: now, updatedAt: now, documents: new Map(), settings: defaultSettings() };
    indexes.set(uid, index);
    return index;
  }

  function enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, apply: () => void) {
    const uid = nextTaskUid++;
    const task: StandinTask = {
      uid, batchUid: null, indexUid, status: "enqueued", type, canceledBy: null, details, error: null, duration: null,
      enqueuedAt: new Date().toISOString(), startedAt: null, finishedAt: null,
    };
    tasks.set(uid, { task, apply, polls: 0 });
    return { status: 202, body: { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt } };
  }

  function processUpTo(uid: number) {
    for (const queued of [...tasks.values()].sort((a, b) => a.task.uid - b.task.uid)) {
      if (queued.task.uid > uid) break;
      if (queued.task.status !== "enqueued" && queued.task.status !== "processing") continue;
      const { task } = queued;
      task.startedAt = new Date().toISOString();
      const injected = state.failNextTasks.findIndex((failure) => failure.type === task.type);
      try {
        if (injected !== -1) {
          const [failure] = state.failNextTasks.splice(injected, 1);
          throw new TaskError(errorBody(failure!.code, failure!.message));
        }
        queued.apply();
        task.status = "succeeded";
        lastUpdate = new Date().toISOString();
      } catch (error) {
        if (!(error instanceof TaskError)) throw error;
        task.status = "failed";
        task.error = error.body;
      }
      task.finishedAt = new Date().toISOString();
      task.duration = "PT0.001S";
    }
  }

  function applySettings(uid: string, patch: Record<string, unknown>) {
    const index = indexes.get(uid) ?? createIndexObject(uid, null);
    const defaults = defaultSettings() as unknown as Record<string, unknown>;
    const current = index.settings as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) current[key] = defaults[key];
      else if (typeof value === "object" && !Array.isArray(value) && key !== "synonyms" && key !== "embedders") {
        current[key] = { ...(current[key] as object), ...value };
      } else current[key] = value;
    }
    index.updatedAt = new Date().toISOString();
  }

  function validateSettingsPatch(patch: unknown): Record<string, unknown> {
    if (typeof patch !== "object" || patch === null || Array.isArray(patch)) throw httpError(400, "bad_request", "Invalid value type: expected an object");
    for (const key of Object.keys(patch)) {
      if (!SETTINGS_KEYS.has(key)) throw httpError(400, "bad_request", `Unknown field \`${key}\`: expected one of ${[...SETTINGS_KEYS].join(", ")}`);
    }
    const localized = (patch as Record<string, unknown>).localizedAttributes;
    if (localized !== undefined && localized !== null) {
      const valid =
        Array.isArray(localized) &&
        localized.every((rule) => Array.isArray(rule?.attributePatterns) && Array.isArray(rule?.locales) && rule.locales.every((locale: unknown) => typeof locale === "string"));
      if (!valid) throw httpError(400, "invalid_settings_localized_attributes", "Invalid value at `.localizedAttributes`");
    }
    const synonyms = (patch as Record<string, unknown>).synonyms;
    if (synonyms !== undefined && synonyms !== null) {
      const valid = typeof synonyms === "object" && !Array.isArray(synonyms) && Object.values(synonyms).every((list) => Array.isArray(list) && list.every((term) => typeof term === "string"));
      if (!valid) throw httpError(400, "invalid_settings_synonyms", "Invalid value at `.synonyms`");
    }
    return patch as Record<string, unknown>;
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): { status: number; body: unknown } {
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const [first, uid, sub, subId] = parts;

    if (method === "GET" && path === "/health") return { status: 200, body: { status: "available" } };
    if (method === "GET" && path === "/stats") {
      const stats: Record<string, unknown> = {};
      for (const [name, index] of indexes) stats[name] = indexStats(index);
      return { status: 200, body: { databaseSize: 0, usedDatabaseSize: 0, lastUpdate, indexes: stats } };
    }
    if (first === "tasks" && uid !== undefined && parts.length === 2 && method === "GET") {
      const queued = tasks.get(Number(uid));
      if (!queued || !/^\d+$/.test(uid)) throw httpError(404, "task_not_found", `Task \`${uid}\` not found.`);
      if (queued.task.status === "enqueued" || queued.task.status === "processing") {
        queued.polls++;
        if (queued.polls <= state.processingPolls) {
          queued.task.status = "processing";
          return { status: 200, body: { ...queued.task } };
        }
        processUpTo(queued.task.uid);
      }
      return { status: 200, body: { ...queued.task } };
    }
    if (method === "POST" && path === "/swap-indexes") {
      if (!Array.isArray(body)) throw httpError(400, "bad_request", "Invalid value type: expected an array");
      const swaps = body.map((swap: unknown) => {
        const pair = (swap as { indexes?: unknown })?.indexes;
        for (const key of Object.keys(swap as object)) {
          if (key !== "indexes" && key !== "rename") throw httpError(400, "bad_request", `Unknown field \`${key}\` inside \`[0]\``);
        }
        if (!Array.isArray(pair) || pair.length !== 2 || pair.some((name) => typeof name !== "string")) {
          throw httpError(400, "invalid_swap_indexes", "Invalid value at `.indexes`: expected an array of two index uids");
        }
        return pair as [string, string];
      });
      return enqueue(null, "indexSwap", { swaps: body }, () => {
        for (const [a, b] of swaps) {
          const missing = [a, b].filter((name) => !indexes.has(name));
          if (missing.length > 0) throw new TaskError(errorBody("index_not_found", `Indexes \`${missing.join("`, `")}\` not found.`));
        }
        for (const [a, b] of swaps) {
          const left = indexes.get(a)!;
          const right = indexes.get(b)!;
          indexes.set(a, { ...right, uid: a });
          indexes.set(b, { ...left, uid: b });
        }
      });
    }
    if (method === "POST" && path === "/multi-search") {
      const payload = body as { queries?: unknown; federation?: unknown };
      if (!Array.isArray(payload?.queries)) throw httpError(400, "bad_request", "Missing field `queries`");
      if (payload.federation !== undefined && payload.federation !== null) {
        return { status: 200, body: federatedSearch(requireIndex, payload.federation, payload.queries) };
      }
      const results = payload.queries.map((raw: unknown, position: number) => {
        const { indexUid, ...rest } = raw as { indexUid?: string } & SearchBody;
        try {
          if (typeof indexUid !== "string") throw httpError(400, "missing_index_uid", "Missing field `indexUid`");
          return { indexUid, ...search(requireIndex(indexUid), rest) };
        } catch (error) {
          if (error instanceof HttpError) throw new HttpError(error.status, { ...error.body, message: `Inside \`.queries[${position}]\`: ${error.body.message}` });
          throw error;
        }
      });
      return { status: 200, body: { results } };
    }

    if (first !== "indexes") throw httpError(404, "not_found", `Route \`${method} ${path}\` is not served by this stand-in.`);
    if (uid === undefined) {
      if (method === "POST") {
        const { uid: newUid, primaryKey, ...rest } = (body ?? {}) as { uid?: unknown; primaryKey?: unknown };
        if (Object.keys(rest).length > 0) throw httpError(400, "bad_request", `Unknown field \`${Object.keys(rest)[0]}\``);
        if (typeof newUid !== "string" || !INDEX_UID.test(newUid)) throw httpError(400, "invalid_index_uid", `\`${String(newUid)}\` is not a valid index uid.`);
        return enqueue(newUid, "indexCreation", { primaryKey: primaryKey ?? null }, () => {
          if (indexes.has(newUid)) throw new TaskError(errorBody("index_already_exists", `Index \`${newUid}\` already exists.`));
          createIndexObject(newUid, typeof primaryKey === "string" ? primaryKey : null);
        });
      }
      if (method === "GET") {
        const results = [...indexes.values()].map(({ uid: name, primaryKey, createdAt, updatedAt }) => ({ uid: name, primaryKey, createdAt, updatedAt }));
        return { status: 200, body: { results, offset: 0, limit: 20, total: results.length } };
      }
    }
    if (uid !== undefined && !INDEX_UID.test(uid)) throw httpError(400, "invalid_index_uid", `\`${uid}\` is not a valid index uid.`);
    const name = uid!;

    if (sub === undefined) {
      if (method === "GET") {
        const { primaryKey, createdAt, updatedAt } = requireIndex(name);
        return { status: 200, body: { uid: name, primaryKey, createdAt, updatedAt } };
      }
      if (method === "DELETE") {
        return enqueue(name, "indexDeletion", { deletedDocuments: indexes.get(name)?.documents.size ?? 0 }, () => {
          requireIndexInTask(name);
          indexes.delete(name);
        });
      }
    }
    if (sub === "settings" && subId === undefined) {
      if (method === "GET") return { status: 200, body: settingsView(requireIndex(name).settings) };
      if (method === "PATCH") {
        const patch = validateSettingsPatch(body);
        return enqueue(name, "settingsUpdate", patch, () => applySettings(name, patch));
      }
    }
    if (sub === "stats" && method === "GET") return { status: 200, body: indexStats(requireIndex(name)) };
    if (sub === "search" && method === "POST") {
      if (typeof body !== "object" || body === null || Array.isArray(body)) throw httpError(400, "bad_request", "Invalid value type: expected an object");
      return { status: 200, body: search(requireIndex(name), body as SearchBody) };
    }
    if (sub === "documents") {
      if (method === "POST" && subId === undefined) {
        if (!Array.isArray(body)) throw httpError(400, "malformed_payload", "The `json` payload must be an array of documents");
        const primaryKeyParam = query.get("primaryKey");
        const docs = body as Doc[];
        return enqueue(name, "documentAdditionOrUpdate", { receivedDocuments: docs.length, indexedDocuments: null }, () => {
          const index = indexes.get(name) ?? createIndexObject(name, primaryKeyParam);
          if (primaryKeyParam !== null && index.primaryKey !== null && index.primaryKey !== primaryKeyParam) {
            throw new TaskError(errorBody("index_primary_key_already_exists", `Index already has a primary key: \`${index.primaryKey}\`.`));
          }
          if (index.primaryKey === null) index.primaryKey = primaryKeyParam ?? (docs[0] && "id" in docs[0] ? "id" : null);
          const primaryKey = index.primaryKey;
          if (primaryKey === null) throw new TaskError(errorBody("index_primary_key_no_candidate_found", "The primary key inference failed."));
          for (const doc of docs) {
            const id = doc[primaryKey];
            if (id === undefined) throw new TaskError(errorBody("missing_document_id", `Document doesn't have a \`${primaryKey}\` attribute: \`${JSON.stringify(doc)}\`.`));
            if ((typeof id !== "string" && typeof id !== "number") || !DOCUMENT_ID.test(String(id))) {
              throw new TaskError(errorBody("invalid_document_id", `Document identifier \`${JSON.stringify(id)}\` is invalid.`));
            }
          }
          for (const doc of docs) index.documents.set(String(doc[primaryKey]), structuredClone(doc));
        });
      }
      if (method === "GET" && subId === undefined) {
        // GET /indexes/{uid}/documents?offset&limit&fields: a page of documents in id order, as Meilisearch
        // pages them (by internal id; insertion order here), with only the named fields.
        const index = requireIndex(name);
        const offset = Number(query.get("offset") ?? 0);
        const limit = Number(query.get("limit") ?? 20);
        if (!Number.isInteger(offset) || offset < 0) throw httpError(400, "invalid_document_offset", "Invalid value in parameter `offset`");
        if (!Number.isInteger(limit) || limit < 0) throw httpError(400, "invalid_document_limit", "Invalid value in parameter `limit`");
        const fields = query.get("fields")?.split(",").filter(Boolean);
        const all = [...index.documents.values()];
        const results = all
          .slice(offset, offset + limit)
          .map((doc) => (fields && !fields.includes("*") ? Object.fromEntries(Object.entries(doc).filter(([key]) => fields.includes(key))) : doc));
        return { status: 200, body: { results, offset, limit, total: all.length } };
      }
      if (method === "GET" && subId !== undefined && parts.length === 4) {
        const index = requireIndex(name);
        const doc = index.documents.get(subId);
        if (!doc) throw httpError(404, "document_not_found", `Document \`${subId}\` not found.`);
        return { status: 200, body: doc };
      }
      if (method === "POST" && subId === "delete-batch") {
        if (!Array.isArray(body)) throw httpError(400, "bad_request", "Invalid value type: expected an array of document ids");
        const ids = body.map(String);
        return enqueue(name, "documentDeletion", { providedIds: ids.length, deletedDocuments: null }, () => {
          const index = requireIndexInTask(name);
          for (const id of ids) index.documents.delete(id);
        });
      }
    }
    throw httpError(404, "not_found", `Route \`${method} ${path}\` is not served by this stand-in.`);
  }

  function indexStats(index: StandinIndex) {
    const fieldDistribution: Record<string, number> = {};
    for (const doc of index.documents.values()) for (const key of Object.keys(doc)) fieldDistribution[key] = (fieldDistribution[key] ?? 0) + 1;
    return { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://standin");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers)) headers[key] = Array.isArray(value) ? value.join(", ") : (value ?? "");
    const method = request.method ?? "GET";
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, headers, status: 0, response: undefined };
    requests.push(record);
    if (state.stallSearches && method === "POST" && (url.pathname === "/multi-search" || /^\/indexes\/[^/]+\/search$/.test(url.pathname))) return;
    if (state.stallEverything) return;

    let status: number;
    let payload: unknown;
    try {
      if (raw !== "") {
        try {
          record.body = JSON.parse(raw);
        } catch {
          throw httpError(400, "malformed_payload", "The json payload provided is malformed.");
        }
        if (!(headers["content-type"] ?? "").startsWith("application/json")) {
          throw httpError(415, "invalid_content_type", `The Content-Type \`${headers["content-type"] ?? ""}\` is invalid. Accepted values for the Content-Type header are: \`application/json\``);
        }
      }
      const isPublic = method === "GET" && url.pathname === "/health";
      if (!isPublic) {
        const authorization = headers.authorization;
        if (!authorization) {
          throw httpError(401, "missing_authorization_header", "The Authorization header is missing. It must use the bearer authorization method.", "auth");
        }
        if (authorization !== `Bearer ${masterKey}`) throw httpError(403, "invalid_api_key", "The provided API key is invalid.", "auth");
      }
      ({ status, body: payload } = route(method, url.pathname, url.searchParams, record.body));
    } catch (error) {
      if (error instanceof HttpError) {
        status = error.status;
        payload = error.body;
      } else {
        status = 500;
        payload = errorBody("internal", error instanceof Error ? error.message : String(error), "internal");
      }
    }
    record.status = status;
    record.response = payload;
    const text = JSON.stringify(payload);
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    response.end(text);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    masterKey,
    requests,
    state,
    indexes,
    /** The recorded requests after `since`, as "METHOD /path" strings, optionally without task polls. */
    calls(since = 0, { withTaskPolls = false } = {}) {
      return requests
        .slice(since)
        .filter((request) => withTaskPolls || !request.path.startsWith("/tasks/"))
        .map((request) => `${request.method} ${request.path}`);
    },
    task(uid: number): StandinTask | undefined {
      return tasks.get(uid)?.task;
    },
    /** As a server restarted without its data (no volume, a new instance behind the URL): no index, no task, uids from 0. */
    loseAllData() {
      indexes.clear();
      tasks.clear();
      nextTaskUid = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type MeilisearchStandin = Awaited<ReturnType<typeof startMeilisearchStandin>>;

/** The address of a port nothing listens on any more (just closed): a search server that cannot be reached. */
export async function unreachableUrl(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
