/**
 * Matching in the app: recommended solutions for an SOE's scenario and recommended open scenarios for a
 * firm, through the search engine and the same functions the evaluation measures (engine-matching.ts).
 *
 *   recommendSolutionsForScenario(scenarioId, viewerOrgId) — the scenario's own organisation only
 *   recommendScenariosForFirm(orgId)                       — open scenarios for the firm's solutions
 *   recommendScenariosForSolution(orgId, solutionId)       — open scenarios for one of them
 *
 * Visibility: the indexes hold only public records, and every recommended record is re-read from the
 * database with the public rule before it is shown, so a record hidden a moment ago (the index may lag by
 * up to a second) never appears. The record being matched is read from the database (it may be a draft:
 * its owners see recommendations while they write it).
 *
 * Term statistics (document frequencies of each side, for key terms and text relevance, and a sample of
 * each side for the latent semantic space) are built from the public records and cached per process (see
 * termStatistics); they change slowly, and a stale IDF only shifts weights slightly.
 */
import { invitableSolutionWhere, invitedFirmIds, mayBidInModeWhere } from "~/modules/bids/bids.server";
import { openForBidsWhere } from "~/modules/scenarios/scenario-transitions";
import { SCENARIO_DOC_SELECT, SOLUTION_DOC_SELECT, allSearchDocs, publicRecordsVersion, scenarioSearchDoc, type PublicRecordsVersion, solutionSearchDoc, type SolutionDocRow } from "~/modules/search/documents.server";
import { SCENARIO_INDEX, SOLUTION_INDEX, type IndexName, type ScenarioSearchDoc, type SolutionSearchDoc } from "~/modules/search/indexes";
import type { FilterTree } from "~/modules/search/search-engine";
import { getSearchEngine, searchIndexesReadyForRequest } from "~/modules/search/search-service.server";
import { listCategoryNames } from "~/modules/scenarios/scenarios.server";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import { latentSpaceStillServes, matchScenarios, matchSolutions, type Match, type MatchStatistics } from "./engine-matching";
import type { LatentSemanticModel } from "./latent-semantics";
import { TermStatisticsBuilder, latentModelOf, type TermStatistics } from "./text-relevance";
import type { Reason } from "./score";

export const STATISTICS_TTL_MS = 10 * 60_000;
/** Up to this many public records, changed statistics are rebuilt before answering (see termStatistics). */
export const SYNCHRONOUS_REBUILD_LIMIT = 5_000;
export const RECOMMENDATION_LIMIT = 10;
/**
 * How many of a firm's solutions its dashboard matches (see recommendScenariosForFirm): each is one match
 * (bench:search: p95 ≈ 30 ms at 100k records), so the dashboard stays under about half a second. It was 8,
 * and the demo firm's ninth solution — with the best open opportunity of all — never reached its dashboard.
 */
export const FIRM_SOLUTIONS_MATCHED = 16;

/**
 * `builtAt`: when the build began; `version`: the public records' as it began (one changed during the build makes
 * the next request rebuild); `versionReadAt`: when a request last compared it with the database's.
 */
type CachedStatistics = {
  builtAt: number;
  version: Promise<PublicRecordsVersion>;
  stats: Promise<TermStatistics>;
  refreshing?: Promise<TermStatistics>;
  versionReadAt?: number;
  /** A large index's comparison under way in the background (awaited by tests only). */
  versionCheck?: Promise<void>;
};

/**
 * A large index (above SYNCHRONOUS_REBUILD_LIMIT) reads its version at most this often, in the background — the
 * fingerprint reads every public record's key: about 0.1 s at 100k — and rebuilds at most once in
 * MIN_BACKGROUND_REBUILD_INTERVAL_MS: where records are edited every few seconds, a rebuild per edit would read every
 * public record back to back (a code review). New words reach retrieval within about a minute there; a small index
 * reads its version on each request and rebuilds with every change, before answering.
 */
export const VERSION_READ_INTERVAL_MS = 5_000;
export const MIN_BACKGROUND_REBUILD_INTERVAL_MS = 60_000;

declare global {
  // eslint-disable-next-line no-var
  var __sceneBridgeTermStatistics: Map<IndexName, CachedStatistics> | undefined;
}

/**
 * Streams the public records into the statistics: the work is done a database page (500 records) at a time,
 * between reads, so a rebuild at 100k records never holds the event loop for seconds.
 */
async function buildStatistics(index: IndexName): Promise<TermStatistics> {
  const builder = new TermStatisticsBuilder();
  for await (const doc of allSearchDocs(index)) builder.add(doc as ScenarioSearchDoc | SolutionSearchDoc);
  return builder.build();
}

/**
 * Term statistics of the public records of one index, cached per process. When they are older than
 * STATISTICS_TTL_MS, or the public records changed (publicRecordsVersion: one published, edited or withdrawn),
 * they are rebuilt — in the background while the old ones keep serving when the index is large (a rebuild reads
 * every public record: seconds at 100k; see VERSION_READ_INTERVAL_MS), and waited for when it is small or the
 * cache is empty.
 */
export async function termStatistics(index: IndexName, now = Date.now()): Promise<TermStatistics> {
  globalThis.__sceneBridgeTermStatistics ??= new Map();
  const cache = globalThis.__sceneBridgeTermStatistics;
  const rebuild = (versionRead: PublicRecordsVersion | Promise<PublicRecordsVersion>) => {
    const version = Promise.resolve(versionRead);
    const stats = version.then(() => buildStatistics(index));
    const entry: CachedStatistics = { builtAt: now, version, stats };
    stats.then(
      () => cache.set(index, entry),
      () => cache.get(index)?.refreshing === stats && delete cache.get(index)!.refreshing,
    );
    return stats;
  };
  const cached = cache.get(index);
  if (!cached) {
    // Cached before anything is awaited, so requests arriving meanwhile wait for this one build.
    const version = publicRecordsVersion(index);
    const stats = rebuild(version);
    cache.set(index, { builtAt: now, version, stats });
    stats.catch(() => cache.delete(index));
    return stats;
  }
  const stats = await cached.stats;
  const expired = now - cached.builtAt >= STATISTICS_TTL_MS;
  const changedSinceBuilt = async () => {
    const [builtFrom, current] = await Promise.all([cached.version, publicRecordsVersion(index)]);
    return { changed: builtFrom.count !== current.count || builtFrom.fingerprint !== current.fingerprint, current };
  };
  if (stats.documents > SYNCHRONOUS_REBUILD_LIMIT) {
    // Answered with the statistics it has; whether they are out of date is asked in the background, now and then.
    if (!expired && cached.versionReadAt !== undefined && now - cached.versionReadAt < VERSION_READ_INTERVAL_MS) return stats;
    cached.versionReadAt = now;
    cached.versionCheck = changedSinceBuilt().then(
      ({ changed, current }) => {
        if (expired || (changed && now - cached.builtAt >= MIN_BACKGROUND_REBUILD_INTERVAL_MS)) cached.refreshing ??= rebuild(current);
      },
      (error: unknown) => logger.error("matching statistics: could not read the public records' version", { index, ...errorFields(error) }),
    );
    return stats;
  }
  // Small indexes rebuild at once (a few hundred milliseconds at most), so a record published or edited a moment
  // ago is matched on its own words.
  const { changed, current } = await changedSinceBuilt();
  if (!changed && !expired) return stats;
  return (cached.refreshing ??= rebuild(current));
}

/**
 * Both sides' statistics (text relevance reads the record's side as well as the candidates') and the latent
 * space (latentSpace: rebuilt from them when the marketplace has changed enough, not with every record).
 */
async function matchStatistics(): Promise<MatchStatistics> {
  const [scenarios, solutions] = await Promise.all([termStatistics(SCENARIO_INDEX), termStatistics(SOLUTION_INDEX)]);
  return { scenarios, solutions, latent: await latentSpace(scenarios, solutions) };
}

type ServingLatentSpace = { scenarios: TermStatistics; solutions: TermStatistics; model: LatentSemanticModel; documents: number; builtAt: number };
let servingLatentSpace: ServingLatentSpace | undefined;

/**
 * The latent space matching uses: the one being served while it still serves (latentSpaceStillServes: until the
 * marketplace has changed by a twentieth, or for a day), else one built from the current statistics
 * (latentModelOf builds it once per pair). Building takes a few seconds at 100k records (a sample of 5,000 per
 * side), so a large marketplace keeps matching with the last space built while the new one is built; a small
 * one waits for it (milliseconds).
 */
async function latentSpace(scenarios: TermStatistics, solutions: TermStatistics, now = Date.now()): Promise<LatentSemanticModel> {
  const serving = servingLatentSpace;
  const documents = scenarios.documents + solutions.documents;
  if (serving && ((serving.scenarios === scenarios && serving.solutions === solutions) || latentSpaceStillServes(serving, documents, now))) {
    return serving.model;
  }
  const building = latentModelOf(scenarios, solutions).then((model) => {
    // Two builds of a large marketplace can overlap and end in either order: the later-begun one serves.
    if (!servingLatentSpace || servingLatentSpace.builtAt <= now) servingLatentSpace = { scenarios, solutions, model, documents, builtAt: now };
    return model;
  });
  const large = documents > SYNCHRONOUS_REBUILD_LIMIT;
  if (!large || !serving) return building;
  building.catch(() => {}); // not awaited here; the next request retries (latentModelOf forgets a failed build)
  return serving.model;
}

export type RecommendedSolution = {
  id: string;
  title: string;
  summary: string;
  orgName: string;
  firstUnitType: string | null;
  firstUnitStatus: string;
  trl: number;
  score: number;
  reasons: Reason[];
  invited: boolean;
  /**
   * The firm's other recommended solutions, best first (at most MORE_FROM_FIRM_SHOWN): a firm is invited once, with
   * whichever of its solutions, so it takes one row, under its best one.
   */
  moreFromFirm: { id: string; title: string }[];
};

/** How many of a firm's other recommended solutions its row names (and a firm's card, of its other fitting solutions). */
export const MORE_FROM_FIRM_SHOWN = 3;

/**
 * Recommended solutions for a scenario, for members of the scenario's organisation; null when the viewer's
 * organisation does not own it (the route answers 404). Solutions of the viewer's own organisation and of firms
 * that have bid on the scenario are left out. One row per firm: an SOE invites a firm, once, and a QA review found
 * three of five rows taken by one firm's solutions, two of them turning "已邀请" when the first was invited.
 */
export async function recommendSolutionsForScenario(scenarioId: string, viewerOrgId: string, limit = RECOMMENDATION_LIMIT): Promise<RecommendedSolution[] | null> {
  const row = await prisma.scenario.findFirst({ where: { id: scenarioId, orgId: viewerOrgId }, select: SCENARIO_DOC_SELECT });
  if (!row) return null;
  const engine = getSearchEngine();
  await searchIndexesReadyForRequest(engine); // while they are prepared, the panel is "unavailable for now", logged once a minute
  // A firm that has bid is in the scenario's bids already; inviting it would only tell it what it has done.
  const [bids, stats] = await Promise.all([prisma.bid.findMany({ where: { scenarioId }, select: { orgId: true } }), matchStatistics()]);
  const bidders = [...new Set(bids.map((bid) => bid.orgId))];
  const matches = await matchSolutions(engine, scenarioSearchDoc(row), stats, {
    // Spare ones, for the records the database no longer shows publicly and for firms with several solutions.
    limit: 3 * limit + 5,
    explainedOnly: true,
    filter: { not: { field: "orgId", in: [viewerOrgId, ...bidders] } },
  });
  const ids = matches.map((match) => match.id);
  const [visible, invitedFirms] = await Promise.all([
    prisma.solution.findMany({
      // Re-read with the rule of the invite page: public now, and the firm may bid.
      where: { AND: [invitableSolutionWhere(viewerOrgId), { id: { in: ids } }] },
      select: { id: true, title: true, summary: true, trl: true, firstUnitType: true, firstUnitStatus: true, orgId: true, org: { select: { name: true } } },
    }),
    invitedFirmIds(scenarioId),
  ]);
  const byId = new Map(visible.map((solution) => [solution.id, solution]));
  const rows: RecommendedSolution[] = [];
  const rowOfFirm = new Map<string, RecommendedSolution>();
  for (const [match, solution] of keepVisible(matches, byId)) {
    const firmRow = rowOfFirm.get(solution.orgId);
    if (firmRow) {
      if (firmRow.moreFromFirm.length < MORE_FROM_FIRM_SHOWN) firmRow.moreFromFirm.push({ id: solution.id, title: solution.title });
      continue;
    }
    if (rows.length === limit) continue; // a firm shown already may still have more solutions further down
    const item: RecommendedSolution = {
      id: solution.id,
      title: solution.title,
      summary: solution.summary,
      orgName: solution.org.name,
      firstUnitType: solution.firstUnitType,
      firstUnitStatus: solution.firstUnitStatus,
      trl: solution.trl,
      score: match.score,
      reasons: match.reasons,
      invited: invitedFirms.has(solution.orgId),
      moreFromFirm: [],
    };
    rows.push(item);
    rowOfFirm.set(solution.orgId, item);
  }
  return withCategoryNames(rows);
}

export type RecommendedScenario = {
  id: string;
  title: string;
  summary: string;
  orgName: string;
  deadline: string;
  budgetMin: number;
  budgetMax: number;
  /** The firm's solution this scenario fits best; `draft` until it is published (it cannot go with a bid yet). */
  solution: { id: string; title: string; draft: boolean };
  /** The firm's other matched solutions the scenario was recommended for, best first (at most MORE_FROM_FIRM_SHOWN). */
  alsoMatches: { id: string; title: string; draft: boolean }[];
  /** The scenario's organisation has invited the firm (one of its solutions) to bid: its latest invitation. */
  invitationId: string | null;
  score: number;
  reasons: Reason[];
};

/** A firm's dashboard: its recommendations, and how many of its solutions they were matched from. */
export type FirmRecommendations = {
  items: RecommendedScenario[];
  /** The solutions matched: the most recently edited, at most FIRM_SOLUTIONS_MATCHED. */
  solutionsMatched: number;
  /** The firm's matchable solutions (MATCHABLE_OWN_SOLUTION); when more than were matched, the page says so. */
  solutionsTotal: number;
};

/**
 * The firm's own solutions that are matched: published and draft ones (a firm sees where a draft would fit
 * before it publishes), never archived ones or those a reviewer hid — neither can go with a bid.
 */
const MATCHABLE_OWN_SOLUTION = { status: { in: ["PUBLISHED", "DRAFT"] as ("PUBLISHED" | "DRAFT")[] }, hidden: false };
const OWN_SOLUTION_SELECT = { ...SOLUTION_DOC_SELECT, status: true } as const;
type OwnSolutionRow = SolutionDocRow & { status: string };

/**
 * Open scenarios (published, before their deadline; 定向邀请 ones only where it was invited) for a firm,
 * except those it has already bid on: each of
 * its most recently edited matchable solutions (published or draft, not hidden) is matched, and a scenario appears once, under the
 * solution it fits best. Each solution's own page lists the scenarios for it alone (recommendScenariosForSolution).
 */
export async function recommendScenariosForFirm(orgId: string, limit = RECOMMENDATION_LIMIT, now = new Date()): Promise<FirmRecommendations> {
  const where = { orgId, ...MATCHABLE_OWN_SOLUTION };
  const [rows, solutionsTotal] = await Promise.all([
    prisma.solution.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      // Matching one solution costs up to ~30 ms at 100k records (bench:search) and the dashboard is opened
      // often, so it matches the solutions the firm works on now; the page says when there are more.
      take: FIRM_SOLUTIONS_MATCHED,
      select: OWN_SOLUTION_SELECT,
    }),
    prisma.solution.count({ where }),
  ]);
  return { items: await openScenariosFor(orgId, rows, limit, now), solutionsMatched: rows.length, solutionsTotal };
}

/**
 * Open scenarios for one of the firm's own solutions (published or draft: a firm sees where a draft would fit
 * before it publishes); null when the solution is not the firm's, is archived or was hidden by a reviewer
 * (neither can go with a bid).
 */
export async function recommendScenariosForSolution(orgId: string, solutionId: string, limit = RECOMMENDATION_LIMIT, now = new Date()): Promise<RecommendedScenario[] | null> {
  const row = await prisma.solution.findFirst({ where: { id: solutionId, orgId, ...MATCHABLE_OWN_SOLUTION }, select: OWN_SOLUTION_SELECT });
  if (!row) return null;
  return openScenariosFor(orgId, [row], limit, now);
}

/** The best `limit` open scenarios of other organisations for the firm's `rows`, none it has bid on. */
async function openScenariosFor(orgId: string, rows: OwnSolutionRow[], limit: number, now: Date): Promise<RecommendedScenario[]> {
  if (rows.length === 0) return [];
  const engine = getSearchEngine();
  await searchIndexesReadyForRequest(engine);
  const [stats, bids, invitations] = await Promise.all([
    matchStatistics(),
    prisma.bid.findMany({ where: { orgId }, select: { scenarioId: true } }),
    prisma.bidInvitation.findMany({ where: { solution: { orgId } }, select: { id: true, scenarioId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  // The firm's latest invitation to each scenario (the card says it was invited and leads to it).
  const invitationByScenario = new Map(invitations.map((invitation) => [invitation.scenarioId, invitation.id]));
  // A scenario the firm has bid on is in its bids, not an opportunity to discover (one bid per scenario and
  // firm, whatever became of it), so it makes room for one the firm has not seen.
  const alreadyBid = new Set(bids.map((bid) => bid.scenarioId));
  // A 定向邀请 scenario takes bids from the firms it invited only (mayBidInMode): nobody else is shown one.
  const invitedTo = [...new Set(invitations.map((invitation) => invitation.scenarioId))];
  const notInvitationOnly: FilterTree = { not: { field: "mode", eq: "INVITATION" } };
  const open: FilterTree = {
    and: [
      { field: "status", eq: "PUBLISHED" },
      // A pre-filter: the database re-read below (openForBidsWhere) decides, the deadline's very millisecond included.
      { field: "deadline", range: { gte: now.getTime() } },
      { not: { field: "orgId", eq: orgId } },
      invitedTo.length > 0 ? { or: [notInvitationOnly, { field: "id", in: invitedTo }] } : notInvitationOnly,
    ],
  };
  // In parallel: with Meilisearch the requests overlap; the embedded engine answers each in turn anyway.
  const perSolution = await Promise.all(rows.map((row) => matchScenarios(engine, solutionSearchDoc(row), stats, { limit: limit + 5, filter: open, explainedOnly: true, excludeIds: alreadyBid })));
  const ranked = mergeAcrossSolutions(perSolution.map((matches, i) => ({ solution: { id: rows[i]!.id, title: rows[i]!.title, draft: rows[i]!.status === "DRAFT" }, matches })));
  const visible = await prisma.scenario.findMany({
    where: {
      AND: [
        openForBidsWhere(now),
        mayBidInModeWhere(orgId),
        { id: { in: ranked.map((entry) => entry.match.id) } },
      ],
    },
    select: { id: true, title: true, summary: true, deadline: true, budgetMin: true, budgetMax: true, org: { select: { name: true } } },
  });
  const byId = new Map(visible.map((scenario) => [scenario.id, scenario]));
  return withCategoryNames(ranked
    .filter((entry) => byId.has(entry.match.id))
    .slice(0, limit)
    .map(({ match, solution, others }) => {
      const scenario = byId.get(match.id)!;
      return {
        id: scenario.id,
        title: scenario.title,
        summary: scenario.summary,
        orgName: scenario.org.name,
        deadline: scenario.deadline.toISOString(),
        budgetMin: scenario.budgetMin,
        budgetMax: scenario.budgetMax,
        solution,
        alsoMatches: others,
        invitationId: invitationByScenario.get(scenario.id) ?? null,
        score: match.score,
        reasons: match.reasons,
      };
    }));
}

type FirmSolution = RecommendedScenario["solution"];

/**
 * The scenarios of several solutions' matches (each list best first; the firm's most recently edited solution
 * first), once each: under the solution it fits best, naming the others it fits (a QA review: the SOE's side showed
 * three of the firm's solutions fitting a scenario, the firm's dashboard one), best first.
 *
 * Each solution's scores are relative to its own best candidate, which scores 1 however weak it is: merged by score,
 * a scenario that was one solution's only, weak candidate outranked a close fit of another, and a scenario was shown
 * under the solution it fitted worse (a QA review; the SOE's side named the other one). Across solutions matches compare
 * by their closeness in meaning (the latent cosine: absolute, and the same seen from either side): a scenario is shown
 * under the solution closest to it, and placed in the list no higher than the matches its solution ranks above it, so
 * each solution's own order (with its structured fit) stands.
 */
export function mergeAcrossSolutions<M extends Pick<Match<unknown>, "id" | "score" | "closeness">>(
  perSolution: readonly { solution: FirmSolution; matches: readonly M[] }[],
): { match: M; solution: FirmSolution; others: FirmSolution[] }[] {
  // `closeness`: the pair's own, to choose the solution a scenario is shown under; `position`: capped by the matches its
  // solution ranks above it, for the list. A match the space gives no closeness (a record with no word the space
  // knows) takes the cap of those above it, and none at all if it is its solution's first.
  type Fit = { match: M; solution: FirmSolution; closeness: number; position: number };
  const fitsByScenario = new Map<string, Fit[]>();
  for (const { solution, matches } of perSolution) {
    let cap = Number.POSITIVE_INFINITY;
    for (const match of matches) {
      if (match.closeness !== null) cap = Math.min(cap, match.closeness);
      const position = Number.isFinite(cap) ? cap : 0;
      const fit = { match, solution, closeness: match.closeness ?? position, position };
      const fits = fitsByScenario.get(match.id);
      if (fits) fits.push(fit);
      else fitsByScenario.set(match.id, [fit]);
    }
  }
  // Closest first; the sorts are stable, so of equal fits the more recently edited solution leads.
  return [...fitsByScenario.values()]
    .map((fits) => ({ fits: [...fits].sort((a, b) => b.closeness - a.closeness), position: Math.max(...fits.map((fit) => fit.position)) }))
    .sort((a, b) => b.position - a.position || b.fits[0]!.match.score - a.fits[0]!.match.score || (a.fits[0]!.match.id < b.fits[0]!.match.id ? -1 : 1))
    .map(({ fits: [best, ...others] }) => ({ match: best!.match, solution: best!.solution, others: others.slice(0, MORE_FROM_FIRM_SHOWN).map((fit) => fit.solution) }));
}

/** Category codes in reasons get the names the app shows (the taxonomy is editable by reviewers). */
async function withCategoryNames<T extends { reasons: Reason[] }>(items: T[]): Promise<T[]> {
  if (!items.some((item) => item.reasons.some((reason) => reason.kind === "sameCategory"))) return items;
  const categories = await listCategoryNames();
  const names = new Map(categories.map((category) => [category.code, { zh: category.nameZh, en: category.nameEn }]));
  return items.map((item) => ({
    ...item,
    reasons: item.reasons.map((reason) => (reason.kind === "sameCategory" && names.has(reason.category) ? { ...reason, names: names.get(reason.category) } : reason)),
  }));
}

/** The matches the database still shows publicly, in match order, each with its row. */
function keepVisible<Doc, Row>(matches: Match<Doc>[], visible: Map<string, Row>): [Match<Doc>, Row][] {
  return matches.flatMap((match) => {
    const row = visible.get(match.id);
    return row ? [[match, row] as [Match<Doc>, Row]] : [];
  });
}
