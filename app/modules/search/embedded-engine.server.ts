/**
 * The embedded search engine: Orama 3.1.18 in this process, the default when MEILI_URL is not set.
 * It implements `SearchEngine` (see search-engine.ts for the contract) with `createEmbeddedSearchEngine()`.
 *
 * Why it is built this way:
 * - Orama's own tokenizer drops Chinese, and its multi-word AND only counts words found in one
 *   property, so text matching is expressed as a `where` tree of exact token look-ups (every query
 *   word must occur in some searchable field) while Orama's BM25 over the same tokens ranks.
 * - Filter fields are Orama `enum`/`enum[]`/number/boolean: a `where` on a `string` field would be
 *   tokenized (SEARCH.md).
 * - Facets, sort and paging are computed here over all matches, so totals and counts always agree
 *   with the filter and the query; Orama's facet helper crashes on missing array values.
 * - No typo tolerance: Orama's `tolerance: 1` costs about 5× and would let 无人 match 无机.
 * - Writes made while a rebuild runs are replayed onto the new index before the swap.
 */
import { create, getByID, insertMultiple, removeMultiple, search as oramaSearch, count as oramaCount } from "@orama/orama";
import type { AnyOrama, Tokenizer } from "@orama/orama";
import {
  SearchInputError,
  resolvePaging,
  type EngineHealth,
  type FilterKind,
  type FilterTree,
  type IndexSettings,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "./search-engine";
import { findWord, normalizeText, parseQuery, tokenizeForIndex, type QueryWord } from "./tokenizer";

// A query token is passed to Orama already tokenized, behind this marker, so our tokenizer returns it as is.
const PRETOKENIZED = "\u0001";
const HIGHLIGHT_WINDOW = 200;
const WRITE_BATCH = 500;

type Where = Record<string, unknown>;
type WriteOp = { kind: "upsert"; docs: SearchDocument[] } | { kind: "delete"; ids: string[] };

type LiveIndex = {
  db: AnyOrama;
  settings: IndexSettings;
  dictionary: string[];
  searchableProps: { field: string; prop: string; weight: number }[];
  docs: Map<string, SearchDocument>;
};

const LIVE: Where = { _live: true };
const NOTHING: Where = { _live: false };

function filterProp(field: string) {
  return `f_${field}`;
}

function createTokenizer(dictionary: string[]): Tokenizer {
  return {
    language: "english",
    normalizationCache: new Map(),
    tokenize: (raw: string) =>
      typeof raw === "string" && raw.startsWith(PRETOKENIZED)
        ? raw.slice(1).split(" ").filter(Boolean)
        : tokenizeForIndex(String(raw ?? ""), dictionary),
  };
}

function validateSettings(settings: IndexSettings) {
  if (settings.searchable.length === 0) throw new SearchInputError("settings.searchable must list at least one field");
  for (const field of settings.sortable) {
    if (!settings.filterable[field]) throw new SearchInputError(`sortable field "${field}" must also be filterable`);
  }
}

function buildIndex(settings: IndexSettings): LiveIndex {
  validateSettings(settings);
  const dictionary = [...new Set([...(settings.dictionary ?? []), ...(settings.synonyms ?? []).flat()])];
  const searchableProps = settings.searchable.map((attribute, position) => ({
    field: attribute.field,
    prop: `s_${position}`,
    weight: attribute.weight ?? Math.max(1, settings.searchable.length - position),
  }));
  const schema: Record<string, string> = { _live: "boolean", _has: "enum[]" };
  for (const { prop } of searchableProps) schema[prop] = "string";
  const oramaKind: Record<FilterKind, string> = { keyword: "enum", "keyword[]": "enum[]", number: "number", boolean: "boolean" };
  for (const [field, kind] of Object.entries(settings.filterable)) schema[filterProp(field)] = oramaKind[kind];
  const db = create({
    schema: schema as never,
    sort: { enabled: false },
    components: { tokenizer: createTokenizer(dictionary) },
  }) as AnyOrama;
  return { db, settings, dictionary, searchableProps, docs: new Map() };
}

function toOramaDoc(live: LiveIndex, doc: SearchDocument): Record<string, unknown> {
  if (!doc || typeof doc.id !== "string" || doc.id === "") throw new SearchInputError("every document needs a non-empty string id");
  const stored: Record<string, unknown> = { id: doc.id, _live: true, _doc: doc };
  const present: string[] = [];
  for (const { field, prop } of live.searchableProps) {
    const value = doc[field];
    const text = Array.isArray(value) ? value.filter((v) => typeof v === "string").join("\n") : typeof value === "string" ? value : "";
    stored[prop] = text;
  }
  for (const [field, kind] of Object.entries(live.settings.filterable)) {
    const value = doc[field];
    if (value === undefined || value === null) continue;
    if (kind === "keyword[]") {
      if (!Array.isArray(value)) throw new SearchInputError(`document ${doc.id}: "${field}" must be an array`);
      stored[filterProp(field)] = value.map(String);
      if (value.length > 0) present.push(field);
      continue;
    }
    if (kind === "keyword") stored[filterProp(field)] = String(value);
    else if (kind === "number") {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new SearchInputError(`document ${doc.id}: "${field}" must be a finite number`);
      stored[filterProp(field)] = value;
    } else {
      if (typeof value !== "boolean") throw new SearchInputError(`document ${doc.id}: "${field}" must be true or false`);
      stored[filterProp(field)] = value;
    }
    present.push(field);
  }
  // enum[] fields must be arrays even when empty: Orama iterates them.
  for (const [field, kind] of Object.entries(live.settings.filterable)) {
    if (kind === "keyword[]" && stored[filterProp(field)] === undefined) stored[filterProp(field)] = [];
  }
  stored._has = present;
  return stored;
}

async function applyUpsert(live: LiveIndex, docs: SearchDocument[]) {
  const prepared = docs.map((doc) => toOramaDoc(live, doc));
  // Last write wins within one batch, as in Meilisearch.
  const latest = new Map(prepared.map((doc) => [doc.id as string, doc]));
  const existing = [...latest.keys()].filter((id) => live.docs.has(id));
  if (existing.length > 0) await removeMultiple(live.db, existing);
  const values = [...latest.values()];
  for (let i = 0; i < values.length; i += WRITE_BATCH) {
    await insertMultiple(live.db, values.slice(i, i + WRITE_BATCH) as never);
  }
  for (const doc of values) live.docs.set(doc.id as string, doc._doc as SearchDocument);
}

async function applyDelete(live: LiveIndex, ids: string[]) {
  const present = [...new Set(ids)].filter((id) => live.docs.has(id));
  if (present.length > 0) await removeMultiple(live.db, present);
  for (const id of present) live.docs.delete(id);
}

function filterToWhere(settings: IndexSettings, node: FilterTree): Where {
  if ("and" in node) return node.and.length === 0 ? LIVE : { and: node.and.map((child) => filterToWhere(settings, child)) };
  if ("or" in node) return node.or.length === 0 ? NOTHING : { or: node.or.map((child) => filterToWhere(settings, child)) };
  if ("not" in node) return { and: [LIVE, { not: filterToWhere(settings, node.not) }] };
  const kind = settings.filterable[node.field];
  if (!kind) throw new SearchInputError(`"${node.field}" is not a filterable field`);
  const prop = filterProp(node.field);
  if ("exists" in node) return { _has: { containsAny: [node.field] } };
  if ("range" in node) {
    if (kind !== "number") throw new SearchInputError(`range needs a number field, "${node.field}" is ${kind}`);
    const { gte, lte } = node.range;
    if (gte !== undefined && lte !== undefined) return gte > lte ? NOTHING : { [prop]: { between: [gte, lte] } };
    if (gte !== undefined) return { [prop]: { gte } };
    if (lte !== undefined) return { [prop]: { lte } };
    return { _has: { containsAny: [node.field] } };
  }
  const values = "eq" in node ? [node.eq] : node.in;
  if (values.length === 0) return NOTHING;
  switch (kind) {
    case "keyword":
      return { [prop]: { in: values.map(String) } };
    case "keyword[]":
      return { [prop]: { containsAny: values.map(String) } };
    case "number":
      if (values.some((value) => typeof value !== "number")) throw new SearchInputError(`"${node.field}" compares with numbers`);
      return values.length === 1 ? { [prop]: { eq: values[0] } } : { or: values.map((value) => ({ [prop]: { eq: value } })) };
    case "boolean":
      if (values.some((value) => typeof value !== "boolean")) throw new SearchInputError(`"${node.field}" compares with true/false`);
      return values.length === 1 ? { [prop]: values[0] } : { or: values.map((value) => ({ [prop]: value })) };
  }
}

function wordsToWhere(live: LiveIndex, words: QueryWord[], matching: "all" | "any"): Where {
  const tokenInAnyField = (token: string): Where => ({
    or: live.searchableProps.map(({ prop }) => ({ [prop]: PRETOKENIZED + token })),
  });
  const wordClauses = words.map((word) => ({
    or: word.alternatives.map((tokens) => ({ and: tokens.map(tokenInAnyField) })),
  }));
  return matching === "all" ? { and: wordClauses } : { or: wordClauses };
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/** The field's text, escaped, with <mark> around each query term (or its pieces) found in it. */
export function highlightText(text: string, words: QueryWord[], window = HIGHLIGHT_WINDOW): string {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  if (lower.length === text.length) {
    for (const word of words) {
      for (let a = 0; a < word.terms.length; a++) {
        const candidates = [word.terms[a]!];
        const term = normalizeText(word.terms[a]!);
        if (findWord(lower, term, 0) === -1) candidates.push(...word.alternatives[a]!);
        for (const candidate of candidates) {
          const needle = normalizeText(candidate);
          for (let at = findWord(lower, needle, 0); at !== -1; at = findWord(lower, needle, at + needle.length)) {
            ranges.push([at, at + needle.length]);
          }
        }
      }
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  let start = 0;
  let end = text.length;
  if (text.length > window) {
    start = Math.max(0, (merged[0]?.[0] ?? 0) - Math.floor(window / 5));
    end = Math.min(text.length, start + window);
  }
  let html = start > 0 ? "…" : "";
  let cursor = start;
  for (const [from, to] of merged) {
    if (to <= start || from >= end) continue;
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    html += escapeHtml(text.slice(cursor, clippedFrom)) + "<mark>" + escapeHtml(text.slice(clippedFrom, clippedTo)) + "</mark>";
    cursor = clippedTo;
  }
  html += escapeHtml(text.slice(cursor, end));
  if (end < text.length) html += "…";
  return html;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return String(a).localeCompare(String(b), "zh-Hans-CN");
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded";
  private readonly indexes = new Map<string, LiveIndex>();
  /** Writes seen while an index is being rebuilt, replayed onto the new copy before the swap. */
  private readonly writesDuringRebuild = new Map<string, WriteOp[]>();

  private live(index: string): LiveIndex {
    const live = this.indexes.get(index);
    if (!live) throw new SearchInputError(`index "${index}" does not exist; call ensureIndex first`);
    return live;
  }

  async ensureIndex(index: string, settings: IndexSettings): Promise<void> {
    const current = this.indexes.get(index);
    if (!current) {
      this.indexes.set(index, buildIndex(settings));
      return;
    }
    if (JSON.stringify(current.settings) === JSON.stringify(settings)) return;
    await this.rebuild(index, settings, [...current.docs.values()]);
  }

  async upsert(index: string, docs: SearchDocument[]): Promise<void> {
    await applyUpsert(this.live(index), docs);
    this.writesDuringRebuild.get(index)?.push({ kind: "upsert", docs });
  }

  async delete(index: string, ids: string[]): Promise<void> {
    await applyDelete(this.live(index), ids);
    this.writesDuringRebuild.get(index)?.push({ kind: "delete", ids });
  }

  async get(index: string, id: string): Promise<SearchDocument | null> {
    const stored = getByID(this.live(index).db, id) as { _doc?: SearchDocument } | undefined;
    return stored?._doc ?? null;
  }

  async count(index: string, filter?: FilterTree): Promise<number> {
    const live = this.live(index);
    if (!filter) return live.docs.size;
    return (await this.search(index, { filter, pageSize: 1 })).total;
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const live = this.live(index);
    const { page, pageSize } = resolvePaging(query);
    const { settings } = live;
    for (const field of query.facets ?? []) {
      const kind = settings.filterable[field];
      if (!kind || kind === "number") throw new SearchInputError(`"${field}" is not a keyword or boolean filterable field, so it has no facet counts`);
    }
    for (const clause of query.sort ?? []) {
      if (!settings.sortable.includes(clause.field)) throw new SearchInputError(`"${clause.field}" is not sortable`);
    }
    const words = query.q ? parseQuery(query.q.slice(0, 1000), live.dictionary, settings.synonyms ?? []) : [];
    const clauses: Where[] = [LIVE];
    if (query.filter) clauses.push(filterToWhere(settings, query.filter));
    if (words.length > 0) clauses.push(wordsToWhere(live, words, query.matching ?? "all"));
    const tokens = [...new Set(words.flatMap((word) => word.alternatives.flat()))];
    const boost: Record<string, number> = {};
    for (const { field, prop, weight } of live.searchableProps) boost[prop] = query.boost?.[field] ?? weight;

    // Facets and our sort need every match; otherwise Orama pages by score and we skip materialising them all.
    const needsAllMatches = (query.facets?.length ?? 0) > 0 || (query.sort?.length ?? 0) > 0;
    const result = (await oramaSearch(live.db, {
      ...(tokens.length > 0 ? { term: PRETOKENIZED + tokens.join(" "), properties: live.searchableProps.map(({ prop }) => prop), boost, threshold: 1 } : {}),
      where: { and: clauses },
      limit: needsAllMatches ? Math.max(1, oramaCount(live.db) as number) : pageSize,
      offset: needsAllMatches ? 0 : (page - 1) * pageSize,
    } as never)) as unknown as { count: number; hits: { id: string; score: number; document: { _doc: SearchDocument } }[] };
    let hits = result.hits.filter(Boolean).map((hit) => ({ id: hit.id, score: hit.score, doc: hit.document._doc }));

    const facets: Record<string, Record<string, number>> = {};
    for (const field of query.facets ?? []) {
      const counts: Record<string, number> = {};
      for (const { doc } of hits) {
        const value = doc[field];
        const values = Array.isArray(value) ? [...new Set(value.map(String))] : value === undefined || value === null ? [] : [String(value)];
        for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
      }
      facets[field] = counts;
    }

    const sort = query.sort ?? [];
    hits.sort((a, b) => {
      for (const { field, direction } of sort) {
        const av = a.doc[field];
        const bv = b.doc[field];
        const aMissing = av === undefined || av === null;
        const bMissing = bv === undefined || bv === null;
        if (aMissing || bMissing) {
          if (aMissing !== bMissing) return aMissing ? 1 : -1;
          continue;
        }
        const order = compareValues(av, bv);
        if (order !== 0) return direction === "desc" ? -order : order;
      }
      if (b.score !== a.score) return b.score - a.score;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });

    const total = needsAllMatches ? hits.length : result.count;
    if (needsAllMatches) hits = hits.slice((page - 1) * pageSize, page * pageSize);
    return {
      hits: hits.map((hit) => {
        const highlights: Record<string, string> = {};
        for (const field of query.highlight ?? []) {
          const value = hit.doc[field];
          const text = Array.isArray(value) ? value.map(String).join("、") : value === undefined || value === null ? "" : String(value);
          highlights[field] = highlightText(text, words);
        }
        return { ...hit, highlights };
      }),
      total,
      facets,
      page,
      pageSize,
    };
  }

  async multiSearch(queries: ({ index: string } & SearchQuery)[]): Promise<SearchResult[]> {
    return Promise.all(queries.map(({ index, ...query }) => this.search(index, query)));
  }

  async rebuild(
    index: string,
    settings: IndexSettings,
    docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
  ): Promise<void> {
    if (this.writesDuringRebuild.has(index)) throw new SearchInputError(`index "${index}" is already being rebuilt`);
    const shadow = buildIndex(settings);
    const writes: WriteOp[] = [];
    if (this.indexes.has(index)) this.writesDuringRebuild.set(index, writes);
    try {
      let batch: SearchDocument[] = [];
      for await (const doc of docs) {
        batch.push(doc);
        if (batch.length >= WRITE_BATCH) {
          await applyUpsert(shadow, batch);
          batch = [];
        }
      }
      await applyUpsert(shadow, batch);
      for (const write of writes) {
        if (write.kind === "upsert") await applyUpsert(shadow, write.docs);
        else await applyDelete(shadow, write.ids);
      }
      this.indexes.set(index, shadow);
    } finally {
      this.writesDuringRebuild.delete(index);
    }
  }

  async dropIndex(index: string): Promise<void> {
    this.indexes.delete(index);
  }

  async health(): Promise<EngineHealth> {
    const indexes: Record<string, number> = {};
    for (const [name, live] of this.indexes) indexes[name] = live.docs.size;
    return { ok: true, engine: this.name, indexes };
  }
}

export function createEmbeddedSearchEngine(): SearchEngine {
  return new EmbeddedSearchEngine();
}
