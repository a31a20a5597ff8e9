import { describe, expect, it } from "vitest";
import { segmentChinese } from "./chinese-words.server";
import { simplifiedChinese } from "./simplified-chinese.server";
import { scenarioSearchDoc, type ScenarioDocRow } from "./documents.server";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import { SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS } from "./indexes";
import {
  activeFilters,
  amountBoxValue,
  canonicalFormHref,
  formHref,
  ignoredFilterValues,
  readAmount,
  readAmounts,
  browseFilter,
  browseHref,
  browseQuery,
  clearFiltersHref,
  cleanQuery,
  deadlineFilter,
  effectiveSort,
  emptyState,
  filtersNamedInQuery,
  offeredNamedFilters,
  type NamedFilter,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  pageHref,
  parseBrowseState,
  planBrowse,
  queryWasShortened,
  readBrowseRequest,
  searchAsTyped,
  searchInsteadHref,
  sortHref,
  toggleFacetHref,
  trustedHighlight,
  trustedListHighlight,
  withdrawnFilter,
  type BrowseKind,
} from "./browse";

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const parse = (kind: BrowseKind, search: string) => parseBrowseState(kind, new URLSearchParams(search));
const PUBLIC_STATUS = { field: "status", in: ["PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"] };

describe("parsing the URL", () => {
  it("reads every part of a scenario page's state", () => {
    const state = parse("scenarios", "q=无人机+巡检&category=DIGITAL&category=MARINE&district=LANSHAN&mode=CHALLENGE&firstUnit=FIRST_SET&budget=50-200&status=CLOSED&budgetFrom=10&budgetTo=300&deadline=30d&sort=budget&page=3");
    expect(state).toEqual({
      q: "无人机 巡检",
      facets: { category: ["DIGITAL", "MARINE"], district: ["LANSHAN"], mode: ["CHALLENGE"], firstUnit: ["FIRST_SET"], budget: ["50-200"], status: ["CLOSED"] },
      from: 10,
      to: 300,
      deadline: "30d",
      trlMin: null,
      sort: "budget",
      page: 3,
    });
  });

  it("reads every part of a solution page's state", () => {
    const state = parse("solutions", "q=inspection&tier=HIGH_TECH&maturity=PILOT&firstUnitType=FIRST_VERSION&firstUnitStatus=APPLYING&price=1000%2B&independentInnovation=1&seekingInvestment=1&priceFrom=5&trlMin=7&sort=price");
    expect(state.facets).toEqual({
      tier: ["HIGH_TECH"],
      maturity: ["PILOT"],
      firstUnitType: ["FIRST_VERSION"],
      firstUnitStatus: ["APPLYING"],
      price: ["1000+"],
      independentInnovation: ["1"],
      seekingInvestment: ["1"],
    });
    expect([state.q, state.from, state.to, state.trlMin, state.sort]).toEqual(["inspection", 5, null, 7, "price"]);
  });

  it("reads amounts typed in millions of CNY (the English boxes) as 万元, and links them in 万元", () => {
    expect(parse("scenarios", "budgetFromMillion=0.5&budgetToMillion=2")).toMatchObject({ from: 50, to: 200 });
    expect(parse("solutions", "priceFromMillion=1.25&priceToMillion=0.07")).toMatchObject({ from: 7, to: 125 });
    expect(browseHref("scenarios", parse("scenarios", "budgetFromMillion=0.5&budgetToMillion=12"))).toBe("/scenarios?budgetFrom=50&budgetTo=1200");
    // The 万元 parameter of a link wins over a box's; garbage, a third decimal or a negative number is dropped.
    expect(parse("scenarios", "budgetFrom=30&budgetFromMillion=5").from).toBe(30);
    for (const bad of ["abc", "0.005", "-1", "1e3", "1,5", "9999999"]) expect(parse("scenarios", `budgetFromMillion=${encodeURIComponent(bad)}`).from, bad).toBeNull();
    // What the boxes show for an amount of the state.
    expect([amountBoxValue(50, true), amountBoxValue(1234, true), amountBoxValue(7, true), amountBoxValue(50, false), amountBoxValue(null, true)]).toEqual(["0.5", "12.34", "0.07", "50", ""]);
  });

  it("drops garbage instead of failing", () => {
    const garbage = [
      "district=ATLANTIS&mode=%3Cscript%3E&category=%27%3B--&category=lower&budget=0-9999&status=DRAFT&status=ARCHIVED",
      "budgetFrom=abc&budgetTo=-5&deadline=tomorrow&sort=random&page=-3&trlMin=12",
      "page=1e9&budgetFrom=1.5&budgetTo=99999999999&sort=trl",
      "q=%00%01&q=second&district[]=x&__proto__=1&constructor=2",
    ];
    for (const search of garbage) {
      const state = parse("scenarios", search);
      expect(state.facets, search).toEqual({});
      expect([state.from, state.to, state.deadline, state.sort], search).toEqual([null, null, null, null]);
      expect(state.page, search).toBeGreaterThanOrEqual(1);
      expect(state.page, search).toBeLessThanOrEqual(MAX_PAGE);
    }
    expect(parse("scenarios", "page=-3").page).toBe(1);
    expect(parse("scenarios", "page=abc").page).toBe(1);
    expect(parse("scenarios", "page=999").page).toBe(MAX_PAGE);
    expect(parse("solutions", "deadline=open&trlMin=0&recognised=yes").deadline).toBeNull();
    expect(parse("scenarios", "trlMin=7").trlMin).toBeNull();
  });

  it("keeps only the first q, cleaned and capped", () => {
    expect(parse("scenarios", "q=%20%20a%0A%0Db%09c%20&q=other").q).toBe("a b c");
    // Control characters are spaces; invisible format characters are not there at all, as in the index (tokenizer.ts).
    expect(cleanQuery("\u0000无人机\u2028巡检\u202E")).toBe("无人机 巡检");
    expect(cleanQuery("无\u200B人机\u00AD巡检")).toBe("无人机巡检");
    const long = parse("scenarios", `q=${"无".repeat(5000)}`).q;
    expect(Array.from(long)).toHaveLength(MAX_QUERY_LENGTH);
    // An emoji at the cut is kept whole, never half a surrogate pair.
    expect(cleanQuery("😀".repeat(200))).toBe("😀".repeat(MAX_QUERY_LENGTH));
    // Cut at the last space near the limit, not inside a word ("drone drone dron" searched for "dron").
    const drones = cleanQuery("drone ".repeat(400));
    expect(drones.endsWith(" drone")).toBe(true);
    expect(drones.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleanQuery(`${"a".repeat(99)} bcd`)).toBe("a".repeat(99));
    expect(queryWasShortened(new URLSearchParams({ q: "drone ".repeat(400) }))).toBe(true);
    expect(queryWasShortened(new URLSearchParams({ q: `  ${"无".repeat(MAX_QUERY_LENGTH)}  ` }))).toBe(false);
    expect(queryWasShortened(new URLSearchParams())).toBe(false);
  });

  it("de-duplicates and caps the values of one facet", () => {
    expect(parse("scenarios", "district=LANSHAN&district=LANSHAN&district=JUXIAN").facets.district).toEqual(["LANSHAN", "JUXIAN"]);
    const many = Array.from({ length: 40 }, (_, i) => `category=CAT_${i}`).join("&");
    expect(parse("scenarios", many).facets.category).toHaveLength(20);
  });

  it("swaps a reversed range, and says so", () => {
    const state = parse("scenarios", "budgetFrom=500&budgetTo=100");
    expect([state.from, state.to]).toEqual([100, 500]);
    expect(readAmounts("scenarios", new URLSearchParams("budgetFrom=500&budgetTo=100")).input).toEqual({ swapped: true });
    expect(readAmounts("scenarios", new URLSearchParams("budgetFrom=100&budgetTo=500")).input).toEqual({ swapped: false });
  });

  it("reads an amount as typed, or says why it cannot be used (QA: bad amounts were dropped silently)", () => {
    // The Chinese boxes: whole 万元.
    expect(readAmount("250", false)).toEqual({ wan: 250 });
    expect(readAmount(" ２５０ ", false)).toEqual({ wan: 250 });
    expect(readAmount("250万", false)).toEqual({ wan: 250 }); // the box's own unit written out
    expect(readAmount("250万元", false)).toEqual({ wan: 250 });
    expect(readAmount("2.5万", true)).toEqual({ problem: "notNumber" }); // a millions box has no 万
    expect(readAmount("5.0", false)).toEqual({ wan: 5 });
    expect(readAmount("0", false)).toEqual({ wan: 0 });
    expect(readAmount("10000000", false)).toEqual({ wan: 10_000_000 });
    // Thousands grouped as people write them (QA: "1,000" was refused), by threes only.
    expect(readAmount("1,000", false)).toEqual({ wan: 1000 });
    expect(readAmount("1，000", false)).toEqual({ wan: 1000 });
    expect(readAmount("10 000 000", false)).toEqual({ wan: 10_000_000 });
    expect(readAmount("", false)).toBeNull();
    expect(readAmount("  ", false)).toBeNull();
    for (const [text, problem] of [
      ["abc", "notNumber"],
      ["1e3", "notNumber"],
      ["1,5", "notNumber"],
      ["1,00", "notNumber"],
      ["1000,000", "notNumber"],
      ["-1,000", "negative"],
      ["10,000,001", "tooLarge"],
      [".", "notNumber"],
      ["--1", "notNumber"],
      ["-1", "negative"],
      ["−3", "negative"],
      ["－3", "negative"],
      ["10000001", "tooLarge"],
      ["99999999", "tooLarge"],
      ["9".repeat(400), "tooLarge"],
      ["1.5", "tooPrecise"],
    ] as const) expect(readAmount(text, false), text).toEqual({ problem });
    // The English boxes: millions of CNY, at most two decimals (0.01 million = 1 万元).
    expect(readAmount("0.5", true)).toEqual({ wan: 50 });
    expect(readAmount(".25", true)).toEqual({ wan: 25 });
    expect(readAmount("12.340", true)).toEqual({ wan: 1234 });
    expect(readAmount("100000", true)).toEqual({ wan: 10_000_000 });
    expect(readAmount("1,500.5", true)).toEqual({ wan: 150_050 });
    for (const [text, problem] of [
      ["abc", "notNumber"],
      ["1e3", "notNumber"],
      ["-1", "negative"],
      ["-0.5", "negative"],
      ["99999999", "tooLarge"],
      ["100000.01", "tooLarge"],
      ["0.001", "tooPrecise"],
      ["0.005", "tooPrecise"],
    ] as const) expect(readAmount(text, true), text).toEqual({ problem });
  });

  it("leaves a bad amount out of the search but keeps the rest, and reports it with its text", () => {
    const params = new URLSearchParams("q=drone&district=LANSHAN&budgetFromMillion=99999999&budgetToMillion=2");
    expect(parse("scenarios", params.toString())).toMatchObject({ q: "drone", facets: { district: ["LANSHAN"] }, from: null, to: 200 });
    expect(readAmounts("scenarios", params).input).toEqual({ from: { text: "99999999", problem: "tooLarge", inMillions: true }, swapped: false });
    expect(readAmounts("solutions", new URLSearchParams("priceFrom=abc&priceTo=0.001")).input).toEqual({
      from: { text: "abc", problem: "notNumber", inMillions: false },
      to: { text: "0.001", problem: "tooPrecise", inMillions: false },
      swapped: false,
    });
    // The 万元 parameter (a link) is read before the millions one; an empty box is no amount.
    expect(readAmounts("scenarios", new URLSearchParams("budgetFrom=-1&budgetFromMillion=5")).input.from).toEqual({ text: "-1", problem: "negative", inMillions: false });
    expect(readAmounts("scenarios", new URLSearchParams("budgetFrom=&budgetFromMillion=5")).from).toBe(500);
  });

  it("leads the form to the canonical link, or keeps reported amounts as typed so the page can say so", () => {
    const form = (kind: "scenarios" | "solutions", search: string) => formHref(kind, new URLSearchParams(search));
    expect(form("scenarios", "q=drone&budgetFromMillion=0.5&budgetToMillion=")).toBe("/scenarios?q=drone&budgetFrom=50");
    expect(form("scenarios", "q=drone&budgetFromMillion=1e3&budgetToMillion=2")).toBe("/scenarios?q=drone&budgetFromMillion=1e3&budgetToMillion=2");
    expect(form("scenarios", "budgetFrom=500&budgetTo=100&district=LANSHAN")).toBe("/scenarios?district=LANSHAN&budgetFrom=500&budgetTo=100");
    expect(form("solutions", "priceFrom=%20abc%20")).toBe("/solutions?priceFrom=abc");
  });

  it("understands the old list pages' parameters", () => {
    expect(parse("scenarios", "open=1").deadline).toBe("open");
    expect(parse("solutions", "recognised=1").facets.firstUnitStatus).toEqual(["RECOGNISED"]);
    expect(parse("solutions", "firstUnitType=FIRST_SET&tier=STARTUP&priceFrom=1&priceTo=2&trlMin=8").facets).toEqual({ firstUnitType: ["FIRST_SET"], tier: ["STARTUP"] });
  });

  it("sorts by relevance with words and by date without, and forgets a relevance sort without words", () => {
    expect(effectiveSort(parse("scenarios", "q=港口"))).toBe("relevance");
    expect(effectiveSort(parse("scenarios", ""))).toBe("newest");
    expect(parse("scenarios", "sort=relevance").sort).toBeNull();
    expect(parse("scenarios", "q=x&sort=newest").sort).toBe("newest");
    expect(parse("scenarios", "sort=trl").sort).toBeNull();
    expect(parse("solutions", "sort=trl").sort).toBe("trl");
    expect(parse("solutions", "sort=deadline").sort).toBeNull();
  });

  it("treats words with nothing to search for (的, the, emoji) as no words for the order, and keeps them", () => {
    for (const query of ["q=的", "q=the", "q=%F0%9F%99%82", "q=%EF%BC%9F"]) {
      const state = parse("scenarios", query);
      expect(state.q, query).not.toBe("");
      expect(effectiveSort(state), query).toBe("newest");
      expect(parse("scenarios", `${query}&sort=relevance`).sort, query).toBeNull();
      expect(parse("scenarios", `${query}&sort=newest`).sort, query).toBeNull();
      expect(parse("scenarios", `${query}&sort=budget`).sort, query).toBe("budget");
    }
    expect(effectiveSort(parse("scenarios", "q=的港口"))).toBe("relevance");
    expect(effectiveSort(parse("scenarios", "q=the+port"))).toBe("relevance");
  });
});

describe("the search query", () => {
  it("ORs values within a facet and ANDs facets, ranges and buckets", () => {
    const state = parse("scenarios", "category=DIGITAL&category=MARINE&district=LANSHAN&budgetFrom=100&budgetTo=300&deadline=open");
    expect(browseFilter("scenarios", state, NOW)).toEqual({
      and: [
        PUBLIC_STATUS,
        { field: "category", in: ["DIGITAL", "MARINE"] },
        { field: "district", eq: "LANSHAN" },
        { field: "budgetMax", range: { gte: 100 } },
        { field: "budgetMin", range: { lte: 300 } },
        { and: [{ field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { gte: NOW + 1 } }] },
      ],
    });
  });

  it("filters booleans, maturity and the minimum TRL of solutions", () => {
    const state = parse("solutions", "independentInnovation=1&maturity=PILOT&maturity=MASS_PRODUCTION&trlMin=7&priceTo=50");
    expect(browseFilter("solutions", state, NOW)).toEqual({
      and: [
        { field: "maturity", in: ["PILOT", "MASS_PRODUCTION"] },
        { field: "independentInnovation", eq: true },
        { field: "priceMin", range: { lte: 50 } },
        { field: "trl", range: { gte: 7 } },
      ],
    });
    expect(browseFilter("solutions", emptyState(), NOW)).toBeUndefined();
  });

  it("leaves out one facet for its own counts", () => {
    const state = parse("scenarios", "district=LANSHAN&mode=CHALLENGE&deadline=finished");
    expect(browseFilter("scenarios", state, NOW, "district")).toEqual({
      and: [PUBLIC_STATUS, { field: "mode", eq: "CHALLENGE" }, deadlineFilter("finished", NOW)],
    });
    expect(browseFilter("scenarios", state, NOW, "deadline")).toEqual({
      and: [PUBLIC_STATUS, { field: "district", eq: "LANSHAN" }, { field: "mode", eq: "CHALLENGE" }],
    });
  });

  it("defines the deadline buckets on deadline and status", () => {
    expect(deadlineFilter("30d", NOW)).toEqual({ and: [{ field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { gte: NOW + 1, lte: NOW + 30 * DAY } }] });
    expect(deadlineFilter("90d", NOW)).toEqual({ and: [{ field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { gte: NOW + 1, lte: NOW + 90 * DAY } }] });
    expect(deadlineFilter("finished", NOW)).toEqual({
      or: [{ field: "status", in: ["CLOSED", "AWARDED", "UNAWARDED"] }, { and: [{ field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { lte: NOW } }] }],
    });
  });

  it("asks for words, sort, page and highlights", () => {
    expect(browseQuery("scenarios", parse("scenarios", "q=无人机&page=2"), NOW)).toEqual({ q: "无人机", filter: PUBLIC_STATUS, sort: [{ field: "openForBids", direction: "desc" }], page: 2, pageSize: 20, highlight: ["title", "summary", "tags"] });
    expect(browseQuery("scenarios", parse("scenarios", "sort=deadline"), NOW).sort).toEqual([
      { field: "openForBids", direction: "desc" },
      { field: "deadline", direction: "asc" },
    ]);
    expect(browseQuery("scenarios", parse("scenarios", ""), NOW).sort).toEqual([{ field: "publishedAt", direction: "desc" }]);
    expect(browseQuery("scenarios", parse("scenarios", "sort=budget"), NOW).sort).toEqual([{ field: "budgetMax", direction: "desc" }]);
    expect(browseQuery("solutions", parse("solutions", "sort=trl"), NOW).sort).toEqual([{ field: "trl", direction: "desc" }]);
    expect(browseQuery("solutions", parse("solutions", "sort=price"), NOW).sort).toEqual([{ field: "priceMin", direction: "asc" }]);
    expect(browseQuery("solutions", parse("solutions", "q=drone"), NOW).sort).toBeUndefined();
    // Relevance on /scenarios: those taking bids first, relevance deciding within each group (the engines rank by
    // the sort first, then by relevance).
    for (const search of ["q=drone", "q=drone&sort=relevance"]) {
      expect(browseQuery("scenarios", parse("scenarios", search), NOW).sort, search).toEqual([{ field: "openForBids", direction: "desc" }]);
    }
  });

  it("plans one query for results, one per facet with a selection and one per deadline bucket", () => {
    const state = parse("scenarios", "q=港口&district=LANSHAN&mode=CHALLENGE&mode=OPEN_CALL");
    const plan = planBrowse("scenarios", state, NOW);
    expect(plan.map((item) => (item.role === "facet" ? `facet:${item.param}` : item.role === "deadline" ? `deadline:${item.bucket}` : item.role))).toEqual([
      "results",
      "facet:district",
      "facet:mode",
      "deadline:open",
      "deadline:30d",
      "deadline:90d",
      "deadline:finished",
    ]);
    expect(plan[0]!.query.facets).toEqual(["category", "firstUnitTypes", "budgetBands", "status"]);
    expect(plan[1]!.query).toEqual({ index: "scenarios", q: "港口", filter: { and: [PUBLIC_STATUS, { field: "mode", in: ["CHALLENGE", "OPEN_CALL"] }] }, facets: ["district"], page: 1, pageSize: 0 });
    expect(plan[3]!.query.filter).toEqual({ and: [browseFilter("scenarios", state, NOW, "deadline"), deadlineFilter("open", NOW)] });
    expect(planBrowse("solutions", emptyState(), NOW)).toHaveLength(1);
  });

  it("leaves withdrawn documents out of every query, hits and counts alike", () => {
    const withdrawn = ["s1", "s2"];
    const exclusion = withdrawnFilter(withdrawn);
    expect(exclusion).toEqual({ not: { field: "id", in: ["s1", "s2"] } });
    const state = parse("scenarios", "district=LANSHAN");
    const plan = planBrowse("scenarios", state, NOW, { withdrawn });
    expect(plan).toHaveLength(6);
    expect(plan[0]!.query.filter).toEqual({ and: [browseFilter("scenarios", state, NOW), exclusion] });
    expect(plan[1]!.query.filter).toEqual({ and: [browseFilter("scenarios", state, NOW, "district"), exclusion] });
    for (const item of plan) expect(JSON.stringify(item.query.filter)).toContain(JSON.stringify(exclusion));
    expect(planBrowse("solutions", emptyState(), NOW, { withdrawn })[0]!.query.filter).toEqual(exclusion);
    expect(withdrawnFilter([])).toBeUndefined();
  });
});

describe("links", () => {
  const state = parse("scenarios", "q=无人机&district=LANSHAN&budgetFrom=10&sort=deadline&page=4");

  it("round-trip: a state's link parses back to the same state", () => {
    for (const [kind, search] of [
      ["scenarios", "q=无人机 巡检&category=DIGITAL&category=MARINE&district=LANSHAN&budget=1000%2B&budgetFrom=10&budgetTo=20&deadline=90d&sort=budget&page=2"],
      ["solutions", "q=drone&tier=STARTUP&independentInnovation=1&price=0-50&trlMin=4&sort=trl&page=7"],
    ] as const) {
      const parsed = parse(kind, search);
      expect(parse(kind, browseHref(kind, parsed).split("?")[1] ?? "")).toEqual(parsed);
    }
    expect(browseHref("solutions", emptyState())).toBe("/solutions");
  });

  it("toggles a facet value on and off, back to page 1", () => {
    const added = toggleFacetHref("scenarios", state, "district", "JUXIAN");
    expect(added).toBe("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&district=LANSHAN&district=JUXIAN&budgetFrom=10&sort=deadline");
    const removed = toggleFacetHref("scenarios", state, "district", "LANSHAN");
    expect(parse("scenarios", removed.split("?")[1]!)).toEqual({ ...state, facets: {}, page: 1 });
  });

  it("changes sort (back to page 1) and page (keeping everything else)", () => {
    expect(parse("scenarios", sortHref("scenarios", state, "budget").split("?")[1]!)).toEqual({ ...state, sort: "budget", page: 1 });
    expect(parse("scenarios", pageHref("scenarios", state, 5).split("?")[1]!)).toEqual({ ...state, page: 5 });
    expect(pageHref("scenarios", state, 1)).not.toContain("page=");
    expect(pageHref("scenarios", state, 10_000)).toContain(`page=${MAX_PAGE}`);
  });

  it("clears all filters but keeps the words and the sort", () => {
    expect(clearFiltersHref("scenarios", state)).toBe("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&sort=deadline");
  });

  it("sends a form with empty fields to its short link, and leaves any other address alone", () => {
    const sent = (search: string) => canonicalFormHref("scenarios", new URLSearchParams(search));
    expect(sent("q=无人机&deadline=&budgetFrom=&budgetTo=&sort=deadline")).toBe("/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&sort=deadline");
    expect(sent("q=")).toBe("/scenarios");
    expect(sent("q")).toBe("/scenarios"); // a bare name is an empty value too
    expect(sent("district=LANSHAN&district=&page=2")).toBe("/scenarios?district=LANSHAN&page=2");
    // An amount the page cannot use stays, to be said next to its box.
    expect(sent("budgetFrom=abc&budgetTo=")).toBe("/scenarios?budgetFrom=abc");
    // What it leads to is never sent on again: no loop.
    for (const search of ["q=无人机&deadline=&sort=deadline", "q=", "budgetFrom=abc&budgetTo="]) {
      expect(canonicalFormHref("scenarios", new URL(sent(search)!, "http://x").searchParams), search).toBeNull();
    }
    expect(sent("q=无人机&district=LANSHAN")).toBeNull();
    expect(sent("")).toBeNull();
  });

  it("searches a suggestion instead where the words found nothing, or fewer than it finds, and the address has nothing else to say", () => {
    // What the page reads from an address, as answerBrowseRequest reads it.
    const request = (search: string) => {
      const params = new URLSearchParams(search);
      const { state, ...read } = readBrowseRequest("scenarios", params);
      return { state, fromAddress: { ...read, ignoredFilters: ignoredFilterValues("scenarios", params, state) } };
    };
    const nothing = (search: string) => ({ state: request(search).state, total: 0, error: null as string | null, suggestion: "inspection" as string | null, suggestionSearchedInstead: true, suggestionCount: 3 });
    const insteadOf = (search: string, result = nothing(search)) => searchInsteadHref("scenarios", result, request(search).fromAddress);
    expect(insteadOf("q=inspect&district=LANSHAN&page=3")).toBe("/scenarios?q=inspection&district=LANSHAN&typed=inspect");
    // Found fewer than the suggestion (typo tolerance finds a misspelt word in English records only, without the
    // glossary's Chinese): its results instead, from the first page only; the way back is not searched instead.
    expect(insteadOf("q=inspect", { ...nothing("q=inspect"), total: 1 })).toBe("/scenarios?q=inspection&typed=inspect");
    expect(insteadOf("q=inspect&page=2", { ...nothing("q=inspect&page=2"), total: 30 })).toBeNull();
    expect(insteadOf("q=inspect&asTyped=inspect", { ...nothing("q=inspect&asTyped=inspect"), total: 1 })).toBeNull();
    expect(insteadOf("q=inspect&asTyped=inspect")).toBeNull();
    // It names the words it keeps: once other words are searched it means nothing.
    expect(insteadOf("q=inspecting&asTyped=inspect", { ...nothing("q=inspecting&asTyped=inspect"), total: 1 })).toBe("/scenarios?q=inspection&typed=inspecting");
    expect(searchAsTyped("scenarios", request("q=inspection&district=LANSHAN&typed=inspect").state, "inspect")).toBe("/scenarios?q=inspect&district=LANSHAN&asTyped=inspect");
    // The search form (a hidden field) and its canonical link keep it while the box holds the same words.
    expect(formHref("scenarios", new URLSearchParams("q=inspect&asTyped=inspect&sort=newest&deadline="))).toBe("/scenarios?q=inspect&sort=newest&asTyped=inspect");
    expect(formHref("scenarios", new URLSearchParams("q=inspecting&asTyped=inspect&sort=newest"))).toBe("/scenarios?q=inspecting&sort=newest");
    // Found as many or more, refused, or nothing to suggest: the page itself.
    expect(insteadOf("q=inspect", { ...nothing("q=inspect"), total: 3 })).toBeNull();
    expect(insteadOf("q=inspect", { ...nothing("q=inspect"), error: "invalid" })).toBeNull();
    expect(insteadOf("q=inspect", { ...nothing("q=inspect"), suggestion: null })).toBeNull();
    // A suggestion that only guesses (a completion: "Pre-A" → "prediction-A") is offered, never searched instead.
    expect(insteadOf("q=insp", { ...nothing("q=insp"), suggestionSearchedInstead: false })).toBeNull();
    // Already searched instead: never again.
    expect(insteadOf("q=inspection&typed=inspect")).toBeNull();
    // Something else to say about the address, which a new one would lose: an amount, a reversed range, a cut
    // query, a filter value the page could not use (a QA review found the last dropped by the redirect).
    for (const search of ["q=inspect&budgetFrom=abc", "q=inspect&budgetFrom=20&budgetTo=10", `q=inspect${" drone".repeat(30)}`, "q=inspect&district=NOWHERE", "q=inspect&sort=NOPE"]) {
      expect(insteadOf(search), search).toBeNull();
    }
  });

  it("names the filter values of an address its state left out, each once, at most a hundred", () => {
    const ignored = (kind: BrowseKind, search: string) => {
      const params = new URLSearchParams(search);
      return ignoredFilterValues(kind, params, readBrowseRequest(kind, params).state);
    };
    expect(ignored("scenarios", "district=LANSHAN&district=NOWHERE&district=NOWHERE&mode=CHALLENGE&deadline=zzz&sort=NOPE&page=x")).toEqual([
      { param: "district", value: "NOWHERE" },
      { param: "deadline", value: "zzz" },
      { param: "sort", value: "NOPE" },
    ]);
    expect(ignored("solutions", "deadline=open&trlMin=0&independentInnovation=true")).toEqual([
      { param: "independentInnovation", value: "true" },
      { param: "deadline", value: "open" },
      { param: "trlMin", value: "0" },
    ]);
    // The other list's filters are none of this page's (a link copied across, or edited by hand).
    expect(ignored("scenarios", "tier=STARTUP&independentInnovation=1&district=LANSHAN")).toEqual([
      { param: "tier", value: "STARTUP" },
      { param: "independentInnovation", value: "1" },
    ]);
    expect(ignored("solutions", "mode=CHALLENGE&budget=0-50&district=LANSHAN")).toEqual([
      { param: "mode", value: "CHALLENGE" },
      { param: "budget", value: "0-50" },
    ]);
    expect(ignored("scenarios", `district=${"X".repeat(80)}`)[0]!.value).toHaveLength(40);
    expect(ignored("scenarios", Array.from({ length: 9 }, (_, i) => `district=D${i}`).join("&"))).toHaveLength(9);
    expect(ignored("scenarios", Array.from({ length: 300 }, (_, i) => `district=D${i}`).join("&"))).toHaveLength(100);
    // What the page uses, or reads under an older name, is nothing to say.
    expect(ignored("scenarios", "district=LANSHAN&deadline=open&sort=deadline&open=1&district=&q=无人机")).toEqual([]);
    expect(ignored("solutions", "independentInnovation=1&trlMin=4&sort=trl&recognised=1")).toEqual([]);
    // Whatever the state left out, by whichever rule: " 5" is no floor the page reads.
    expect(ignored("solutions", "trlMin=%205")).toEqual([{ param: "trlMin", value: "5" }]);
    expect(readBrowseRequest("solutions", new URLSearchParams("trlMin=%205")).state.trlMin).toBeNull();
  });

  it("reads the words a page searched instead of as they were typed, cut like a query", () => {
    expect(readBrowseRequest("scenarios", new URLSearchParams("q=inspection&typed=inspect")).searchedInsteadOf).toBe("inspect");
    expect(readBrowseRequest("scenarios", new URLSearchParams("q=inspection&typed=")).searchedInsteadOf).toBeNull();
    expect(Array.from(readBrowseRequest("scenarios", new URLSearchParams(`typed=${"无".repeat(300)}`)).searchedInsteadOf!).length).toBe(MAX_QUERY_LENGTH);
  });

  it("lists active filters, each with the link that removes only it", () => {
    const list = activeFilters("scenarios", state);
    expect(list.map((item) => item.type)).toEqual(["q", "facet", "from"]);
    const withoutQ = parse("scenarios", list[0]!.href.split("?")[1]!);
    expect(withoutQ).toEqual({ ...state, q: "", page: 1 });
    expect(parse("scenarios", list[1]!.href.split("?")[1]!).facets).toEqual({});
    expect(parse("scenarios", list[2]!.href.split("?")[1]!).from).toBeNull();
  });
});

describe("filters named in the query", () => {
  // As the server reads a query: jieba, Traditional characters as Simplified.
  const reading = { segmentChinese, simplify: simplifiedChinese };
  const categories = [
    { code: "LOW_ALTITUDE", nameZh: "低空应用", nameEn: "Low-altitude economy" },
    { code: "SMART_MANUFACTURING", nameZh: "智能制造", nameEn: "Smart manufacturing" },
    { code: "PUBLIC_SAFETY", nameZh: "公共安全与民生", nameEn: "Public safety and livelihoods" },
    { code: "HEALTH", nameZh: "生物医药与健康", nameEn: "Biomedicine and health" },
    { code: "GREEN_LOW_CARBON", nameZh: "绿色低碳", nameEn: "Green and low-carbon" },
    { code: "OTHER", nameZh: "其他", nameEn: "Other" },
  ];
  const label = (filter: NamedFilter) => [filter.filters.map(({ param }) => param).join("+"), filter.filters.map(({ value }) => value).join("+")];
  const named = (kind: BrowseKind, search: string) => filtersNamedInQuery(kind, parse(kind, search), [], reading).map((filter) => [...label(filter), browseHref(kind, filter.state)]);
  const offered = (kind: BrowseKind, search: string) => filtersNamedInQuery(kind, parse(kind, search), categories, reading).map((filter) => [...label(filter), filter.state.q]);
  const rest = (kind: BrowseKind, q: string) => filtersNamedInQuery(kind, parse(kind, `q=${encodeURIComponent(q)}`), categories, reading).map((filter) => filter.state.q);

  it("takes the naming words out of the query and applies the filter instead", () => {
    expect(named("scenarios", "q=首台套 港口")).toEqual([["firstUnit", "FIRST_SET", "/scenarios?q=%E6%B8%AF%E5%8F%A3&firstUnit=FIRST_SET"]]);
    // The policy's spelling with full-width brackets is taken whole (not 首台, leaving "（套）" in the query).
    expect(named("scenarios", "q=首台（套）")).toEqual([["firstUnit", "FIRST_SET", "/scenarios?firstUnit=FIRST_SET"]]);
    expect(named("scenarios", "q=揭榜挂帅首版次")).toEqual([
      // Both at once first, then each alone (linked only where both together find nothing), no name left.
      ["firstUnit+mode", "FIRST_VERSION+CHALLENGE", "/scenarios?mode=CHALLENGE&firstUnit=FIRST_VERSION"],
      ["firstUnit", "FIRST_VERSION", "/scenarios?firstUnit=FIRST_VERSION"],
      ["mode", "CHALLENGE", "/scenarios?mode=CHALLENGE"],
    ]);
    expect(named("solutions", "q=首批次")).toEqual([["firstUnitType", "FIRST_BATCH", "/solutions?firstUnitType=FIRST_BATCH"]]);
  });

  it("offers no filter whose name is in a term the query leaves out (a code review: -\"无人机 岚山\" offered 岚山)", () => {
    for (const q of ["港口 -岚山", '港口 -"岚山"', '港口 -"无人机 岚山"', "港口 -无人机岚山", '港口 -"智慧港口 首台套"', "港口 -drone,lanshan", "港口 ——无人机岚山"]) {
      expect(rest("scenarios", q), q).toEqual([]);
    }
    // Outside the excluded term the name is a name as before.
    expect(rest("scenarios", "岚山 港口 -无人机")).toEqual(["港口 -无人机"]);
    expect(rest("scenarios", '"智慧港口" -无人机 首台套')).toEqual(['"智慧港口" -无人机']);
  });

  it("keeps the other filters and drops a relevance sort that no longer has words", () => {
    expect(named("scenarios", "q=揭榜挂帅&sort=relevance&district=JUXIAN")).toEqual([["mode", "CHALLENGE", "/scenarios?district=JUXIAN&mode=CHALLENGE"]]);
    expect(named("scenarios", "q=无人机 巡检")).toEqual([]);
    expect(named("solutions", "q=揭榜挂帅")).toEqual([]);
  });

  it("offers a value already selected as the page without its naming words (a QA review: 东港区 无人机 under 东港区 found nothing)", () => {
    expect(named("scenarios", "q=东港区 无人机&district=DONGGANG")).toEqual([["district", "DONGGANG", "/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&district=DONGGANG"]]);
    expect(named("scenarios", "q=揭榜挂帅&mode=CHALLENGE")).toEqual([["mode", "CHALLENGE", "/scenarios?mode=CHALLENGE"]]);
    // With another value named, that one is offered, the selected one's words gone from every offer.
    expect(offered("scenarios", "q=东港区 低空应用 无人机&district=DONGGANG")).toEqual([["category", "LOW_ALTITUDE", "无人机"]]);
  });

  it("offers a named value in place of a value of the same facet the query does not name (a QA review: 岚山区 under 东港区 gave both)", () => {
    expect(named("scenarios", "q=无人机 岚山区&district=DONGGANG")).toEqual([["district", "LANSHAN", "/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA&district=LANSHAN"]]);
    // A value the query names too stays beside it; other facets' filters stay as they are.
    expect(named("scenarios", "q=东港区 岚山区&district=DONGGANG&mode=CHALLENGE")).toEqual([["district", "LANSHAN", "/scenarios?district=DONGGANG&district=LANSHAN&mode=CHALLENGE"]]);
  });

  it("offers the category, district or tier a query names, in either language (records seldom say them)", () => {
    expect(offered("scenarios", "q=低空应用")).toEqual([["category", "LOW_ALTITUDE", ""]]);
    expect(offered("scenarios", "q=low-altitude economy drone")).toEqual([["category", "LOW_ALTITUDE", "drone"]]);
    // The other words keep their case.
    expect(offered("scenarios", "q=IoT 低空应用")).toEqual([["category", "LOW_ALTITUDE", "IoT"]]);
    expect(offered("solutions", "q=Smart Manufacturing")).toEqual([["category", "SMART_MANUFACTURING", ""]]);
    expect(offered("scenarios", "q=东港区")).toEqual([["district", "DONGGANG", ""]]);
    expect(offered("scenarios", "q=岚山 港口")).toEqual([["district", "LANSHAN", "港口"]]);
    expect(offered("scenarios", "q=五莲县")).toEqual([["district", "WULIAN", ""]]);
    expect(offered("solutions", "q=高新技术企业 无人机")).toEqual([["tier", "HIGH_TECH", "无人机"]]);
    // Short and English forms people type (QA reviews: "High-tech Zone", "SME", "startup", "first set",
    // "challenge", 东港, "Specialised & innovative" as the facet shows it were not read).
    expect(offered("scenarios", "q=High-tech Zone")).toEqual([["district", "HIGH_TECH_ZONE", ""]]);
    expect(offered("scenarios", "q=Juxian port")).toEqual([["district", "JUXIAN", "port"]]);
    expect(offered("scenarios", "q=东港 无人机")).toEqual([["district", "DONGGANG", "无人机"]]);
    expect(offered("solutions", "q=SMEs drones")).toEqual([["tier", "TECH_SME", "drones"]]);
    expect(offered("solutions", "q=start-up robots")).toEqual([["tier", "STARTUP", "robots"]]);
    expect(offered("solutions", "q=high-tech enterprises")).toEqual([["tier", "HIGH_TECH", ""]]);
    expect(offered("solutions", "q=高企 无人机")).toEqual([["tier", "HIGH_TECH", "无人机"]]);
    expect(offered("scenarios", "q=first-set port")).toEqual([["firstUnit", "FIRST_SET", "port"]]);
    expect(offered("scenarios", "q=open call drone")).toEqual([["mode", "OPEN_CALL", "drone"]]);
    expect(offered("solutions", "q=Specialised %26 innovative (专精特新)")).toEqual([["qualification", "SPECIALIZED", ""]]);
    expect(offered("solutions", "q=Specialised %26 innovative – 专精特新")).toEqual([["qualification", "SPECIALIZED", ""]]);
    // A category's name of two parts goes by its first where that says enough alone (a QA review: 公共安全 东港区
    // found nothing); not by the second (健康 is in 设备健康监测), nor by a lone English word ("green").
    expect(offered("scenarios", "q=公共安全 东港区")[0]).toEqual(["category+district", "PUBLIC_SAFETY+DONGGANG", ""]);
    expect(offered("scenarios", "q=public safety drones")).toEqual([["category", "PUBLIC_SAFETY", "drones"]]);
    expect(offered("scenarios", "q=生物医药 大模型")).toEqual([["category", "HEALTH", "大模型"]]);
    expect(offered("scenarios", "q=设备健康监测")).toEqual([]);
    expect(offered("scenarios", "q=green hydrogen")).toEqual([]);
    // Traditional characters are read as Simplified (a QA review: 東港區 was not offered).
    expect(offered("scenarios", "q=東港區 無人機")).toEqual([["district", "DONGGANG", "無人機"]]);
    expect(offered("solutions", "q=專精特新")).toEqual([["qualification", "SPECIALIZED", ""]]);
    // Not inside other words: 山东港口 holds 东港 (the segmenter cuts 山东 | 港口), "ju" is no "Ju County", 其他
    // names no kind of record; the tier is not a scenario's facet.
    expect(offered("scenarios", "q=山东港口集团")).toEqual([]);
    expect(offered("scenarios", "q=jukebox 其他")).toEqual([]);
    expect(offered("scenarios", "q=高新技术企业")).toEqual([]);
    // A name inside a longer one the query holds is that one's: the giants, not also the 专精特新 list.
    expect(offered("solutions", "q=专精特新小巨人")).toEqual([["qualification", "LITTLE_GIANT", ""]]);
    // So does the facet's own label, with its quotes, and the two words apart (a QA review: both found nothing).
    for (const giants of ["专精特新“小巨人”", '专精特新"小巨人"', "专精特新 小巨人"]) {
      expect(offered("solutions", `q=${encodeURIComponent(giants)}`), giants).toEqual([["qualification", "LITTLE_GIANT", ""]]);
    }
    expect(offered("solutions", "q=专精特新 无人机")).toEqual([["qualification", "SPECIALIZED", "无人机"]]);
    expect(offered("scenarios", "q=日照高新技术产业开发区")).toEqual([["district", "HIGH_TECH_ZONE", ""]]);
    // A Chinese name only where the segmenter cuts the query at its edges: 五莲山 is a mountain, not 五莲 and 山
    // (a QA review: it was offered 五莲县 with q=山); 岚山港区 is 岚山 and 港区.
    expect(offered("scenarios", "q=五莲山 景区")).toEqual([]);
    expect(offered("scenarios", "q=岚山港区 巡检")).toEqual([["district", "LANSHAN", "港区 巡检"]]);
  });

  it("offers every combination of the values named, the most filters first; a value named twice loses both names", () => {
    // A QA review: each alone kept the other's name as words no record has, so neither was offered.
    expect(offered("scenarios", "q=低空应用 东港区")).toEqual([
      ["category+district", "LOW_ALTITUDE+DONGGANG", ""],
      ["category", "LOW_ALTITUDE", ""],
      ["district", "DONGGANG", ""],
    ]);
    // Three names: the three, the three pairs, each alone, none searching for a name left out (a QA review:
    // 低空应用 + 岚山 searched for the words 首台套 and found nothing).
    expect(offered("scenarios", "q=低空应用 岚山 首台套 无人机")).toEqual([
      ["category+firstUnit+district", "LOW_ALTITUDE+FIRST_SET+LANSHAN", "无人机"],
      ["category+firstUnit", "LOW_ALTITUDE+FIRST_SET", "无人机"],
      ["category+district", "LOW_ALTITUDE+LANSHAN", "无人机"],
      ["firstUnit+district", "FIRST_SET+LANSHAN", "无人机"],
      ["category", "LOW_ALTITUDE", "无人机"],
      ["firstUnit", "FIRST_SET", "无人机"],
      ["district", "LANSHAN", "无人机"],
    ]);
    expect(offered("solutions", "q=高新技术企业 专精特新 巡检")[0]).toEqual(["tier+qualification", "HIGH_TECH+SPECIALIZED", "巡检"]);
    // Two districts are either of them; the connective goes with a name it joins to another.
    expect(offered("scenarios", "q=岚山和东港区 无人机")).toEqual([
      ["district+district", "DONGGANG+LANSHAN", "无人机"],
      ["district", "DONGGANG", "无人机"],
      ["district", "LANSHAN", "无人机"],
    ]);
    // One value in two languages, or twice (a QA review: 岚山区 Lanshan kept 岚山区 as words).
    expect(offered("scenarios", "q=岚山区 Lanshan")).toEqual([["district", "LANSHAN", ""]]);
    expect(offered("scenarios", "q=低空应用 低空应用")).toEqual([["category", "LOW_ALTITUDE", ""]]);
    expect(offered("scenarios", "q=东港区 Donggang 无人机")).toEqual([["district", "DONGGANG", "无人机"]]);
  });

  it("names a nested facet's value instead of the one selected: the giants are all 专精特新", () => {
    // A QA review: 小巨人 under 专精特新 was offered as both ticked, which lists every 专精特新 firm.
    expect(named("solutions", "q=小巨人 巡检&qualification=SPECIALIZED")).toEqual([
      ["qualification", "LITTLE_GIANT", "/solutions?q=%E5%B7%A1%E6%A3%80&qualification=LITTLE_GIANT"],
    ]);
    // Both named apart: each is offered, never the two together (which would be the 专精特新 list under both names).
    expect(named("solutions", "q=专精特新 巡检 小巨人").map(([, values]) => values)).toEqual(["LITTLE_GIANT", "SPECIALIZED"]);
  });

  it("links only offers that find something, and not one whose filters a kept offer has all of", () => {
    const offer = (count: number, ...values: string[]): NamedFilter & { count: number } => ({
      filters: values.map((value) => ({ param: value.length > 6 ? "category" : "district", value })),
      state: parse("scenarios", ""),
      count,
    });
    const kept = (offers: (NamedFilter & { count: number })[]) => offeredNamedFilters(offers).map((one) => one.filters.map(({ value }) => value).join("+"));
    expect(kept([offer(2, "LOW_ALTITUDE", "DONG"), offer(5, "LOW_ALTITUDE"), offer(1, "DONG")])).toEqual(["LOW_ALTITUDE+DONG"]);
    // The pair finds nothing (a QA review: then nothing was offered): each alone that finds something.
    expect(kept([offer(0, "LOW_ALTITUDE", "DONG"), offer(5, "LOW_ALTITUDE"), offer(0, "DONG")])).toEqual(["LOW_ALTITUDE"]);
    // Three names: the pairs that find something, and a single outside them.
    expect(
      kept([offer(0, "LOW_ALTITUDE", "DONG", "LAN"), offer(2, "LOW_ALTITUDE", "DONG"), offer(0, "LOW_ALTITUDE", "LAN"), offer(1, "DONG", "LAN"), offer(3, "LOW_ALTITUDE"), offer(4, "DONG"), offer(5, "LAN")]),
    ).toEqual(["LOW_ALTITUDE+DONG", "DONG+LAN"]);
  });

  it("leaves no leftovers of a name in the offered query: separators, 的, connectives, stop words", () => {
    // A QA review: (低空应用) → q=( ), 的 东港区 → q=的, 首台 套 → q=套, 岚山港 粉尘 → q=港 粉尘.
    expect(rest("scenarios", "(低空应用)")).toEqual([""]);
    expect(rest("scenarios", "（低空应用）")).toEqual([""]);
    expect(rest("scenarios", "的 东港区")).toEqual([""]);
    expect(rest("scenarios", "首台 套")).toEqual([""]);
    // 岚山港 is one word as a search reads it (a lone 港 joins the word before it): no name inside it, no fragment.
    expect(rest("scenarios", "岚山港 粉尘")).toEqual([]);
    expect(rest("scenarios", "无人机（低空应用）")).toEqual(["无人机"]);
    expect(rest("scenarios", "无人机、低空应用、巡检")).toEqual(["无人机 巡检"]);
    expect(rest("scenarios", "东港区的无人机")).toEqual(["无人机"]);
    expect(rest("scenarios", "drones in Donggang")).toEqual(["drones"]);
    expect(rest("scenarios", "drone inspection in the Low-altitude economy")).toEqual(["drone inspection"]);
    // Words that only look like leftovers stay: 和平 is a word (和 is no connective here), C# keeps its mark,
    // "in" after a name is not the name's, "IN" inside a word is no stop word, 港口 is two characters.
    expect(rest("scenarios", "东港区和平路")).toEqual(["和平路"]);
    expect(rest("scenarios", "C# 东港区")).toEqual(["C#"]);
    expect(rest("scenarios", "PLAIN 东港区")).toEqual(["PLAIN"]);
    expect(rest("scenarios", "岚山区港口")).toEqual(["港口"]);
    // Characters outside the BMP before a name survive the cut whole.
    expect(rest("scenarios", "𠀀港 东港区")).toEqual(["𠀀港"]);
  });
});

describe("highlights", () => {
  it("passes the engine's escaped text with marks when it still shows the current text", () => {
    expect(trustedHighlight("港口<mark>无人机</mark>巡检", "港口无人机巡检")).toBe("港口<mark>无人机</mark>巡检");
    expect(trustedHighlight("…的<mark>无人机</mark>巡检…", "很长的一段文字里的无人机巡检方案")).toBe("…的<mark>无人机</mark>巡检…");
    expect(trustedHighlight("A &amp; B &lt;<mark>drone</mark>&gt;", "A & B <drone>")).toBe("A &amp; B &lt;<mark>drone</mark>&gt;");
  });

  it("refuses anything else: no marks, other tags, stray entities, or text the record no longer has", () => {
    expect(trustedHighlight(undefined, "x")).toBeNull();
    expect(trustedHighlight("plain", "plain")).toBeNull();
    expect(trustedHighlight("<mark>a</mark><img src=x onerror=alert(1)>", "a<img src=x onerror=alert(1)>")).toBeNull();
    expect(trustedHighlight("<mark>a</mark>&#60;script", "a<script")).toBeNull();
    expect(trustedHighlight("旧<mark>标题</mark>", "新标题")).toBeNull();
    // An array field's highlights are not one text.
    expect(trustedHighlight(["<mark>无人机</mark>"], "无人机")).toBeNull();
  });

  it("pairs an array field's highlights with the current list element by element", () => {
    expect(trustedListHighlight(["<mark>无人机</mark>", "巡检"], ["无人机", "巡检"])).toEqual(["<mark>无人机</mark>", null]);
    // An element edited since indexing loses its highlight; the others keep theirs.
    expect(trustedListHighlight(["<mark>无人机</mark>", "<mark>巡检</mark>"], ["无人机", "巡查"])).toEqual(["<mark>无人机</mark>", null]);
    // Nothing marked, a list of another length, or a joined string: none.
    expect(trustedListHighlight(["无人机", "巡检"], ["无人机", "巡检"])).toBeNull();
    expect(trustedListHighlight(["<mark>无人机</mark>"], ["无人机", "巡检"])).toBeNull();
    expect(trustedListHighlight("<mark>无人机</mark>、巡检", ["无人机", "巡检"])).toBeNull();
    expect(trustedListHighlight(undefined, [])).toBeNull();
  });
});

describe("the deadline sort on the engine", () => {
  const row = (id: string, status: ScenarioDocRow["status"], deadline: number): ScenarioDocRow => ({
    id,
    title: `场景 ${id}`,
    summary: "",
    description: "",
    tags: [],
    industryChain: [],
    district: "DONGGANG",
    mode: "OPEN_CALL",
    status,
    expectedFirstUnitTypes: [],
    budgetMin: 10,
    budgetMax: 100,
    deadline: new Date(deadline),
    publishedAt: new Date(NOW - 200 * DAY),
    createdAt: new Date(NOW - 200 * DAY),
    orgId: "org",
    org: { name: "日照港集团" },
    category: { code: "DIGITAL" },
  });

  it("indexes a record's text without invisible format characters, as both engines read it", () => {
    const pasted = { ...row("pasted", "PUBLISHED", NOW + DAY), title: "无\u200B人机巡检", tags: ["低空\u00AD应用"], org: { name: "\uFEFF日照港集团" } };
    const doc = scenarioSearchDoc(pasted, new Date(NOW));
    expect([doc.title, doc.tags, doc.orgName]).toEqual(["无人机巡检", ["低空应用"], "日照港集团"]);
  });

  it("lists the scenarios still open for bids first, soonest deadline first, then the finished ones", async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS);
    const rows = [
      row("awarded", "AWARDED", NOW - 90 * DAY),
      row("open-late", "PUBLISHED", NOW + 60 * DAY),
      row("closed", "CLOSED", NOW - 30 * DAY),
      row("open-soon", "PUBLISHED", NOW + 5 * DAY),
      row("unawarded", "UNAWARDED", NOW - 60 * DAY),
      // Past its deadline, not closed by the deadline job yet: finished, as the deadline buckets say.
      row("expired", "PUBLISHED", NOW - DAY),
    ];
    await engine.upsert(SCENARIO_INDEX, rows.map((one) => scenarioSearchDoc(one, new Date(NOW))));
    const [results] = planBrowse("scenarios", parse("scenarios", "sort=deadline"), NOW);
    const { hits } = await engine.search(SCENARIO_INDEX, results!.query);
    expect(hits.map((hit) => hit.id)).toEqual(["open-soon", "open-late", "awarded", "unawarded", "closed", "expired"]);
  });
});
