// The Meilisearch adapter against a local stand-in that speaks Meilisearch's HTTP API (tests/setup/meilisearch-standin.ts):
// what crosses the wire (settings, filters, search parameters, the task polling after every write, swap-indexes),
// how answers map back onto our contract (escaped highlights, facets, totals), and how failures surface.
// The stand-in's relevance is its own and simplistic: result ranking is the real server's business, checked by
// the conformance suite (search-engine.conformance.test.ts with MEILI_URL set).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceDocs, conformanceSettings } from "~/modules/search/conformance";
import { createMeilisearchEngine, HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, MeilisearchEngineError, MeilisearchUnavailableError } from "~/modules/search/meilisearch-engine.server";
import { SearchEngineUnavailableError, SearchInputError, type FilterTree, type IndexSettings, type SearchDocument, type SearchEngine, type SearchQuery } from "~/modules/search/search-engine";
import { parseFilter, startMeilisearchStandin, unreachableUrl, type MeilisearchStandin, type RecordedRequest } from "../setup/meilisearch-standin";

const PREFIX = "test_";

let standin: MeilisearchStandin;
let engine: SearchEngine;

beforeAll(async () => {
  standin = await startMeilisearchStandin();
  engine = createMeilisearchEngine({ url: standin.url, apiKey: standin.masterKey, indexPrefix: PREFIX });
});
afterAll(async () => {
  await standin?.close();
});

function mark() {
  return standin.requests.length;
}

function requestsSince(from: number, method?: string, path?: string | RegExp): RecordedRequest[] {
  return standin.requests
    .slice(from)
    .filter((request) => (!method || request.method === method) && (!path || (typeof path === "string" ? request.path === path : path.test(request.path))));
}

/** Every write answered with a task since `from` was polled (GET /tasks/:uid) after it, until it had finished. */
function expectEveryTaskAwaited(from: number) {
  const requests = standin.requests.slice(from);
  const enqueued = requests.filter((request) => request.status === 202);
  expect(enqueued.length).toBeGreaterThan(0);
  for (const write of enqueued) {
    const uid = (write.response as { taskUid: number }).taskUid;
    const polls = requests.slice(requests.indexOf(write) + 1).filter((request) => request.method === "GET" && request.path === `/tasks/${uid}`);
    expect(polls.length, `task ${uid} of ${write.method} ${write.path} was never polled`).toBeGreaterThan(0);
    expect((polls.at(-1)!.response as { status: string }).status).toMatch(/^(succeeded|failed)$/);
  }
  return enqueued.length;
}

function ids(result: { hits: { id: string }[] }) {
  return result.hits.map((hit) => hit.id).sort();
}

async function freshIndex(name: string, docs: SearchDocument[] = conformanceDocs, settings: IndexSettings = conformanceSettings) {
  await engine.ensureIndex(name, settings);
  await engine.upsert(name, docs);
  return name;
}

describe("ensureIndex", () => {
  it("creates the index with primary key id, then applies our settings mapped onto Meilisearch's", async () => {
    const from = mark();
    await engine.ensureIndex("settings", conformanceSettings);

    expect(standin.calls(from)).toEqual(["GET /indexes/test_settings/settings", "POST /indexes", "PATCH /indexes/test_settings/settings"]);
    expect(requestsSince(from, "POST", "/indexes")[0]!.body).toEqual({ uid: "test_settings", primaryKey: "id" });
    const [patch] = requestsSince(from, "PATCH");
    expect(patch!.body).toEqual({
      searchableAttributes: ["title", "summary"],
      filterableAttributes: ["category", "district", "tags", "budget", "open"],
      sortableAttributes: ["budget"],
      // `sort` first: a query's sort decides, relevance orders what it leaves equal (the contract, search-engine.ts).
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      synonyms: {
        // Sent as both engines look words up (synonyms.ts): NFKC, lower case. Meilisearch lower-cases them too.
        // The English words' plurals join their group ("uavs" finds 无人机 as "uav" does).
        无人机: ["uav", "uavs", "无人驾驶航空器"],
        uav: ["无人机", "uavs", "无人驾驶航空器"],
        uavs: ["无人机", "uav", "无人驾驶航空器"],
        无人驾驶航空器: ["无人机", "uav", "uavs"],
        ai: ["人工智能"],
        人工智能: ["ai"],
      },
      stopWords: [],
      dictionary: ["首台套", "低空经济", "无人机", "数字孪生"],
      localizedAttributes: [{ attributePatterns: ["title", "summary"], locales: ["cmn"] }],
      typoTolerance: { disableOnAttributes: ["category", "district", "tags", "budget"] },
      pagination: { maxTotalHits: 100_000 },
      faceting: { maxValuesPerFacet: 200 },
    });
    expect(expectEveryTaskAwaited(from)).toBe(2);
    expect(standin.indexes.get("test_settings")?.settings.searchableAttributes).toEqual(["title", "summary"]);
    for (const request of requestsSince(from)) expect(request.headers.authorization).toBe(`Bearer ${standin.masterKey}`);
  });

  it("leaves unchanged settings alone, even though the server lists them in its own order", async () => {
    const from = mark();
    await engine.ensureIndex("settings", conformanceSettings);
    expect(standin.calls(from)).toEqual(["GET /indexes/test_settings/settings"]);
  });

  it("applies changed settings in place and waits for the re-indexing task", async () => {
    const from = mark();
    await engine.ensureIndex("settings", { ...conformanceSettings, synonyms: [["港口", "port"]], sortable: [] });
    expect(standin.calls(from)).toEqual(["GET /indexes/test_settings/settings", "PATCH /indexes/test_settings/settings"]);
    const synonyms = { 港口: ["port", "ports"], port: ["港口", "ports"], ports: ["港口", "port"] };
    expect(requestsSince(from, "PATCH")[0]!.body).toMatchObject({ synonyms, sortableAttributes: [] });
    expectEveryTaskAwaited(from);
    expect(standin.indexes.get("test_settings")?.settings.synonyms).toEqual(synonyms);
  });

  it("surfaces a failed settings task with Meilisearch's message and code", async () => {
    standin.state.failNextTasks.push({ type: "settingsUpdate", code: "invalid_settings_ranking_rules", message: "`budget:desc` ranking rule is invalid." });
    await expect(engine.ensureIndex("settings", conformanceSettings)).rejects.toThrow(
      /updating the settings of "test_settings" failed: task \d+ \(settingsUpdate\) — `budget:desc` ranking rule is invalid\. \(invalid_settings_ranking_rules\)/,
    );
  });

  it("waits for the settings update it queued rather than queueing it again after a wait past the task limit", async () => {
    const patient = createMeilisearchEngine({ url: standin.url, apiKey: standin.masterKey, indexPrefix: "test_", taskTimeoutMs: 300 });
    await patient.ensureIndex("queued", conformanceSettings);
    const changed = { ...conformanceSettings, synonyms: [["港口", "port"]] };
    const from = mark();
    standin.state.processingPolls = Number.MAX_SAFE_INTEGER; // behind a long reindex on the server
    try {
      await expect(patient.ensureIndex("queued", changed)).rejects.toBeInstanceOf(MeilisearchUnavailableError);
      await expect(patient.ensureIndex("queued", changed)).rejects.toBeInstanceOf(MeilisearchUnavailableError);
    } finally {
      standin.state.processingPolls = 0;
    }
    await patient.ensureIndex("queued", changed);
    expect(requestsSince(from, "PATCH", "/indexes/test_queued/settings")).toHaveLength(1);
    expect(standin.indexes.get("test_queued")?.settings.synonyms).toMatchObject({ 港口: ["port", "ports"] });
    // Done: the next version's change is sent as usual.
    await patient.ensureIndex("queued", conformanceSettings);
    expect(requestsSince(from, "PATCH", "/indexes/test_queued/settings")).toHaveLength(2);
  });

  it("sends the settings again when the server no longer has the update it queued (restarted without its data)", async () => {
    const server = await startMeilisearchStandin();
    try {
      const patient = createMeilisearchEngine({ url: server.url, apiKey: server.masterKey, indexPrefix: "lost_", taskTimeoutMs: 300 });
      await patient.ensureIndex("tasks", { ...conformanceSettings, synonyms: [] }); // tasks 0 and 1
      server.state.processingPolls = Number.MAX_SAFE_INTEGER;
      await expect(patient.ensureIndex("tasks", conformanceSettings)).rejects.toBeInstanceOf(MeilisearchUnavailableError); // task 2, remembered
      server.state.processingPolls = 0;
      // Task numbers start again; the remembered one is unknown there (and would later name another task).
      server.loseAllData();
      await patient.ensureIndex("tasks", conformanceSettings);
      expect(server.indexes.get("lost_tasks")?.settings.filterableAttributes).toEqual(expect.arrayContaining(Object.keys(conformanceSettings.filterable)));
      // And once more after its numbers have caught up: task 2 is now another index's creation, not our update.
      server.state.processingPolls = Number.MAX_SAFE_INTEGER;
      await expect(patient.ensureIndex("tasks", { ...conformanceSettings, synonyms: [["港口", "port"]] })).rejects.toBeInstanceOf(MeilisearchUnavailableError);
      server.state.processingPolls = 0;
      server.loseAllData();
      await patient.ensureIndex("other", conformanceSettings); // tasks 0, 1
      await patient.ensureIndex("tasks", { ...conformanceSettings, synonyms: [["港口", "port"]] });
      expect(server.indexes.get("lost_tasks")?.settings.synonyms).toMatchObject({ 港口: ["port", "ports"] });
    } finally {
      await server.close();
    }
  });

  it("refuses settings a Meilisearch filter could not express, before sending anything", async () => {
    const from = mark();
    await expect(engine.ensureIndex("bad", { ...conformanceSettings, filterable: { "a b": "keyword" }, sortable: [] })).rejects.toThrow(SearchInputError);
    await expect(engine.ensureIndex("bad", { ...conformanceSettings, sortable: ["title"] })).rejects.toThrow(/sortable field "title" must also be filterable/);
    await expect(engine.ensureIndex("../../keys", conformanceSettings)).rejects.toThrow(SearchInputError);
    expect(standin.calls(from)).toEqual([]);
  });
});

describe("writes", () => {
  it("upserts in batches of 1000 documents and waits for each task before the next", async () => {
    await engine.ensureIndex("batches", conformanceSettings);
    const docs = Array.from({ length: 2500 }, (_, i) => ({ id: `d${i}`, title: `文档 ${i}`, summary: "", category: "X", tags: [] }));
    const from = mark();
    await engine.upsert("batches", docs);

    const posts = requestsSince(from, "POST", "/indexes/test_batches/documents");
    expect(posts.map((post) => (post.body as unknown[]).length)).toEqual([1000, 1000, 500]);
    expect(posts.every((post) => Object.keys(post.query).length === 0)).toBe(true);
    expect(standin.indexes.get("test_batches")?.primaryKey).toBe("id");
    // Each batch is enqueued only after the previous one's task finished.
    const sequence = standin.calls(from, { withTaskPolls: true });
    expect(sequence.filter((call) => call.startsWith("POST")).length).toBe(3);
    expect(sequence[0]).toBe("POST /indexes/test_batches/documents");
    expect(sequence[1]).toMatch(/^GET \/tasks\/\d+$/);
    expect(expectEveryTaskAwaited(from)).toBe(3);
    expect(await engine.count("batches")).toBe(2500);
  });

  it("keeps polling while a task is still processing", async () => {
    standin.state.processingPolls = 3;
    try {
      await freshIndex("polling");
      const from = mark();
      await engine.upsert("polling", [{ id: "late", title: "迟到的文档", summary: "", tags: [] }]);
      const [post] = requestsSince(from, "POST");
      const uid = (post!.response as { taskUid: number }).taskUid;
      expect(requestsSince(from, "GET", `/tasks/${uid}`).map((poll) => (poll.response as { status: string }).status)).toEqual([
        "processing",
        "processing",
        "processing",
        "succeeded",
      ]);
      expect(await engine.get("polling", "late")).toMatchObject({ title: "迟到的文档" });
    } finally {
      standin.state.processingPolls = 0;
    }
  });

  it("throws when Meilisearch fails a document task, with its message and code", async () => {
    await freshIndex("failing");
    standin.state.failNextTasks.push({ type: "documentAdditionOrUpdate", code: "invalid_document_fields", message: "The document has too many fields." });
    await expect(engine.upsert("failing", [{ id: "f1", title: "x", summary: "", tags: [] }])).rejects.toThrow(
      /adding 1 documents to "test_failing" failed: task \d+ \(documentAdditionOrUpdate\) — The document has too many fields\. \(invalid_document_fields\)/,
    );
    expect(await engine.get("failing", "f1")).toBeNull();
  });

  it("gets the stored document, deletes by id and answers null for what is not there", async () => {
    await freshIndex("crud");
    expect(await engine.get("crud", "s1")).toEqual(conformanceDocs[0]);
    expect(await engine.get("crud", "nope")).toBeNull();

    const from = mark();
    await engine.delete("crud", ["s1", "missing", "s1", "../../keys"]);
    expect(requestsSince(from, "POST", "/indexes/test_crud/documents/delete-batch")[0]!.body).toEqual(["s1", "missing"]);
    expectEveryTaskAwaited(from);
    expect(await engine.get("crud", "s1")).toBeNull();
    expect(await engine.count("crud")).toBe(conformanceDocs.length - 1);

    const before = mark();
    expect(await engine.get("crud", "../../keys")).toBeNull();
    expect(standin.calls(before)).toEqual([]);
  });

  it("lists every document by paging through the documents route with only the fields asked for (search would stop at maxTotalHits)", async () => {
    const many = Array.from({ length: 2_345 }, (_, i) => ({ ...conformanceDocs[0]!, id: `doc${i}` }));
    await freshIndex("listed", many);
    const from = mark();
    const listed = await engine.listDocuments("listed", ["category"]);
    expect(listed.map((doc) => doc.id).sort()).toEqual(many.map((doc) => doc.id).sort());
    expect(listed[0]).toEqual({ id: listed[0]!.id, category: conformanceDocs[0]!.category });
    const pages = requestsSince(from, "GET", "/indexes/test_listed/documents");
    expect(pages.map((request) => request.query)).toEqual([
      { fields: "id,category", limit: "1000", offset: "0" },
      { fields: "id,category", limit: "1000", offset: "1000" },
      { fields: "id,category", limit: "1000", offset: "2000" },
    ]);
    expect(Object.keys((pages[0]!.response as { results: object[] }).results[0]!).sort()).toEqual(["category", "id"]);
  });

  it("refuses documents Meilisearch would reject, before sending anything", async () => {
    await engine.ensureIndex("crud", conformanceSettings);
    const from = mark();
    await expect(engine.upsert("crud", [{ id: "has space", title: "x" }])).rejects.toThrow(SearchInputError);
    await expect(engine.upsert("crud", [{ id: "ok", title: "x", budget: "300" }])).rejects.toThrow(/"budget" must be a finite number/);
    await expect(engine.upsert("crud", [{ id: "ok", title: "x", tags: "港口" }])).rejects.toThrow(/"tags" must be an array/);
    await expect(engine.upsert("never_ensured", [{ id: "ok", title: "x" }])).rejects.toThrow(/call ensureIndex first/);
    expect(standin.calls(from)).toEqual([]);
  });

  it("drops an index, and dropping a missing one is a no-op", async () => {
    await freshIndex("dropped");
    const from = mark();
    await engine.dropIndex("dropped");
    await engine.dropIndex("dropped");
    expect(standin.calls(from)).toEqual(["DELETE /indexes/test_dropped", "DELETE /indexes/test_dropped"]);
    expect(standin.task((requestsSince(from)[0]!.response as { taskUid: number }).taskUid)?.status).toBe("succeeded");
    expect(standin.task((requestsSince(from, "DELETE")[1]!.response as { taskUid: number }).taskUid)?.error?.code).toBe("index_not_found");
    expect(standin.indexes.has("test_dropped")).toBe(false);
  });
});

describe("filters", () => {
  const hostileValues = [
    `'"; DROP TABLE scenarios; --`,
    "C:\\temp\\",
    'say "你好"',
    '\\"',
    '" OR district EXISTS OR district = "',
    "无人机 巡检) OR (open = true",
    "😀🚁",
    "",
  ];
  const hostileDocs = hostileValues.map((value, i) => ({ id: `h${i}`, title: "标题", summary: "", district: value, tags: [value], open: i % 2 === 0 }));

  beforeAll(async () => {
    await freshIndex("filters");
    await freshIndex("hostile", hostileDocs);
  });

  async function filtered(index: string, filter: FilterTree) {
    const from = mark();
    const result = await engine.search(index, { filter, pageSize: 50 });
    const [request] = requestsSince(from, "POST", `/indexes/test_${index}/search`);
    return { ids: ids(result), total: result.total, sent: (request?.body as { filter?: string } | undefined)?.filter };
  }

  it.each<[string, FilterTree, string, string[]]>([
    ["eq", { field: "category", eq: "LOW_ALTITUDE" }, 'category = "LOW_ALTITUDE"', ["s1", "s3", "s7"]],
    ["in", { field: "district", in: ["东港区", "莒县"] }, 'district IN ["东港区", "莒县"]', ["s1", "s3", "s6", "s7"]],
    ["range", { field: "budget", range: { gte: 300, lte: 800 } }, "budget 300 TO 800", ["s1", "s2", "s4"]],
    ["open range", { field: "budget", range: { gte: 800 } }, "budget >= 800", ["s2", "s7"]],
    ["range up to", { field: "budget", range: { lte: 150 } }, "budget <= 150", ["s3", "s6"]],
    ["boolean", { field: "open", eq: false }, "open = false", ["s3"]],
    ["array eq", { field: "tags", eq: "港口" }, 'tags = "港口"', ["s2", "s6"]],
    ["array in", { field: "tags", in: ["数字孪生", "物流"] }, 'tags IN ["数字孪生", "物流"]', ["s4", "s7"]],
    ["number in", { field: "budget", in: [150, 1000] }, "budget IN [150, 1000]", ["s3", "s7"]],
    ["exists", { field: "budget", exists: true }, "(budget EXISTS AND NOT budget IS NULL)", ["s1", "s2", "s3", "s4", "s6", "s7"]],
    ["not exists", { not: { field: "budget", exists: true } }, "(NOT (budget EXISTS AND NOT budget IS NULL))", ["s5"]],
    ["array exists skips an empty array", { field: "tags", exists: true }, "(tags EXISTS AND NOT tags IS NULL AND NOT tags IS EMPTY)", ["s1", "s2", "s3", "s4", "s6", "s7"]],
    [
      "and + not",
      { and: [{ field: "category", eq: "LOW_ALTITUDE" }, { not: { field: "open", eq: false } }] },
      '(category = "LOW_ALTITUDE" AND (NOT open = false))',
      ["s1", "s7"],
    ],
    ["or", { or: [{ field: "category", eq: "MARINE" }, { field: "category", eq: "HEALTH" }] }, '(category = "MARINE" OR category = "HEALTH")', ["s4", "s5"]],
    [
      "nested",
      { or: [{ and: [{ field: "district", eq: "东港区" }, { field: "budget", range: { gte: 200 } }] }, { not: { or: [{ field: "open", eq: true }, { field: "category", eq: "MARINE" }] } }] },
      '((district = "东港区" AND budget >= 200) OR (NOT (open = true OR category = "MARINE")))',
      ["s1", "s3"],
    ],
  ])("%s is sent as a filter the server parses, and finds the right documents", async (_name, filter, expression, expected) => {
    const result = await filtered("filters", filter);
    expect(result.sent).toBe(expression);
    expect(() => parseFilter(expression)).not.toThrow();
    expect(result.ids).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(await engine.count("filters", filter)).toBe(expected.length);
  });

  it.each(hostileValues.map((value, i) => [value, `h${i}`]))("the hostile value %j matches its own document and nothing else", async (value, id) => {
    expect((await filtered("hostile", { field: "district", eq: value })).ids).toEqual([id]);
    expect((await filtered("hostile", { field: "tags", in: [value, "不存在"] })).ids).toEqual([id]);
    expect((await filtered("hostile", { not: { field: "district", eq: value } })).ids).toEqual(hostileDocs.map((doc) => doc.id).filter((other) => other !== id).sort());
    expect((await filtered("hostile", { and: [{ field: "district", eq: value }, { field: "open", eq: Number(id.slice(1)) % 2 === 0 }] })).ids).toEqual([id]);
  });

  it("all hostile values in one IN list find every document", async () => {
    expect((await filtered("hostile", { field: "district", in: hostileValues })).ids).toEqual(hostileDocs.map((doc) => doc.id).sort());
  });

  it("answers an empty `in` and an empty `or` with nothing, without asking the server; an empty `and` matches everything", async () => {
    const from = mark();
    const none = await engine.search("filters", { filter: { field: "district", in: [] }, facets: ["category"] });
    expect(none).toEqual({ hits: [], total: 0, facets: { category: {} }, page: 1, pageSize: 20 });
    expect((await engine.search("filters", { filter: { or: [] } })).total).toBe(0);
    expect(await engine.count("filters", { and: [{ field: "open", eq: true }, { field: "tags", in: [] }] })).toBe(0);
    expect(standin.calls(from)).toEqual([]);

    const all = await filtered("filters", { and: [] });
    expect(all.sent).toBeUndefined();
    expect(all.ids).toEqual(conformanceDocs.map((doc) => doc.id).sort());
    expect((await filtered("filters", { not: { or: [] } })).total).toBe(conformanceDocs.length);
  });

  it.each<[string, FilterTree, RegExp]>([
    ["a field that is not filterable", { field: "title", eq: "x" }, /"title" is not a filterable field/],
    ["a range on a keyword field", { field: "district", range: { gte: 1 } }, /range needs a number field/],
    ["a string for a number field", { field: "budget", in: [1, "2"] }, /"budget" compares with numbers/],
    ["a string for a boolean field", { field: "open", eq: "true" }, /"open" compares with true\/false/],
  ])("rejects %s with a SearchInputError and no request", async (_name, filter, message) => {
    const from = mark();
    await expect(engine.search("filters", { filter })).rejects.toThrow(SearchInputError);
    await expect(engine.count("filters", filter)).rejects.toThrow(message);
    expect(standin.calls(from)).toEqual([]);
  });
});

describe("search", () => {
  beforeAll(async () => {
    await freshIndex("search");
  });

  async function searchAndRequest(query: SearchQuery) {
    const from = mark();
    const result = await engine.search("search", query);
    const [request] = requestsSince(from, "POST", "/indexes/test_search/search");
    return { result, body: request!.body as Record<string, unknown> };
  }

  it("sends the query, matching strategy, paging, sort and ranking-score flag", async () => {
    const { body } = await searchAndRequest({ q: "无人机 巡检", page: 2, pageSize: 1, sort: [{ field: "budget", direction: "desc" }] });
    expect(body).toEqual({
      q: "无人机 巡检",
      matchingStrategy: "all",
      sort: ["budget:desc"],
      page: 2,
      hitsPerPage: 1,
      showRankingScore: true,
      locales: ["cmn"],
    });
    expect((await searchAndRequest({ q: "无人机" })).body.matchingStrategy).toBe("all");
    expect((await searchAndRequest({})).body).toEqual({ q: null, page: 1, hitsPerPage: 20, showRankingScore: true, locales: ["cmn"] });
  });

  it("takes the index's stop words out of the query itself, so a trailing or lone stop word is no word at all", async () => {
    await engine.ensureIndex("stops", { ...conformanceSettings, stopWords: ["of", "the"] });
    const sent = async (q: string) => {
      const from = mark();
      await engine.search("stops", { q });
      return (requestsSince(from, "POST", "/indexes/test_stops/search")[0]!.body as Record<string, unknown>).q;
    };
    expect(await sent("Inspection of THE 港口 cranes")).toBe("Inspection 港口 cranes");
    expect(await sent("inspection of")).toBe("inspection");
    expect(await sent("of the")).toBeNull();
    expect(await sent("offshore theory")).toBe("offshore theory");
    // English possessives go too (the lone "s" would be a word of its own), as in the embedded engine.
    expect(await sent("the drone's camera")).toBe("drone camera");
    expect(await sent("UAV’s")).toBe("UAV");
    expect(await sent("it's 5G")).toBe("it 5G");
    // So does the modifier half of a hyphenated compound ("based" would be a word every hit must hold).
    expect(await sent("drone-based inspection")).toBe("drone inspection");
    expect(await sent("AI-Powered 巡检 real-time")).toBe("AI 巡检 real-time");
    // Traditional Chinese is sent as Simplified, as the embedded engine reads it; Simplified is sent as typed.
    expect(await sent("無人機 巡檢")).toBe("无人机 巡检");
    expect(await sent("无人机 巡检")).toBe("无人机 巡检");
    // Invisible format characters are not sent: Meilisearch would read them as word breaks, and the documents are
    // indexed without them (documents.server.ts), as the embedded engine reads both.
    expect(await sent("无\u200B人机\u00AD巡检\uFEFF")).toBe("无人机巡检");
    await engine.dropIndex("stops");
  });

  it("sends phrases and excluded words for Meilisearch to apply, with Chinese and full-width quotes and minus made plain", async () => {
    const sent = async (q: string) => {
      const { result, body } = await searchAndRequest({ q, pageSize: 50 });
      return { q: body.q, ids: ids(result) };
    };
    expect(await sent("无人机 -巡检")).toEqual({ q: "无人机 -巡检", ids: ["s7"] });
    expect(await sent("“无人机巡检”")).toEqual({ q: '"无人机巡检"', ids: ["s3"] });
    expect(await sent("无人机 －巡检")).toEqual({ q: "无人机 -巡检", ids: ["s7"] });
    expect(await sent('无人机 -"自动机场"')).toEqual({ q: '无人机 -"自动机场"', ids: ["s3", "s7"] });
    // A word's synonyms are left out too, written out as negatives (Meilisearch matches a negative word as written).
    expect(await sent("港口 -AI")).toEqual({ q: "港口 -AI -人工智能", ids: ["s6"] });
    // A hyphen inside a word stays a hyphen.
    expect((await sent("无人机-巡检")).q).toBe("无人机-巡检");
    // The operators go after the words, so nothing added lands inside a quote left open (a code review: the
    // synonyms of -AI went into the phrase), and a phrase is sent as typed: its stop words and "-based" are wording.
    expect((await sent('港口 -AI "无人机')).q).toBe('港口 "无人机" -AI -人工智能');
    expect((await sent('"drone-based inspection" of ports')).q).toBe('of ports "drone-based inspection"');
  });

  it("pages through the results with the exact total", async () => {
    const byBudget: SearchQuery = { filter: { field: "budget", exists: true }, sort: [{ field: "budget", direction: "asc" }], pageSize: 2 };
    const pages = await Promise.all([1, 2, 3, 4].map((page) => engine.search("search", { ...byBudget, page })));
    expect(pages.map((result) => result.hits.map((hit) => hit.id))).toEqual([["s6", "s3"], ["s1", "s4"], ["s2", "s7"], []]);
    expect(pages.map((result) => result.total)).toEqual([6, 6, 6, 6]);
    expect(pages[3]).toMatchObject({ page: 4, pageSize: 2 });
    const desc = await engine.search("search", { ...byBudget, sort: [{ field: "budget", direction: "desc" }], pageSize: 50 });
    expect(desc.hits.map((hit) => hit.id)).toEqual(["s7", "s2", "s4", "s1", "s3", "s6"]);
  });

  it("lets a query's sort decide before relevance, as the ranking rules it sets put `sort` first", async () => {
    // The stand-in ranks `sort` where the index's ranking rules put it. A 0/1 field then groups the hits, relevance
    // ordering each group: the default order of /scenarios (those taking bids first).
    await engine.ensureIndex("grouped", { ...conformanceSettings, filterable: { ...conformanceSettings.filterable, live: "number" }, sortable: ["live"] });
    await engine.upsert("grouped", [
      { id: "ended", title: "无人机巡检", summary: "", tags: [], live: 0 },
      { id: "open", title: "港口设备维护", summary: "无人机巡检", tags: [], live: 1 },
    ]);
    expect((await engine.search("grouped", { q: "巡检" })).hits.map((hit) => hit.id)).toEqual(["ended", "open"]);
    expect((await engine.search("grouped", { q: "巡检", sort: [{ field: "live", direction: "desc" }] })).hits.map((hit) => hit.id)).toEqual(["open", "ended"]);
    await engine.dropIndex("grouped");
  });

  it("pages with offset and limit when the caller waives the exact total, so Meilisearch need not count every match", async () => {
    const { result, body } = await searchAndRequest({ q: "无人机", page: 2, pageSize: 1, exactTotal: false });
    expect(body).toMatchObject({ q: "无人机", offset: 1, limit: 1 });
    expect(body).not.toHaveProperty("page");
    expect(body).not.toHaveProperty("hitsPerPage");
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(3);
  });

  it("asks for counts only with hitsPerPage 0", async () => {
    const { result, body } = await searchAndRequest({ q: "无人机", pageSize: 0, facets: ["category"] });
    expect(body).toMatchObject({ q: "无人机", page: 1, hitsPerPage: 0, facets: ["category"] });
    expect(result).toMatchObject({ hits: [], total: 3, pageSize: 0, facets: { category: { LOW_ALTITUDE: 3 } } });
  });

  it("maps facetDistribution to our facets, booleans as \"true\"/\"false\", over the query and the filter", async () => {
    const { result, body } = await searchAndRequest({ facets: ["tags", "open", "category"] });
    expect(body.facets).toEqual(["tags", "open", "category"]);
    expect(result.facets).toEqual({
      tags: { 无人机: 3, 巡检: 1, 港口: 2, 人工智能: 1, 数字孪生: 1, 物流: 1 },
      open: { true: 6, false: 1 },
      category: { LOW_ALTITUDE: 3, PORT_LOGISTICS: 2, MARINE: 1, HEALTH: 1 },
    });
    const filtered = await engine.search("search", { q: "无人机", filter: { field: "open", eq: true }, facets: ["district"] });
    expect(filtered.facets).toEqual({ district: { 东港区: 1, 莒县: 1 } });
  });

  it("refuses facets and sorts the index does not allow, and bad paging, before sending anything", async () => {
    const from = mark();
    await expect(engine.search("search", { facets: ["budget"] })).rejects.toThrow(/"budget" is not a keyword or boolean filterable field/);
    await expect(engine.search("search", { facets: ["title"] })).rejects.toThrow(SearchInputError);
    await expect(engine.search("search", { sort: [{ field: "category", direction: "asc" }] })).rejects.toThrow(/"category" is not sortable/);
    await expect(engine.search("search", { pageSize: -1 })).rejects.toThrow(SearchInputError);
    await expect(engine.search("search", { page: 1.5 })).rejects.toThrow(SearchInputError);
    await expect(engine.search("never_ensured", { q: "x" })).rejects.toThrow(/call ensureIndex first/);
    expect(standin.calls(from)).toEqual([]);
  });

  it("returns each hit's stored document without Meilisearch's own fields, and its ranking score", async () => {
    const { result } = await searchAndRequest({ q: "无人机", highlight: ["title"], pageSize: 50 });
    expect(ids(result)).toEqual(["s1", "s3", "s7"]);
    for (const hit of result.hits) {
      expect(hit.doc).toEqual(conformanceDocs.find((doc) => doc.id === hit.id));
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  it("caps a huge query at 1000 characters and keeps hostile queries well-formed", async () => {
    expect(((await searchAndRequest({ q: "无".repeat(10_000) })).body.q as string).length).toBe(1000);
    expect((await searchAndRequest({ q: "😀".repeat(600) })).body.q).toBe("😀".repeat(500));
    expect((await searchAndRequest({ q: `x${"😀".repeat(600)}` })).body.q).toBe(`x${"😀".repeat(499)}`);
    expect((await searchAndRequest({ q: "a\uD83Db\uDE00" })).body.q).toBe("a\uFFFDb\uFFFD");
    expect((await searchAndRequest({ q: "   " })).body.q).toBeNull();
    expect((await searchAndRequest({ q: "<script>alert(1)</script>" })).result.total).toBe(0);
  });
});

describe("any-word matching (federated multi-search)", () => {
  // s2 has 集装箱 in its title, s4 数字孪生 in its title; "both" has both words, in its summary only.
  const both = { id: "both", title: "港口管理平台", summary: "集装箱 堆场的数字孪生", category: "PORT_LOGISTICS", district: "岚山区", tags: ["港口"], budget: 600, open: true };

  beforeAll(async () => {
    await freshIndex("any", [...conformanceDocs, both]);
    await freshIndex("any_conformance");
  });

  type FederatedBody = { federation: Record<string, unknown>; queries: Record<string, unknown>[] };

  async function anySearch(index: string, query: SearchQuery) {
    const from = mark();
    const result = await engine.search(index, { ...query, matching: "any" });
    const requests = requestsSince(from);
    return { result, requests, body: requests[0]?.body as FederatedBody };
  }

  it("sends one federated request: a ranking query with every word, then one query per word", async () => {
    const { result, requests, body } = await anySearch("any_conformance", { q: "集装箱 数字孪生" });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(["POST /multi-search"]);
    expect(body).toEqual({
      federation: { offset: 0, limit: 20 },
      queries: [
        { indexUid: "test_any_conformance", q: "集装箱 数字孪生", matchingStrategy: "last", showRankingScore: true, locales: ["cmn"], federationOptions: { weight: 2 } },
        { indexUid: "test_any_conformance", q: "集装箱", matchingStrategy: "all", showRankingScore: true, locales: ["cmn"], federationOptions: { weight: 1 } },
        { indexUid: "test_any_conformance", q: "数字孪生", matchingStrategy: "all", showRankingScore: true, locales: ["cmn"], federationOptions: { weight: 1 } },
      ],
    });
    // The conformance case: documents holding either word, though none holds both.
    expect(ids(result)).toEqual(["s2", "s4"]);
    expect(result.total).toBe(2);
    expect(result.hits.map((hit) => hit.doc)).toEqual(result.hits.map((hit) => conformanceDocs.find((doc) => doc.id === hit.id)));
    // "all" stays one plain search that needs both words.
    const from = mark();
    expect((await engine.search("any_conformance", { q: "集装箱 数字孪生" })).total).toBe(0);
    expect(standin.calls(from)).toEqual(["POST /indexes/test_any_conformance/search"]);
  });

  it("carries phrases and excluded words in every query of an any-word search, first in the ranking query", async () => {
    const { result, body } = await anySearch("any_conformance", { q: '集装箱 无人机 -巡检 "低空"' });
    expect(body.queries.map((query) => query.q)).toEqual(['"低空" -巡检 集装箱 无人机 低空', '集装箱 "低空" -巡检', '无人机 "低空" -巡检', '低空 "低空" -巡检']);
    // s7 is the one record with 低空 and without 巡检 (s1 has both).
    expect(ids(result)).toEqual(["s7"]);
  });

  it("asks for counts only with a federation limit of 0", async () => {
    const { result, body } = await anySearch("any_conformance", { q: "集装箱 数字孪生", pageSize: 0 });
    expect(body.federation).toEqual({ offset: 0, limit: 0 });
    expect(result).toMatchObject({ hits: [], total: 2 });
  });

  it("returns the documents holding either word, the one holding both first, each once", async () => {
    const { result, requests } = await anySearch("any", { q: "集装箱 数字孪生" });
    expect(result.hits.map((hit) => hit.id)).toEqual(["both", "s2", "s4"]);
    expect(result.total).toBe(3);
    // Scores are the weighted ones the list is ordered by: "both" (found by the ranking query, weight 2) above 1.
    const scores = result.hits.map((hit) => hit.score);
    expect(scores[0]).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // s2 is found by the ranking query and by its word's query, and returned once, where it weighs most.
    const federation = (requests[0]!.response as { hits: { id: string; _federation: Record<string, unknown> }[] }).hits.map((hit) => [hit.id, hit._federation]);
    expect(federation).toEqual([
      ["both", { indexUid: "test_any", queriesPosition: 0, weightedRankingScore: scores[0] }],
      ["s2", { indexUid: "test_any", queriesPosition: 0, weightedRankingScore: scores[1] }],
      ["s4", { indexUid: "test_any", queriesPosition: 2, weightedRankingScore: scores[2] }],
    ]);
    expect(result.hits[0]!.doc).toEqual(both);
  });

  it("pages with federation offset and limit, with the total of distinct documents", async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push(await anySearch("any", { q: "集装箱 数字孪生", page, pageSize: 1 }));
    expect(pages.map(({ body }) => body.federation)).toEqual([
      { offset: 0, limit: 1 },
      { offset: 1, limit: 1 },
      { offset: 2, limit: 1 },
      { offset: 3, limit: 1 },
    ]);
    for (const { body } of pages) {
      for (const query of body.queries) for (const key of ["page", "hitsPerPage", "limit", "offset", "facets"]) expect(query).not.toHaveProperty(key);
    }
    expect(pages.map(({ result }) => result.hits.map((hit) => hit.id))).toEqual([["both"], ["s2"], ["s4"], []]);
    expect(pages.map(({ result }) => result.total)).toEqual([3, 3, 3, 3]);
    expect(pages[1]!.result).toMatchObject({ page: 2, pageSize: 1 });
  });

  it("applies the filter, sort and highlight settings to every query", async () => {
    const { result, body } = await anySearch("any", {
      q: "集装箱 数字孪生",
      filter: { field: "district", eq: "岚山区" },
      sort: [{ field: "budget", direction: "desc" }],
      highlight: ["summary"],
    });
    expect(body.queries).toHaveLength(3);
    for (const query of body.queries) {
      expect(query).toMatchObject({
        filter: 'district = "岚山区"',
        sort: ["budget:desc"],
        attributesToHighlight: ["summary"],
        highlightPreTag: HIGHLIGHT_PRE_TAG,
        highlightPostTag: HIGHLIGHT_POST_TAG,
        showRankingScore: true,
      });
    }
    expect(ids(result)).toEqual(["both", "s2", "s4"]);
    expect(result.hits.find((hit) => hit.id === "both")?.highlights.summary).toBe("<mark>集装箱</mark> 堆场的<mark>数字孪生</mark>");

    const marine = await anySearch("any", { q: "集装箱 数字孪生", filter: { field: "category", eq: "MARINE" } });
    expect(marine.body.queries.every((query) => query.filter === 'category = "MARINE"')).toBe(true);
    expect(ids(marine.result)).toEqual(["s4"]);
    expect(marine.result.total).toBe(1);
  });

  it("counts facets over every document holding any word, through facetsByIndex and mergeFacets", async () => {
    const { result, body } = await anySearch("any", { q: "集装箱 数字孪生", facets: ["category", "tags"] });
    expect(body.federation).toEqual({
      offset: 0,
      limit: 20,
      facetsByIndex: { test_any: ["category", "tags"] },
      mergeFacets: { maxValuesPerFacet: 200 },
    });
    expect(result.facets).toEqual({
      category: { PORT_LOGISTICS: 2, MARINE: 1 },
      tags: { 港口: 2, 人工智能: 1, 数字孪生: 1 },
    });
  });

  it("sends a single word, or a single word with separators, as a plain search", async () => {
    const from = mark();
    await engine.search("any", { q: "集装箱", matching: "any" });
    await engine.search("any", { q: "集装箱 & ——", matching: "any" });
    await engine.search("any", { q: "集装箱 集装箱", matching: "any" });
    expect(standin.calls(from)).toEqual(Array(3).fill("POST /indexes/test_any/search"));
    for (const request of requestsSince(from)) expect(request.body).toMatchObject({ q: "集装箱", matchingStrategy: "all" });
  });

  it("caps the words at 10 and drops repeats and words without a letter or digit", async () => {
    const words = Array.from({ length: 12 }, (_, i) => `词${i}`);
    const { body } = await anySearch("any", { q: `集装箱 ${words.join(" ")} & 集装箱` });
    const kept = ["集装箱", ...words.slice(0, 9)];
    expect(body.queries.map((query) => query.q)).toEqual([kept.join(" "), ...kept]);
    expect(body.queries.map((query) => (query.federationOptions as { weight: number }).weight)).toEqual([10, ...Array(10).fill(1)]);
  });

  it("the stand-in refuses what Meilisearch refuses in federated queries: pagination and facets", async () => {
    const post = (body: unknown) =>
      fetch(`${standin.url}/multi-search`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${standin.masterKey}` }, body: JSON.stringify(body) });
    for (const [extra, code] of [
      [{ page: 1 }, "invalid_multi_search_query_pagination"],
      [{ limit: 5 }, "invalid_multi_search_query_pagination"],
      [{ facets: ["category"] }, "invalid_multi_search_query_facets"],
    ] as const) {
      const response = await post({ federation: {}, queries: [{ indexUid: "test_any", q: "集装箱", ...extra }] });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
    }
  });

  it("in multiSearch, sends the plain queries together and each any-word query as its own federated request", async () => {
    const from = mark();
    const results = await engine.multiSearch([
      { index: "any", q: "集装箱 数字孪生", matching: "any", pageSize: 2 },
      { index: "any", q: "无人机" },
      { index: "any", q: "医院 海洋", matching: "any", filter: { field: "district", in: [] } },
      { index: "any", q: "医院 海洋", matching: "any" },
    ]);
    const posts = requestsSince(from, "POST", "/multi-search").map((request) => request.body as Partial<FederatedBody>);
    expect(posts).toHaveLength(3);
    expect(posts.filter((post) => post.federation === undefined).map((post) => post.queries!.map((query) => query.q))).toEqual([["无人机"]]);
    expect(posts.filter((post) => post.federation !== undefined).map((post) => post.queries![0]!.q).sort()).toEqual(["医院 海洋", "集装箱 数字孪生"]);
    // s5 holds the first word (医院), s4 the second: equal scores go to the earlier query.
    expect(results.map((result) => result.hits.map((hit) => hit.id))).toEqual([["both", "s2"], ["s1", "s3", "s7"], [], ["s5", "s4"]]);
    expect(results.map((result) => result.total)).toEqual([3, 3, 0, 2]);
  });
});

describe("highlights", () => {
  const doc = {
    id: "x1",
    title: "<script>alert(1)</script> 无人机 & 巡检",
    summary: `${"前言".repeat(200)}巡检${"结尾".repeat(200)}`,
    category: "A&B",
    tags: ["<b>巡检</b>", "港口"],
    budget: 5,
  };

  beforeAll(async () => {
    // tags searchable too, to see an array field highlighted
    await freshIndex("highlights", [doc, ...conformanceDocs], { ...conformanceSettings, searchable: [...conformanceSettings.searchable, { field: "tags" }] });
  });

  it("asks for highlights with markers HTML cannot carry, escapes the text and turns the markers into <mark>", async () => {
    const from = mark();
    const result = await engine.search("highlights", { q: "巡检", filter: { field: "category", eq: "A&B" }, highlight: ["title", "tags", "category", "budget", "missing"] });
    expect(requestsSince(from, "POST")[0]!.body).toMatchObject({
      attributesToHighlight: ["title", "tags", "category", "budget", "missing"],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    });
    expect(requestsSince(from, "POST")[0]!.body).not.toHaveProperty("attributesToCrop");
    const [hit] = result.hits;
    expect(hit?.highlights).toEqual({
      title: "&lt;script&gt;alert(1)&lt;/script&gt; 无人机 &amp; <mark>巡检</mark>",
      // Meilisearch's `_formatted` holds an array field as an array of highlighted strings: each stays its own.
      tags: ["&lt;b&gt;<mark>巡检</mark>&lt;/b&gt;", "港口"],
      category: "A&amp;B",
      budget: "5",
      missing: "",
    });
    expect(hit?.doc).toEqual(doc);
  });

  it("marks synonyms the server matched, as the conformance suite expects", async () => {
    const result = await engine.search("highlights", { q: "无人机", filter: { field: "category", eq: "LOW_ALTITUDE" }, highlight: ["title"], pageSize: 50 });
    expect(result.hits.find((hit) => hit.id === "s1")?.highlights.title).toBe("<mark>无人机</mark>自动机场巡检");
    expect(result.hits.find((hit) => hit.id === "s7")?.highlights.title).toBe("<mark>UAV</mark> 物流配送航线");
  });

  it("cuts a long text to a window around the first match", async () => {
    const result = await engine.search("highlights", { q: "巡检", filter: { field: "category", eq: "A&B" }, highlight: ["summary"] });
    const summary = result.hits[0]!.highlights.summary;
    if (typeof summary !== "string") throw new Error("a text field's highlight is one string");
    expect(summary.startsWith("…")).toBe(true);
    expect(summary.endsWith("…")).toBe(true);
    expect(summary).toContain("<mark>巡检</mark>");
    expect(summary.replace(/<\/?mark>/g, "").length).toBe(202);
  });

  it("never cuts a character written with two code units in half at the window's edges", async () => {
    await freshIndex("wide", [
      { id: "w", title: "t", summary: `${"𠀀".repeat(150)}港巡检${"𠀀".repeat(120)}`, category: "A" },
    ], { ...conformanceSettings });
    const [hit] = (await engine.search("wide", { q: "巡检", highlight: ["summary"] })).hits;
    const summary = hit!.highlights.summary as string;
    expect(summary).toContain("<mark>巡检</mark>");
    expect(summary.replace(/[…]|<\/?mark>/g, "").replace(/𠀀/gu, "")).toBe("港巡检");
  });
});

describe("multiSearch", () => {
  beforeAll(async () => {
    await freshIndex("multi");
  });

  it("sends the queries in one request and answers each in order", async () => {
    const from = mark();
    const results = await engine.multiSearch([
      { index: "multi", q: "集装箱" },
      { index: "multi", filter: { field: "district", in: [] } },
      { index: "multi", filter: { field: "category", eq: "MARINE" }, facets: ["district"] },
    ]);
    expect(standin.calls(from)).toEqual(["POST /multi-search"]);
    const body = requestsSince(from)[0]!.body as { queries: Record<string, unknown>[] };
    expect(body.queries.map((query) => query.indexUid)).toEqual(["test_multi", "test_multi"]);
    expect(body.queries[1]).toMatchObject({ filter: 'category = "MARINE"', facets: ["district"] });
    expect(results.map(ids)).toEqual([["s2"], [], ["s4"]]);
    expect(results[2]!.facets).toEqual({ district: { 岚山区: 1 } });
    expect(results[1]).toEqual({ hits: [], total: 0, facets: {}, page: 1, pageSize: 20 });
  });

  it("validates every query before sending any", async () => {
    const from = mark();
    await expect(engine.multiSearch([{ index: "multi", q: "x" }, { index: "multi", filter: { field: "title", eq: "x" } }])).rejects.toThrow(SearchInputError);
    expect(standin.calls(from)).toEqual([]);
  });
});

describe("rebuild", () => {
  function gatedDocs() {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const halfway = new Promise<void>((resolve) => (started = resolve));
    async function* docs() {
      yield { ...conformanceDocs[3]!, id: "n1", title: "新建 集装箱 堆场" };
      started();
      await gate;
      yield { ...conformanceDocs[3]!, id: "n2", title: "新建 海洋 平台" };
    }
    return { docs: docs(), release, halfway };
  }

  it("fills a shadow index while readers see the old one, swaps it in and deletes the old one", async () => {
    await freshIndex("rebuilt");
    const from = mark();
    const { docs, release, halfway } = gatedDocs();
    const rebuilding = engine.rebuild("rebuilt", conformanceSettings, docs);
    await halfway;
    expect(await engine.count("rebuilt")).toBe(conformanceDocs.length);
    expect(ids(await engine.search("rebuilt", { q: "集装箱" }))).toEqual(["s2"]);
    release();
    await rebuilding;

    const writes = standin.calls(from).filter((call) => !call.endsWith("/search"));
    const shadow = (requestsSince(from, "POST", "/indexes")[0]!.body as { uid: string }).uid;
    expect(shadow).toMatch(/^test_rebuilt__shadow_\d+$/);
    expect(writes).toEqual([
      "GET /indexes/test_rebuilt",
      "POST /indexes",
      `PATCH /indexes/${shadow}/settings`,
      `POST /indexes/${shadow}/documents`,
      "POST /swap-indexes",
      `DELETE /indexes/${shadow}`,
    ]);
    expect(requestsSince(from, "POST", "/indexes")[0]!.body).toEqual({ uid: shadow, primaryKey: "id" });
    expect(requestsSince(from, "PATCH")[0]!.body).toMatchObject({ searchableAttributes: ["title", "summary"], localizedAttributes: [{ locales: ["cmn"] }] });
    expect(requestsSince(from, "POST", `/indexes/${shadow}/documents`)[0]!.body).toEqual([
      { ...conformanceDocs[3], id: "n1", title: "新建 集装箱 堆场" },
      { ...conformanceDocs[3], id: "n2", title: "新建 海洋 平台" },
    ]);
    expect(requestsSince(from, "POST", "/swap-indexes")[0]!.body).toEqual([{ indexes: ["test_rebuilt", shadow] }]);
    expect(expectEveryTaskAwaited(from)).toBe(5);

    expect([...standin.indexes.keys()].filter((uid) => uid.includes("__shadow_"))).toEqual([]);
    expect(await engine.count("rebuilt")).toBe(2);
    expect(ids(await engine.search("rebuilt", { q: "集装箱" }))).toEqual(["n1"]);
    expect(await engine.get("rebuilt", "s2")).toBeNull();
  });

  it("creates the live index first when it does not exist yet, so the swap has two sides", async () => {
    const from = mark();
    await engine.rebuild("born", conformanceSettings, [conformanceDocs[0]!, conformanceDocs[1]!]);
    const writes = standin.calls(from);
    expect(writes.slice(0, 3)).toEqual(["GET /indexes/test_born", "POST /indexes", "POST /indexes"]);
    expect(requestsSince(from, "POST", "/indexes").map((request) => (request.body as { uid: string }).uid)[0]).toBe("test_born");
    expectEveryTaskAwaited(from);
    expect(await engine.count("born")).toBe(2);
    expect((await engine.search("born", { facets: ["category"] })).facets.category).toEqual({ LOW_ALTITUDE: 1, PORT_LOGISTICS: 1 });
  });

  it("keeps writes made to the live index while the rebuild ran", async () => {
    await freshIndex("busy");
    const { docs, release, halfway } = gatedDocs();
    const rebuilding = engine.rebuild("busy", conformanceSettings, docs);
    await halfway;
    await engine.upsert("busy", [{ ...conformanceDocs[0]!, id: "w1", title: "重建期间写入" }]);
    await engine.delete("busy", ["n1"]);
    release();
    await rebuilding;
    expect(ids(await engine.search("busy", { pageSize: 50 }))).toEqual(["n2", "w1"]);
  });

  it("leaves the live index untouched and removes the shadow when filling fails", async () => {
    await freshIndex("broken");
    standin.state.failNextTasks.push({ type: "documentAdditionOrUpdate", code: "internal", message: "disk full" });
    await expect(engine.rebuild("broken", conformanceSettings, [{ ...conformanceDocs[0]!, id: "z1" }])).rejects.toThrow(/disk full \(internal\)/);
    expect(await engine.count("broken")).toBe(conformanceDocs.length);
    expect([...standin.indexes.keys()].filter((uid) => uid.includes("__shadow_"))).toEqual([]);
  });
});

describe("keys, outages and health", () => {
  it("a wrong API key gives an error that names the problem", async () => {
    const wrong = createMeilisearchEngine({ url: standin.url, apiKey: "not-the-key", indexPrefix: PREFIX });
    await expect(wrong.ensureIndex("settings", conformanceSettings)).rejects.toThrow(
      /Meilisearch reading the settings of "test_settings" failed: The provided API key is invalid\. \(invalid_api_key, HTTP 403\) — check MEILI_MASTER_KEY/,
    );
    await expect(wrong.dropIndex("settings")).rejects.toThrow(/invalid_api_key/);
    expect(standin.requests.at(-1)).toMatchObject({ status: 403, headers: { authorization: "Bearer not-the-key" } });
    expect(standin.indexes.has("test_settings")).toBe(true);

    const missing = createMeilisearchEngine({ url: standin.url, apiKey: "", indexPrefix: PREFIX });
    await expect(missing.get("crud", "s2")).rejects.toThrow(/missing_authorization_header, HTTP 401/);
    const health = await wrong.health();
    expect(health).toMatchObject({ ok: false, engine: "meilisearch", indexes: {} });
    expect(health.message).toMatch(/invalid_api_key/);
  });

  it("reports health with document counts of this prefix's indexes only, without shadows", async () => {
    const other = createMeilisearchEngine({ url: standin.url, apiKey: standin.masterKey, indexPrefix: "other_" });
    await other.ensureIndex("scenarios", conformanceSettings);
    await other.upsert("scenarios", conformanceDocs.slice(0, 2));
    standin.indexes.set("test_search__shadow_1", { ...standin.indexes.get("test_search")!, uid: "test_search__shadow_1" });
    try {
      const health = await engine.health();
      expect(health.ok).toBe(true);
      expect(health.engine).toBe("meilisearch");
      expect(health.indexes.search).toBe(conformanceDocs.length);
      expect(health.indexes.batches).toBe(2500);
      expect(health.indexes).not.toHaveProperty("scenarios");
      expect(Object.keys(health.indexes).every((name) => !name.includes("__shadow_") && !name.startsWith("other_") && !name.startsWith(PREFIX))).toBe(true);
      expect(await other.health()).toMatchObject({ ok: true, indexes: { scenarios: 2 } });
    } finally {
      standin.indexes.delete("test_search__shadow_1");
    }
  });

  it("when the server is down, health says so instead of throwing, and calls fail with a clear error", async () => {
    const gone = await startMeilisearchStandin();
    await gone.close();
    const down = createMeilisearchEngine({ url: gone.url, apiKey: gone.masterKey });
    const health = await down.health();
    expect(health).toMatchObject({ ok: false, engine: "meilisearch", indexes: {} });
    expect(health.message).toContain(`cannot reach ${gone.url}`);
    await expect(down.get("scenarios", "s1")).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED/);
  });

  it("gives up a search the server does not answer within its time limit, as unavailable, and searches again once it answers", async () => {
    const slow = createMeilisearchEngine({ url: standin.url, apiKey: standin.masterKey, indexPrefix: PREFIX, searchTimeoutMs: 200 });
    await slow.ensureIndex("search", conformanceSettings);
    standin.state.stallSearches = true;
    try {
      for (const ask of [() => slow.search("search", { q: "无人机" }), () => slow.multiSearch([{ index: "search", q: "无人机" }, { index: "search", q: "港口 巡检", matching: "any" }])]) {
        const started = Date.now();
        const failure = await ask().then(() => null, (error: unknown) => error);
        expect(failure).toBeInstanceOf(SearchEngineUnavailableError);
        expect((failure as Error).message).toMatch(/did not answer in time/);
        expect(Date.now() - started).toBeLessThan(2_000);
      }
    } finally {
      standin.state.stallSearches = false;
    }
    expect((await slow.search("search", { q: "无人机" })).total).toBeGreaterThan(0);
    // A server that refuses connections cannot answer now either.
    const down = createMeilisearchEngine({ url: await unreachableUrl(), apiKey: "key" });
    await expect(down.get("scenarios", "s1")).rejects.toBeInstanceOf(SearchEngineUnavailableError);
  });

  it("gives up the reads a page waits for (settings, health) at the same limit when the server hangs altogether", async () => {
    const slow = createMeilisearchEngine({ url: standin.url, apiKey: standin.masterKey, indexPrefix: "hung_", searchTimeoutMs: 200 });
    standin.state.stallEverything = true;
    try {
      const started = Date.now();
      await expect(slow.ensureIndex("search", conformanceSettings)).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      const health = await slow.health();
      expect(health.ok).toBe(false);
      expect(health.message).toMatch(/did not answer in time/);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      standin.state.stallEverything = false;
    }
  });

  it("keeps what Meilisearch refuses apart from unavailability: a wrong key is no reason to wait and try again", async () => {
    const wrongKey = createMeilisearchEngine({ url: standin.url, apiKey: "not-the-key", indexPrefix: PREFIX });
    const refused = await wrongKey.ensureIndex("search", conformanceSettings).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(MeilisearchEngineError);
    expect(refused).not.toBeInstanceOf(SearchEngineUnavailableError);
    expect((refused as Error).message).toMatch(/invalid_api_key, HTTP 403\) — check MEILI_MASTER_KEY/);
  });

  it("every task the adapter enqueued in this file was awaited until it finished", () => {
    const enqueued = standin.requests.filter((request) => request.status === 202);
    expect(enqueued.length).toBeGreaterThan(20);
    for (const write of enqueued) {
      const task = standin.task((write.response as { taskUid: number }).taskUid);
      expect(task?.status, `${write.method} ${write.path}`).toMatch(/^(succeeded|failed)$/);
    }
  });
});
