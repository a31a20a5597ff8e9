// Properties of the embedded engine beyond the shared conformance suite: results agree with a brute-force
// evaluation on random data, the index compacts itself without losing anything, and ranking follows BM25.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "~/utils/seeded-random";
import { segmentChinese } from "./chinese-words.server";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import { parseQuery } from "./tokenizer";
import type { FilterTree, IndexSettings, SearchDocument } from "./search-engine";

const settings: IndexSettings = {
  searchable: [{ field: "title", weight: 3 }, { field: "body", weight: 1 }],
  filterable: { color: "keyword", tags: "keyword[]", size: "number", ok: "boolean" },
  sortable: ["size"],
};

const WORDS = ["无人机", "巡检", "港口", "码头", "光伏", "清洗", "海洋", "牧场", "医院", "导诊"];
const COLORS = ["red", "green", "blue"];
const TAGS = ["a", "b", "c", "d"];

function randomDocs(count: number, random: () => number): SearchDocument[] {
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const doc: SearchDocument = {
      id: `d${i}`,
      title: `${pick(WORDS)}${pick(WORDS)}`,
      body: Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(WORDS)).join("，"),
      tags: TAGS.filter(() => random() < 0.4),
    };
    if (random() < 0.9) doc.color = pick(COLORS);
    if (random() < 0.8) doc.size = Math.floor(random() * 100);
    if (random() < 0.9) doc.ok = random() < 0.5;
    return doc;
  });
}

/**
 * randomDocs with words drawn by `draw`: one to three run together in the title (so pieces across two words
 * exist), two or more (up to `bodyWords` + 1) apart in the body.
 */
function wordDocs(count: number, random: () => number, draw: (random: () => number) => string, bodyWords: number): SearchDocument[] {
  return randomDocs(count, random).map((doc) => ({
    ...doc,
    title: Array.from({ length: 1 + Math.floor(random() * 3) }, () => draw(random)).join(""),
    body: Array.from({ length: 2 + Math.floor(random() * bodyWords) }, () => draw(random)).join("，"),
  }));
}

function randomFilter(random: () => number, depth = 0): FilterTree {
  const roll = random();
  if (depth < 2 && roll < 0.3) return { [random() < 0.5 ? "and" : "or"]: [randomFilter(random, depth + 1), randomFilter(random, depth + 1)] } as FilterTree;
  if (depth < 2 && roll < 0.4) return { not: randomFilter(random, depth + 1) };
  const leaf = Math.floor(random() * 6);
  if (leaf === 0) return { field: "color", in: COLORS.filter(() => random() < 0.5) };
  if (leaf === 1) return { field: "tags", eq: TAGS[Math.floor(random() * TAGS.length)]! };
  if (leaf === 2) return { field: "size", range: { gte: Math.floor(random() * 60), lte: 40 + Math.floor(random() * 60) } };
  if (leaf === 3) return { field: "ok", eq: random() < 0.5 };
  if (leaf === 4) return { field: "size", exists: true };
  return { field: "color", eq: COLORS[Math.floor(random() * COLORS.length)]! };
}

/** The filter's meaning, evaluated directly on a document. */
function matches(doc: SearchDocument, filter: FilterTree): boolean {
  if ("and" in filter) return filter.and.every((child) => matches(doc, child));
  if ("or" in filter) return filter.or.some((child) => matches(doc, child));
  if ("not" in filter) return !matches(doc, filter.not);
  const value = doc[filter.field];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if ("exists" in filter) return values.length > 0;
  if ("range" in filter) return typeof value === "number" && value >= (filter.range.gte ?? -Infinity) && value <= (filter.range.lte ?? Infinity);
  const wanted = "eq" in filter ? [filter.eq] : filter.in;
  return values.some((v) => wanted.includes(v as never));
}

/** Documents with a title each and an empty body, by id. */
const titled = (titles: Record<string, string>): SearchDocument[] => Object.entries(titles).map(([id, title]) => ({ id, title, body: "" }));

/** A fresh embedded engine with one index of `docs` (with the test settings unless given others). */
async function engineWith(index: string, docs: SearchDocument[], indexSettings: IndexSettings = settings) {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex(index, indexSettings);
  await engine.upsert(index, docs);
  return engine;
}

describe("embedded engine", () => {
  it("agrees with a brute-force evaluation of random filters, queries and facets", async () => {
    const random = mulberry32(42);
    const docs = randomDocs(600, random);
    const engine = await engineWith("p", docs);
    for (let round = 0; round < 150; round++) {
      const filter = randomFilter(random);
      const word = random() < 0.5 ? WORDS[Math.floor(random() * WORDS.length)]! : undefined;
      const expected = docs.filter((doc) => matches(doc, filter) && (!word || `${doc.title as string}\n${doc.body as string}`.includes(word)));
      const result = await engine.search("p", { q: word, filter, facets: ["color", "tags", "ok"], pageSize: 1000 });
      expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.map((doc) => doc.id).sort());
      expect(result.total).toBe(expected.length);
      const colors: Record<string, number> = {};
      for (const doc of expected) if (doc.color) colors[doc.color as string] = (colors[doc.color as string] ?? 0) + 1;
      expect(result.facets.color).toEqual(colors);
    }
  });

  it("compacts itself after many rewrites and still finds exactly the current versions", async () => {
    const engine = await engineWith("c", [{ id: "keep", title: "港口码头", body: "", tags: [] }]);
    for (let version = 0; version < 3000; version++) {
      await engine.upsert("c", [{ id: "hot", title: version % 2 ? "无人机巡检" : "光伏清洗", body: `版本${version}`, tags: [], size: version }]);
    }
    await engine.delete("c", ["missing"]);
    expect(await engine.count("c")).toBe(2);
    expect((await engine.search("c", { q: "光伏" })).total).toBe(0); // the last version (2999) is odd
    expect((await engine.search("c", { q: "无人机" })).hits.map((hit) => hit.doc.size)).toEqual([2999]);
    expect((await engine.search("c", { q: "码头" })).hits.map((hit) => hit.id)).toEqual(["keep"]);
    expect((await engine.search("c", { facets: ["color"], filter: { field: "size", range: { gte: 0 } } })).total).toBe(1);
  });

  it("ranks by BM25: more occurrences, shorter fields and the heavier field score higher", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("r", settings);
    await engine.upsert("r", [
      { id: "title", title: "海洋牧场", body: "说明文字说明文字", tags: [] },
      { id: "body-once", title: "平台", body: "海洋牧场 说明文字说明文字说明文字说明文字", tags: [] },
      { id: "body-twice", title: "平台", body: "海洋牧场 海洋牧场 说明文字说明文字说明文字说明文字", tags: [] },
    ]);
    const result = await engine.search("r", { q: "海洋牧场" });
    expect(result.hits.map((hit) => hit.id)).toEqual(["title", "body-twice", "body-once"]);
    const boosted = await engine.search("r", { q: "海洋牧场", boost: { title: 0.01, body: 10 } });
    expect(boosted.hits[0]!.id).toBe("body-twice");
  });

  it("leaves the index unchanged when a batch holds an invalid document", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("v", settings);
    await expect(engine.upsert("v", [{ id: "ok", title: "港口", body: "", tags: [] }, { id: "bad", title: "x", size: "big" } as SearchDocument])).rejects.toThrow(/size/);
    expect(await engine.count("v")).toBe(0);
  });
});

describe("typo tolerance", () => {
  it("corrects unknown Latin words by one edit (two from nine letters) and leaves Chinese exact", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("t", settings);
    await engine.upsert("t", [
      { id: "a", title: "container inspection", body: "无人机巡检", tags: [] },
      { id: "b", title: "drone delivery", body: "无机材料", tags: [] },
    ]);
    const ids = async (q: string) => (await engine.search("t", { q, highlight: ["title"] })).hits.map((hit) => hit.id);
    expect(await ids("inspecton")).toEqual(["a"]); // deletion
    expect(await ids("inspcetion")).toEqual(["a"]); // swapped neighbours
    expect(await ids("contianer")).toEqual(["a"]); // nine letters: two edits allowed
    expect(await ids("delivry")).toEqual(["b"]);
    expect(await ids("drome")).toEqual(["b"]);
    expect(await ids("dron")).toEqual([]); // under five letters: exact only
    expect(await ids("无人")).toEqual(["a"]);
    expect(await ids("无机")).toEqual(["b"]);
    const [hit] = (await engine.search("t", { q: "inspecton", highlight: ["title"] })).hits;
    expect(hit!.highlights.title).toBe("container <mark>inspection</mark>");
  });

  it("marks the words of a field holding a character whose lower case is longer (İ, ﬁ)", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("t", settings);
    await engine.upsert("t", [{ id: "a", title: "İzmir port 港口调度 ﬁeld ５Ｇ Inspection", body: "", tags: [] }]);
    const [hit] = (await engine.search("t", { q: "港口 inspection 5g", highlight: ["title"] })).hits;
    expect(hit!.highlights.title).toBe("İzmir port <mark>港口</mark>调度 ﬁeld <mark>５Ｇ</mark> <mark>Inspection</mark>");
  });

  it("forgets the words of removed documents: they neither stop a correction nor are corrected to", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("t", settings);
    await engine.upsert("t", [
      { id: "withdrawn", title: "glimmerquatz sensor", body: "", tags: [] },
      { id: "dead-end", title: "frobnitzel gauge", body: "", tags: [] },
      { id: "live", title: "glimmerquatw sensor", body: "", tags: [] },
    ]);
    await engine.delete("t", ["withdrawn", "dead-end"]);
    const ids = async (q: string) => (await engine.search("t", { q })).hits.map((hit) => hit.id);
    // A removed record's word behaves like any unknown word: corrected to the live one, as its neighbour is.
    expect(await ids("glimmerquatz")).toEqual(["live"]);
    expect(await ids("glimmerquatq")).toEqual(["live"]);
    // And a typo of a removed record's word finds nothing, as if the word had never been indexed.
    expect(await ids("frobnitzal")).toEqual([]);
  });

  it("highlights every field after a correction, including fields without the corrected word", async () => {
    const engine = await engineWith("t", [{ id: "a", title: "container inspection", body: "无人机巡检", tags: [] }]);
    // The correction is in the title only: highlighting the body once threw (terms and alternatives out of step).
    const [hit] = (await engine.search("t", { q: "inspecton", highlight: ["title", "body"] })).hits;
    expect(hit!.highlights).toEqual({ title: "container <mark>inspection</mark>", body: "无人机巡检" });
  });

  it("corrects the word typed, never its synonyms", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("t", { ...settings, oneWaySynonyms: { port: ["ports", "港口"] } });
    await engine.upsert("t", [
      { id: "a", title: "spare parts and posts", body: "", tags: [] },
      { id: "b", title: "港口理货", body: "", tags: [] },
    ]);
    // "ports" is not in the index and is one edit from "posts" and "parts": as a synonym of "port" it stays exact.
    expect((await engine.search("t", { q: "port" })).hits.map((hit) => hit.id)).toEqual(["b"]);
    expect((await engine.search("t", { q: "ports" })).hits.map((hit) => hit.id)).toEqual(["a"]);
  });

  it("withinEdits counts insertions, deletions, substitutions and swaps", async () => {
    const { withinEdits } = await import("./edit-distance");
    expect(withinEdits("kitten", "sitten", 1)).toBe(true);
    expect(withinEdits("kitten", "sitting", 1)).toBe(false);
    expect(withinEdits("kitten", "sitting", 3)).toBe(true);
    expect(withinEdits("abcd", "abdc", 1)).toBe(true);
    expect(withinEdits("abc", "abc", 0)).toBe(true);
  });
});

describe("reusing the word match of the previous query", () => {
  it("answers filter variations of one query consistently and never serves a match from before a write", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("m", settings);
    await engine.upsert("m", [
      { id: "a", title: "港口巡检", body: "", tags: ["a"], color: "red" },
      { id: "b", title: "港口调度", body: "", tags: ["b"], color: "blue" },
    ]);
    const [all, red, blue] = await engine.multiSearch([
      { index: "m", q: "港口" },
      { index: "m", q: "港口", filter: { field: "color", eq: "red" } },
      { index: "m", q: "港口", filter: { field: "color", eq: "blue" } },
    ]);
    expect(all!.hits.map((hit) => hit.id).sort()).toEqual(["a", "b"]);
    expect(red!.hits.map((hit) => hit.id)).toEqual(["a"]);
    expect(blue!.hits.map((hit) => hit.id)).toEqual(["b"]);
    expect(red!.hits[0]!.score).toBe(all!.hits.find((hit) => hit.id === "a")!.score);
    await engine.upsert("m", [{ id: "c", title: "港口理货", body: "", tags: [], color: "red" }]);
    expect((await engine.search("m", { q: "港口", filter: { field: "color", eq: "red" } })).hits.map((hit) => hit.id).sort()).toEqual(["a", "c"]);
    await engine.delete("m", ["a"]);
    expect((await engine.search("m", { q: "港口", filter: { field: "color", eq: "red" } })).hits.map((hit) => hit.id)).toEqual(["c"]);
  });
});

describe("the remembered word match and other matches in between", () => {
  it("scores a query as on a fresh engine after a query whose excluded word was matched (same words, another minus)", async () => {
    const docs = [
      { id: "d1", title: "港口巡检机器人", body: "巡检 巡检 巡检 港口" },
      { id: "d2", title: "港口设备管理", body: "港口" },
      { id: "d3", title: "港口无人机巡检", body: "无人机" },
      ...Array.from({ length: 8 }, (_, i) => ({ id: `u${i}`, title: `无人机平台${i}`, body: "无人机" })),
    ];
    const hits = async (engine: Awaited<ReturnType<typeof engineWith>>, q: string) => (await engine.search("rm", { q })).hits.map(({ id, score }) => [id, score]);
    // The same query typed with a full-width minus (a Chinese input method): the same words, another reading.
    const fresh = await hits(await engineWith("rm", docs), "港口 －无人机巡检");
    const warm = await engineWith("rm", docs);
    await hits(warm, "港口 -无人机巡检");
    expect(await hits(warm, "港口 －无人机巡检")).toEqual(fresh);
  });
});

describe("stopping early when only the best hits are wanted (exactTotal: false)", () => {
  // Words drawn Zipf-like, so queries mix rare words with common ones, the case early termination is for.
  const VOCABULARY = Array.from({ length: 80 }, (_, i) => `${"港口光伏医院牧场码头海洋巡检清洗导诊调度"[i % 20]}${"机站台网车船塔灯"[Math.floor(i / 10)]}`);
  const zipf = (random: () => number) => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(VOCABULARY.length * random() ** 2.5))]!;

  it("returns exactly the hits of the full computation, for random any-queries, filters and pages, across writes", async () => {
    const random = mulberry32(11);
    const engine = createEmbeddedSearchEngine();
    // Synonyms give some query words two alternatives, one of them of several tokens.
    await engine.ensureIndex("p", { ...settings, synonyms: [["港机", "光台"], ["医车", "海洋牧场"]] });
    const docs = wordDocs(1500, random, zipf, 25);
    await engine.upsert("p", docs);
    // Rewrites and deletes leave dead slots in the postings, which the galloping lookups must step over.
    await engine.upsert("p", docs.slice(0, 200).map((doc) => ({ ...doc, body: `${String(doc.body)}，${zipf(random)}` })));
    await engine.delete("p", docs.slice(200, 260).map((doc) => doc.id));
    let pruned = 0;
    for (let round = 0; round < 150; round++) {
      const q = Array.from({ length: 2 + Math.floor(random() * 12) }, () => zipf(random)).join(" ");
      const filter = random() < 0.5 ? randomFilter(random) : undefined;
      const page = 1 + Math.floor(random() * 3);
      const pageSize = 1 + Math.floor(random() * 30);
      const query = { q, matching: "any" as const, filter, page, pageSize };
      const [exact, early] = await engine.multiSearch([{ index: "p", ...query }, { index: "p", ...query, exactTotal: false }]);
      expect(early!.hits.map((hit) => [hit.id, hit.score])).toEqual(exact!.hits.map((hit) => [hit.id, hit.score]));
      expect(early!.total).toBeGreaterThanOrEqual(early!.hits.length);
      expect(early!.total).toBeLessThanOrEqual(exact!.total);
      if (early!.total < exact!.total) pruned += 1;
    }
    // Not vacuous: most of these queries did stop early.
    expect(pruned).toBeGreaterThan(75);
  });

  it("counts exactly whenever facets or a sort are asked for", async () => {
    const engine = await engineWith("p", randomDocs(400, mulberry32(3)));
    const query = { q: "无人机 巡检 港口 码头", matching: "any" as const, pageSize: 3 };
    const exact = await engine.search("p", query);
    for (const extra of [{ facets: ["color"] }, { sort: [{ field: "size", direction: "desc" as const }] }]) {
      const early = await engine.search("p", { ...query, ...extra, exactTotal: false });
      expect(early.total).toBe(exact.total);
    }
  });
});

describe("all-word queries looking up few documents in long posting lists (galloping)", () => {
  const VOCABULARY = Array.from({ length: 60 }, (_, i) => `${"港口光伏医院牧场码头海洋巡检清洗导诊调度"[i % 20]}${"机站台"[Math.floor(i / 20)]}`);
  const zipf = (random: () => number) => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(VOCABULARY.length * random() ** 3))]!;

  it("scores every document exactly as the sum of its words' best alternatives, token by token (all words, and any)", async () => {
    const random = mulberry32(5);
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("g", settings);
    // Words run together in titles (pieces across them exist, as for the boundary alternative of a query word)
    // and stand apart in bodies; the commonest words are in most documents, the rarest in a few.
    const docs = wordDocs(1000, random, zipf, 20);
    await engine.upsert("g", docs);
    await engine.delete("g", docs.slice(0, 50).map((doc) => doc.id));
    const live = docs.length - 50;
    // What one token scores per document, and in how many documents it occurs, from one-token queries (one
    // word, one alternative: a plain scan).
    const tokenScores = new Map<string, { scores: Map<string, number>; frequency: number }>();
    const scoresOf = async (token: string) => {
      let found = tokenScores.get(token);
      if (!found) {
        const result = await engine.search("g", { q: token, pageSize: 1000 });
        tokenScores.set(token, (found = { scores: new Map(result.hits.map((hit) => [hit.id, hit.score])), frequency: result.total }));
      }
      return found;
    };
    // BM25's idf: a token's score is its idf times a part that does not depend on the frequency.
    const idf = (frequency: number) => Math.log(1 + (live - frequency + 0.5) / (frequency + 0.5));
    let sharedWords = 0;
    let skipped = 0;
    for (let round = 0; round < 120; round++) {
      // Two to four words, the rare ones first or last, some written together (cut by jieba, with boundary pieces).
      const words = Array.from({ length: 2 + Math.floor(random() * 3) }, () => (random() < 0.5 ? zipf(random) : VOCABULARY[Math.floor(random() * VOCABULARY.length)]!));
      const q = words.map((word, i) => (i > 0 && random() < 0.4 ? "" : " ") + word).join("").trim();
      const parsed = parseQuery(q, [], new Map(), new Set(), segmentChinese);
      // A one-character word (jieba leaves 台 of 码头台 alone; the engine reads it so when the joined word finds
      // nothing) is found in any piece containing it and scored as the character: the one-character tests below check
      // that; this model is for words of whole pieces.
      const apart = parseQuery(q, [], new Map(), new Set(), segmentChinese, { splitJoinedCharacters: true });
      if (parsed.some((word) => Array.from(word.terms[0]!).length === 1) || apart.length !== parsed.length) {
        skipped += 1;
        continue;
      }
      // A word's alternatives (here: the word, and the word with the piece across its boundary) are all scored
      // with the word's frequency, the largest of theirs; an alternative's is that of its rarest token.
      const sharedFrequency = new Map<(typeof parsed)[number], number>();
      for (const word of parsed) {
        if (word.alternatives.length < 2) continue;
        let shared = 0;
        for (const alternative of word.alternatives) {
          const frequencies = await Promise.all(alternative.map(async (token) => (await scoresOf(token)).frequency));
          if (Math.min(...frequencies) > 0) shared = Math.max(shared, Math.min(...frequencies));
        }
        if (shared > 0) sharedFrequency.set(word, shared);
      }
      sharedWords += sharedFrequency.size;
      const expected = new Map<string, number>();
      const expectedAny = new Map<string, number>(); // "any": the words the document has
      for (const doc of docs.slice(50)) {
        let total = 0;
        let anyTotal = 0;
        let everyWord = true;
        let someWord = false;
        for (const word of parsed) {
          const shared = sharedFrequency.get(word);
          let best = Number.NEGATIVE_INFINITY;
          for (const alternative of word.alternatives) {
            let sum = 0;
            for (const token of alternative) {
              const { scores, frequency } = await scoresOf(token);
              const score = scores.get(doc.id);
              if (score === undefined) {
                sum = Number.NEGATIVE_INFINITY;
                break;
              }
              sum += shared === undefined ? score : (score * idf(shared)) / idf(frequency);
            }
            best = Math.max(best, sum);
          }
          if (best === Number.NEGATIVE_INFINITY) everyWord = false;
          else {
            someWord = true;
            anyTotal += best;
          }
          total += best;
        }
        if (everyWord) expected.set(doc.id, total);
        if (someWord) expectedAny.set(doc.id, anyTotal);
      }
      const result = await engine.search("g", { q, pageSize: 1000 });
      expect(result.total).toBe(expected.size);
      for (const hit of result.hits) expect(hit.score).toBeCloseTo(expected.get(hit.id)!, 9);
      const anyResult = await engine.search("g", { q, matching: "any", pageSize: 1000 });
      expect(anyResult.total).toBe(expectedAny.size);
      for (const hit of anyResult.hits) expect(hit.score).toBeCloseTo(expectedAny.get(hit.id)!, 9);
    }
    expect(sharedWords).toBeGreaterThan(20); // the rounds did test words with several alternatives
    expect(skipped).toBeLessThan(40);
  });
});

describe("reusing the filter leaves of the previous queries", () => {
  it("agrees with brute force over many filters on one candidate set, across writes", async () => {
    const random = mulberry32(7);
    let docs = randomDocs(400, random);
    const engine = await engineWith("l", docs);
    for (let round = 0; round < 120; round++) {
      if (round % 30 === 25) {
        // A write between two queries of the same words: every cached leaf belongs to the old candidates.
        const changed = randomDocs(40, random).map((doc, i) => ({ ...doc, id: docs[i * 3]!.id }));
        await engine.upsert("l", changed);
        docs = docs.map((doc) => changed.find((c) => c.id === doc.id) ?? doc);
      }
      const word = Math.floor(round / 10) % 2 ? "港口" : undefined; // two candidate sets, ten queries each
      const filter = randomFilter(random);
      const expected = docs.filter((doc) => matches(doc, filter) && (!word || `${doc.title as string}\n${doc.body as string}`.includes(word)));
      const result = await engine.search("l", { q: word, filter, pageSize: 1000, facets: ["tags"] });
      expect(result.hits.map((hit) => hit.id).sort(), JSON.stringify(filter)).toEqual(expected.map((doc) => doc.id).sort());
    }
  });
});

describe("filter leaf cache keys", () => {
  it("tells apart values that print alike in JSON: ±Infinity, and 5 from \"5\"", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("k", settings);
    await engine.upsert("k", [
      { id: "a", title: "港口", body: "", tags: ["5"], size: 5 },
      { id: "b", title: "港口", body: "", tags: [], size: 50 },
    ]);
    const none = await engine.search("k", { filter: { field: "size", range: { gte: Number.POSITIVE_INFINITY } } });
    const all = await engine.search("k", { filter: { field: "size", range: { gte: Number.NEGATIVE_INFINITY } } });
    expect([none.total, all.total]).toEqual([0, 2]);
    const byNumber = await engine.search("k", { filter: { field: "size", eq: 5 } });
    const byText = await engine.search("k", { filter: { field: "tags", eq: "5" } });
    expect([byNumber.hits.map((hit) => hit.id), byText.hits.map((hit) => hit.id)]).toEqual([["a"], ["a"]]);
  });
});

describe("multi-word synonyms", () => {
  it("finds 数字孪生 for “digital twin” and the reverse", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("s", { ...settings, synonyms: [["数字孪生", "digital twin"]], dictionary: ["数字孪生"] });
    await engine.upsert("s", [
      { id: "zh", title: "海洋牧场数字孪生平台", body: "", tags: [] },
      { id: "en", title: "Digital twin of the port", body: "", tags: [] },
      { id: "half", title: "digital signage", body: "", tags: [] },
    ]);
    const ids = async (q: string) => (await engine.search("s", { q })).hits.map((hit) => hit.id).sort();
    expect(await ids("digital twin")).toEqual(["en", "zh"]);
    expect(await ids("数字孪生")).toEqual(["en", "zh"]);
    expect(await ids("digital")).toEqual(["en", "half"]);
    const [hit] = (await engine.search("s", { q: "数字孪生", filter: { field: "color", exists: true } })).hits;
    expect(hit).toBeUndefined();
    const highlighted = (await engine.search("s", { q: "数字孪生", highlight: ["title"] })).hits.find((h) => h.id === "en");
    expect(highlighted!.highlights.title).toBe("<mark>Digital twin</mark> of the port");
  });
});

describe("a word's synonyms score as the word", () => {
  it("ranks by where the word occurs, not by which wording is rarer", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("w", { ...settings, oneWaySynonyms: { inspection: ["巡检", "巡查"] } });
    // 巡检 (a routine inspection round) is in many records, 巡查 (a patrol) in one: by its own idf alone the
    // patrol record, with the word only in its body, outranked records with the word in the title.
    const common = Array.from({ length: 30 }, (_, i) => ({ id: `common${i}`, title: i < 3 ? "设备巡检" : "港口设备", body: i < 3 ? "" : "定期巡检", tags: [] }));
    await engine.upsert("w", [...common, { id: "patrol", title: "港口设备", body: "定期巡查", tags: [] }]);
    const result = await engine.search("w", { q: "inspection", pageSize: 50 });
    expect(result.total).toBe(31);
    expect(result.hits.slice(0, 3).map((hit) => hit.id).sort()).toEqual(["common0", "common1", "common2"]);
    // The patrol record and the routine ones with the word in the body, as the same word in the same field, tie.
    const bodyScores = new Set(result.hits.slice(3).map((hit) => hit.score.toFixed(9)));
    expect(bodyScores.size).toBe(1);
    // Without synonyms a word keeps its own frequency: 巡查 alone ranks by its own rarity as before.
    expect((await engine.search("w", { q: "巡查" })).hits.map((hit) => hit.id)).toEqual(["patrol"]);
  });
});

describe("a synonym key the segmenter cuts", () => {
  it("finds the key's synonyms for 自动机场 (jieba: 自动 | 机场), and the same Chinese records as before", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("k", { ...settings, oneWaySynonyms: { 自动机场: ["drone dock"] } });
    await engine.upsert("k", [
      { id: "zh", title: "无人机自动机场", body: "", tags: [] },
      { id: "apart", title: "机场行李自动分拣", body: "", tags: [] },
      { id: "en", title: "Drone dock for port cranes", body: "", tags: [] },
      { id: "none", title: "港口调度", body: "", tags: [] },
    ]);
    const result = await engine.search("k", { q: "自动机场", pageSize: 10 });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(["apart", "en", "zh"]);
    // The words kept together, as typed, rank first.
    expect(result.hits[0]!.id).toBe("zh");
  });
});

describe("one-character Chinese query words", () => {
  const pieceDocs: SearchDocument[] = [
    { id: "port", title: "港口装卸调度", body: "", tags: [] },
    { id: "area", title: "平台", body: "覆盖港区和码头", tags: [] },
    { id: "hk", title: "平台", body: "香港航线", tags: [] },
    { id: "alone", title: "港 口 岸", body: "", tags: [] },
    { id: "none", title: "光伏清洗机器人", body: "", tags: [] },
  ];

  it("finds the character in any piece, starting or ending with it, and highlights the character", async () => {
    const engine = await engineWith("c1", pieceDocs);
    const result = await engine.search("c1", { q: "港", pageSize: 50, highlight: ["title", "body"] });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(["alone", "area", "hk", "port"]);
    expect(result.total).toBe(4);
    const highlights = Object.fromEntries(result.hits.map((hit) => [hit.id, hit.highlights]));
    expect(highlights.port!.title).toBe("<mark>港</mark>口装卸调度");
    expect(highlights.area!.body).toBe("覆盖<mark>港</mark>区和码头");
    expect(highlights.hk!.body).toBe("香<mark>港</mark>航线");
    expect(highlights.alone!.title).toBe("<mark>港</mark> 口 岸");
    // Together with other words and filters, and in "any" queries.
    expect((await engine.search("c1", { q: "港 调度" })).hits.map((hit) => hit.id)).toEqual(["port"]);
    expect((await engine.search("c1", { q: "港 光伏", matching: "any", pageSize: 50 })).total).toBe(5);
    expect((await engine.search("c1", { q: "鲸" })).total).toBe(0);
  });

  it("leaves two-character and longer words as they were: 港口 finds no 港区, no 香港", async () => {
    const engine = await engineWith("c2", pieceDocs);
    const result = await engine.search("c2", { q: "港口", pageSize: 50, highlight: ["title"] });
    expect(result.hits.map((hit) => hit.id)).toEqual(["port"]);
    expect(result.hits[0]!.highlights.title).toBe("<mark>港口</mark>装卸调度");
    expect((await engine.search("c2", { q: "香港航线" })).hits.map((hit) => hit.id)).toEqual(["hk"]);
    expect((await engine.search("c2", { q: "港区 码头" })).hits.map((hit) => hit.id)).toEqual(["area"]);
  });

  it("finds a character standing after a dictionary word in any piece, the record with the piece across them first", async () => {
    // 无人机港: the dictionary cuts 无人机 | 港, and 港 has the alternative with 机港 (records keeping them together).
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("c2", { ...settings, dictionary: ["无人机"] });
    await engine.upsert("c2", [
      { id: "joined", title: "无人机港建设", body: "", tags: [] },
      { id: "apart", title: "无人机巡检", body: "港口", tags: [] },
    ]);
    const joined = await engine.search("c2", { q: "无人机港", pageSize: 50 });
    expect(joined.hits.map((hit) => hit.id).sort()).toEqual(["apart", "joined"]);
    expect(joined.hits[0]!.id).toBe("joined");
  });

  it("scores every piece as the character: a rare word around it does not outrank the title", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex("c3", settings);
    const common = Array.from({ length: 30 }, (_, i) => ({ id: `common${i}`, title: "港口作业平台", body: "", tags: [] }));
    await engine.upsert("c3", [...common, { id: "rare", title: "航运平台", body: "香港航线", tags: [] }, { id: "short", title: "港口", body: "", tags: [] }]);
    const result = await engine.search("c3", { q: "港", pageSize: 50 });
    expect(result.total).toBe(32);
    // The shortest title holding it first, the record mentioning it only in its body last (香港 is rare, 港口 common).
    expect(result.hits[0]!.id).toBe("short");
    expect(result.hits.at(-1)!.id).toBe("rare");
  });

  it("agrees with a brute-force evaluation for one-character words, with filters, across writes and compaction", async () => {
    const random = mulberry32(11);
    let docs = randomDocs(500, random);
    const engine = await engineWith("c4", docs);
    const characters = [...new Set(WORDS.join(""))];
    for (let round = 0; round < 80; round++) {
      if (round % 20 === 10) {
        // Rewrites and deletions: pieces whose last documents are gone must not be found any more.
        const changed = randomDocs(300, random).map((doc, i) => ({ ...doc, id: docs[i]!.id, title: `${doc.title as string}${round}` }));
        await engine.upsert("c4", changed);
        await engine.delete("c4", docs.slice(400, 420).map((doc) => doc.id));
        const deleted = new Set(docs.slice(400, 420).map((doc) => doc.id));
        docs = docs.filter((doc) => !deleted.has(doc.id)).map((doc) => changed.find((c) => c.id === doc.id) ?? doc);
      }
      const character = characters[Math.floor(random() * characters.length)]!;
      const other = random() < 0.3 ? WORDS[Math.floor(random() * WORDS.length)]! : "";
      const filter = random() < 0.5 ? randomFilter(random) : undefined;
      const text = (doc: SearchDocument) => `${doc.title as string}\n${doc.body as string}`;
      const expected = docs.filter((doc) => text(doc).includes(character) && (!other || text(doc).includes(other)) && (!filter || matches(doc, filter)));
      const result = await engine.search("c4", { q: `${character} ${other}`.trim(), filter, pageSize: 1000 });
      expect(result.hits.map((hit) => hit.id).sort(), `${character} ${other}`).toEqual(expected.map((doc) => doc.id).sort());
      const scores = result.hits.map((hit) => hit.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it("keeps finding pieces after the index compacts itself", async () => {
    const engine = await engineWith("c5", [{ id: "keep", title: "香港航线", body: "", tags: [] }]);
    for (let version = 0; version < 3000; version++) {
      await engine.upsert("c5", [{ id: "hot", title: version % 2 ? "港区调度" : "光伏清洗", body: "", tags: [] }]);
    }
    expect((await engine.search("c5", { q: "港" })).hits.map((hit) => hit.id).sort()).toEqual(["hot", "keep"]);
    expect((await engine.search("c5", { q: "伏" })).total).toBe(0);
  });
});

describe("phrases and excluded words (query-syntax.ts)", () => {
  it("finds what the words find, with each phrase as written and none of the excluded terms, exact or stopping early", async () => {
    const random = mulberry32(29);
    const docs = randomDocs(600, random);
    const engine = await engineWith("o", docs);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
    // Titles run two words together; bodies part them with "，", across which no phrase runs.
    const holds = (doc: SearchDocument, term: string) => [doc.title, doc.body].some((text) => String(text).split("，").some((part) => part.includes(term)));
    let excludedSome = 0;
    for (let round = 0; round < 120; round++) {
      const words = Array.from({ length: Math.floor(random() * 3) }, pick);
      const phrase = random() < 0.4 ? pick() + pick() : null;
      const excluded = random() < 0.7 ? pick() : null;
      const plain = [...words, ...(phrase ? [phrase] : [])].join(" ");
      const q = [...words, ...(phrase ? [`"${phrase}"`] : []), ...(excluded ? [`-${excluded}`] : [])].join(" ");
      const matching = random() < 0.5 ? ("any" as const) : ("all" as const);
      const filter = random() < 0.3 ? randomFilter(random) : undefined;
      const withoutOperators = await engine.search("o", { q: plain, matching, filter, pageSize: 1000 });
      const expected = withoutOperators.hits
        .filter(({ doc }) => (!phrase || holds(doc, phrase)) && (!excluded || !holds(doc, excluded)))
        .map((hit) => hit.id);
      if (excluded && expected.length < withoutOperators.total) excludedSome += 1;
      const result = await engine.search("o", { q, matching, filter, pageSize: 1000 });
      expect(result.hits.map((hit) => hit.id)).toEqual(expected);
      expect(result.total).toBe(expected.length);
      // Stopping early (matching's retrieval) must not return a best page the operators then empty.
      const early = await engine.search("o", { q, matching, filter, pageSize: 5, exactTotal: false });
      expect(early.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 5));
    }
    expect(excludedSome).toBeGreaterThan(30);
  });
});

describe("phrases the index holds as one token", () => {
  it("finds a quoted character, piece or dictionary word by its postings, as written", async () => {
    const engine = await engineWith("pt", titled({ port: "日照港口调度", hk: "香港航线", drone: "无人机巡检", apart: "无人 机场" }));
    const ids = async (q: string) => (await engine.search("pt", { q, pageSize: 50 })).hits.map((hit) => hit.id).sort();
    expect(await ids('"港"')).toEqual(["hk", "port"]);
    expect(await ids('"港口"')).toEqual(["port"]);
    expect(await ids('"无人机"')).toEqual(["drone"]);
    expect(await ids('"无人机" "无人机" -"港"')).toEqual(["drone"]);
    expect(await ids('"港" -"港口"')).toEqual(["hk"]);
  });
});

describe("the window of a long field's highlight", () => {
  it("never cuts a character written with two code units in half", async () => {
    // 𠀀 (CJK Extension B) is two UTF-16 code units: the window is cut where it starts, wherever that falls.
    for (const before of [149, 150, 151]) {
      const body = "𠀀".repeat(before) + "港巡检" + "𠀀".repeat(120);
      const engine = await engineWith("hw", [{ id: "x", title: "t", body }]);
      const html = (await engine.search("hw", { q: "巡检", highlight: ["body"] })).hits[0]!.highlights.body as string;
      expect(html).toContain("<mark>巡检</mark>");
      expect(html.replace(/[…]|<\/?mark>/g, "").replace(/𠀀/gu, "")).toBe("港巡检");
    }
  });
});

describe("highlights of full-width letters and digits", () => {
  it("marks what the index found in its NFKC form, on the text as written", async () => {
    const engine = await engineWith("fw", titled({ x: "基于５Ｇ与ＡＩ的港口巡检" }));
    const title = async (q: string) => (await engine.search("fw", { q, highlight: ["title"] })).hits[0]?.highlights.title;
    expect(await title("5G AI")).toBe("基于<mark>５Ｇ</mark>与<mark>ＡＩ</mark>的港口巡检");
    expect(await title('"5g"')).toBe("基于<mark>５Ｇ</mark>与ＡＩ的港口巡检");
  });
});

describe("highlights of a phrase", () => {
  it("marks the phrase where it stands and the other words anywhere, not the phrase's words alone", async () => {
    const engine = await engineWith("hp", [
      { id: "a", title: "无人机巡检平台", body: "无人机测绘，巡检记录，输电线路无人机 巡检" },
      { id: "b", title: "Grid inspection drones", body: "drone-based grid-inspection; inspection reports" },
    ]);
    const highlights = async (q: string) => (await engine.search("hp", { q, highlight: ["title", "body"] })).hits[0]!.highlights;
    expect(await highlights('"无人机巡检"')).toEqual({ title: "<mark>无人机巡检</mark>平台", body: "无人机测绘，巡检记录，输电线路<mark>无人机 巡检</mark>" });
    expect(await highlights('"无人机巡检" 测绘')).toEqual({ title: "<mark>无人机巡检</mark>平台", body: "无人机<mark>测绘</mark>，巡检记录，输电线路<mark>无人机 巡检</mark>" });
    expect(await highlights('"grid inspection"')).toEqual({
      title: "<mark>Grid inspection</mark> drones",
      body: "drone-based <mark>grid-inspection</mark>; inspection reports",
    });
    // Without quotes, each word is marked wherever it is, as before.
    expect((await highlights("无人机巡检")).body).toBe("<mark>无人机</mark>测绘，<mark>巡检</mark>记录，输电线路<mark>无人机</mark> <mark>巡检</mark>");
  });
});

describe("a lone character joined to a word in the query", () => {
  it("reads it joined (碳监测) while that finds something, else as the character in any piece beside the word", async () => {
    const engine = await engineWith("j", [
      ...titled({ apart: "钢铁企业碳排放在线监测与碳资产管理", "word-only": "水质在线监测", truck: "港口氢能重卡示范运营", panel: "光伏板清洗机器人" }),
      { id: "pv", title: "光伏电站无人机巡检", body: "平台" },
    ]);
    const found = async (q: string, filter?: FilterTree) => (await engine.search("j", { q, pageSize: 10, filter })).hits.map((hit) => hit.id);
    // Nothing has 碳监测 written together: the words apart.
    expect(await found("碳监测")).toEqual(["apart"]);
    expect(await found("氢重卡")).toEqual(["truck"]);
    // 光伏板 is written together in one record: that one only, not every 光伏 record with a 板 or 平台 somewhere.
    expect(await found("光伏板")).toEqual(["panel"]);
    // A filter that leaves the joined reading nothing does not switch the reading: the list stays empty, as its facets.
    expect(await found("光伏板", { field: "color", eq: "red" })).toEqual([]);
    // After a minus the word leaves out what it finds, read the same way (a code review: -碳监测 left out nothing).
    expect(await found("在线监测 -碳监测")).toEqual(["word-only"]);
    // …and joined while that finds something: -光伏板 leaves out the panel only, none of the 在线监测 records.
    expect(await found("在线监测 -光伏板")).toEqual(await found("在线监测"));
    await engine.upsert("j", titled({ together: "碳监测仪表" }));
    expect(await found("碳监测")).toEqual(["together"]);
  });
});
