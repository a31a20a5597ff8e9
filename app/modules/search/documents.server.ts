// What the search indexes hold, read from the database: Prisma rows mapped onto the documents of indexes.ts.
// Only public records become documents (published or finished scenarios, published solutions, never hidden
// ones); everything else must be absent from the index, so loaders say which ids to delete.
import { createHash } from "node:crypto";

import { Prisma } from "~/generated/prisma/client.ts";
import { isOpenForBids, PUBLIC_SCENARIO_STATUSES, PUBLIC_SCENARIO_WHERE } from "~/modules/scenarios/scenario-transitions";
import { PUBLIC_SOLUTION_WHERE } from "~/modules/solutions/solution-transitions";
import { firmQualificationsOf } from "~/modules/orgs/districts";
import { lockUntilCommit, prisma, rawTable } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import {
  maturityStage,
  moneyBands,
  SCENARIO_INDEX,
  type IndexName,
  type ScenarioSearchDoc,
  type SolutionSearchDoc,
} from "./indexes";
import type { SearchDocument } from "./search-engine";
import { enqueueSearchSyncMany } from "./search-outbox.server";
import { withoutFormatCharacters } from "./tokenizer";

// Public means what the public pages show: published (or finished) and not hidden by a moderator.

export const SCENARIO_DOC_SELECT = {
  id: true,
  title: true,
  summary: true,
  description: true,
  tags: true,
  industryChain: true,
  district: true,
  mode: true,
  status: true,
  expectedFirstUnitTypes: true,
  budgetMin: true,
  budgetMax: true,
  deadline: true,
  publishedAt: true,
  createdAt: true,
  orgId: true,
  org: { select: { name: true } },
  category: { select: { code: true } },
} satisfies Prisma.ScenarioSelect;

export const SOLUTION_DOC_SELECT = {
  id: true,
  title: true,
  summary: true,
  description: true,
  tags: true,
  industryChain: true,
  trl: true,
  firstUnitType: true,
  firstUnitStatus: true,
  priceMin: true,
  priceMax: true,
  independentInnovation: true,
  seekingInvestment: true,
  publishedAt: true,
  createdAt: true,
  orgId: true,
  org: { select: { name: true, district: true, tier: true, flags: true } },
  category: { select: { code: true } },
} satisfies Prisma.SolutionSelect;

export type ScenarioDocRow = Prisma.ScenarioGetPayload<{ select: typeof SCENARIO_DOC_SELECT }>;
export type SolutionDocRow = Prisma.SolutionGetPayload<{ select: typeof SOLUTION_DOC_SELECT }>;

/**
 * A record's searchable text, in the order both documents write it, without invisible format characters (a zero-width
 * space pasted into 无人机): the embedded engine leaves them out of the words it reads (tokenizer.ts), and Meilisearch,
 * which would read them as word breaks, is sent the same text. Hits show the text without them, which looks the same.
 */
function searchableText(row: ScenarioDocRow | SolutionDocRow) {
  return {
    title: withoutFormatCharacters(row.title),
    summary: withoutFormatCharacters(row.summary),
    description: withoutFormatCharacters(row.description),
    tags: row.tags.map(withoutFormatCharacters),
    industryChain: row.industryChain.map(withoutFormatCharacters),
    orgName: withoutFormatCharacters(row.org.name),
  };
}

/** `now` decides `openForBids` (see ScenarioSearchDoc): documents are built from rows public now (hidden: false). */
export function scenarioSearchDoc(row: ScenarioDocRow, now: Date = new Date()): ScenarioSearchDoc {
  return {
    id: row.id,
    ...searchableText(row),
    category: row.category.code,
    district: row.district,
    mode: row.mode,
    status: row.status,
    firstUnitTypes: row.expectedFirstUnitTypes,
    budgetMin: row.budgetMin,
    budgetMax: row.budgetMax,
    budgetBands: moneyBands(row.budgetMin, row.budgetMax),
    deadline: row.deadline.getTime(),
    openForBids: isOpenForBids({ status: row.status, hidden: false, deadline: row.deadline }, now) ? 1 : 0,
    // Every published scenario has publishedAt; records made before it existed fall back to their creation.
    publishedAt: (row.publishedAt ?? row.createdAt).getTime(),
    orgId: row.orgId,
  };
}

export function solutionSearchDoc(row: SolutionDocRow): SolutionSearchDoc {
  const doc: SolutionSearchDoc = {
    id: row.id,
    ...searchableText(row),
    category: row.category.code,
    district: row.org.district,
    trl: row.trl,
    maturity: maturityStage(row.trl),
    firstUnitStatus: row.firstUnitStatus,
    priceMin: row.priceMin,
    priceMax: row.priceMax,
    priceBands: moneyBands(row.priceMin, row.priceMax),
    independentInnovation: row.independentInnovation,
    seekingInvestment: row.seekingInvestment,
    publishedAt: (row.publishedAt ?? row.createdAt).getTime(),
    orgId: row.orgId,
  };
  // Optional fields are left out rather than set to undefined or null: engines treat a missing field as "no value".
  if (row.org.tier) doc.tier = row.org.tier;
  const qualifications = firmQualificationsOf(row.org.flags);
  if (qualifications.length > 0) doc.firmQualifications = qualifications;
  if (row.firstUnitStatus !== "NONE" && row.firstUnitType) doc.firstUnitType = row.firstUnitType;
  return doc;
}

/**
 * Every indexed document carries a digest of the rest of it. The reviewers' check (search-status.server.ts)
 * compares it with the digest of the document the database gives now, so a document built from an older
 * version of its record — a database restored from a backup, a change made directly in the database, a sync
 * lost by an engine — is found without reading whole documents back from the engine. A document indexed before
 * digests existed has none and is simply synced again by the first check.
 */
export const CONTENT_DIGEST_FIELD = "contentDigest";

function withContentDigest(doc: SearchDocument): SearchDocument {
  // The builders above write fields in a fixed order, so the same record always gives the same JSON.
  return { ...doc, [CONTENT_DIGEST_FIELD]: createHash("sha256").update(JSON.stringify(doc)).digest("base64url").slice(0, 22) };
}

async function publicDocs(index: IndexName, where: { id: { in: string[] } | { gt: string } }, take?: number): Promise<SearchDocument[]> {
  if (index === SCENARIO_INDEX) {
    const rows = await prisma.scenario.findMany({ where: { AND: [PUBLIC_SCENARIO_WHERE, where] }, orderBy: { id: "asc" }, take, select: SCENARIO_DOC_SELECT });
    const now = new Date();
    return rows.map((row) => withContentDigest(scenarioSearchDoc(row, now)));
  }
  const rows = await prisma.solution.findMany({ where: { AND: [PUBLIC_SOLUTION_WHERE, where] }, orderBy: { id: "asc" }, take, select: SOLUTION_DOC_SELECT });
  return rows.map((row) => withContentDigest(solutionSearchDoc(row)));
}

/**
 * Re-reads the records: documents for the public ones; the ids of the others (drafts, archived, hidden or
 * deleted records) in `missingOrPrivate`, which must be deleted from the index.
 */
export async function loadSearchDocs(index: IndexName, ids: string[]): Promise<{ docs: SearchDocument[]; missingOrPrivate: string[] }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { docs: [], missingOrPrivate: [] };
  const docs = await publicDocs(index, { id: { in: unique } });
  const found = new Set(docs.map((doc) => doc.id));
  return { docs, missingOrPrivate: unique.filter((id) => !found.has(id)) };
}

/** Every public record of the index, read in batches by id (keyset pagination: no OFFSET, no long snapshot). */
export async function* allSearchDocs(index: IndexName, batchSize = 500): AsyncIterable<SearchDocument> {
  let after = "";
  for (;;) {
    const batch = await publicDocs(index, { id: { gt: after } }, batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1].id;
  }
}

/** How many documents the index should hold. */
export function countPublicRecords(index: IndexName): Promise<number> {
  return index === SCENARIO_INDEX ? prisma.scenario.count({ where: PUBLIC_SCENARIO_WHERE }) : prisma.solution.count({ where: PUBLIC_SOLUTION_WHERE });
}

/**
 * What changes when the index's public records do: how many there are, and a fingerprint of the set — the sum of a
 * hash of each record's id and last write time, computed by the database. Any record published, withdrawn or written
 * changes it, in whatever order the writes commit and whatever the clocks of the app processes that stamped them;
 * the count alone missed an edit of a published record (a code review), and the latest write time missed an edit
 * stamped before another that committed first, or by a process whose clock is behind, and a firm's solutions leaving
 * as another firm's return (both only a verification decision, no solution written).
 * The rule is PUBLIC_SCENARIO_WHERE / PUBLIC_SOLUTION_WHERE, in SQL (Prisma has no hash aggregate); its count is
 * checked against countPublicRecords by the tests.
 */
export type PublicRecordsVersion = { count: number; fingerprint: string };

export async function publicRecordsVersion(index: IndexName): Promise<PublicRecordsVersion> {
  const fingerprint = Prisma.sql`count(*)::int AS count, coalesce(sum(hashtextextended(r.id || ':' || r."updatedAt"::text, 0)::numeric), 0)::text AS fingerprint`;
  const [found] =
    index === SCENARIO_INDEX
      ? await prisma.$queryRaw<PublicRecordsVersion[]>`SELECT ${fingerprint} FROM ${rawTable("Scenario")} r
          WHERE r.status::text = ANY(${PUBLIC_SCENARIO_STATUSES as string[]}) AND r.hidden = ${PUBLIC_SCENARIO_WHERE.hidden}`
      : await prisma.$queryRaw<PublicRecordsVersion[]>`SELECT ${fingerprint} FROM ${rawTable("Solution")} r JOIN ${rawTable("Organization")} o ON o.id = r."orgId"
          WHERE r.status::text = ${PUBLIC_SOLUTION_WHERE.status} AND r.hidden = ${PUBLIC_SOLUTION_WHERE.hidden}
            AND o."verificationStatus"::text = ${PUBLIC_SOLUTION_WHERE.org.verificationStatus}`;
  return { count: found!.count, fingerprint: found!.fingerprint };
}

/** The ids of public records matching `where`, by id (as publicDocs reads documents). */
async function publicIds(index: IndexName, where: { id: { in: string[] } | { gt: string } }, take?: number): Promise<string[]> {
  const page = { orderBy: { id: "asc" as const }, take, select: { id: true } };
  const rows =
    index === SCENARIO_INDEX
      ? await prisma.scenario.findMany({ where: { AND: [PUBLIC_SCENARIO_WHERE, where] }, ...page })
      : await prisma.solution.findMany({ where: { AND: [PUBLIC_SOLUTION_WHERE, where] }, ...page });
  return rows.map((row) => row.id);
}

/** Id → content digest of every public record's document, as the index should hold them now. */
export async function currentContentDigests(index: IndexName): Promise<Map<string, unknown>> {
  const digests = new Map<string, unknown>();
  for await (const doc of allSearchDocs(index)) digests.set(doc.id, doc[CONTENT_DIGEST_FIELD]);
  return digests;
}

/** The ids among `ids` the database shows publicly now. */
function publicRecordIds(index: IndexName, ids: string[]): Promise<string[]> {
  return publicIds(index, { id: { in: ids } });
}

// Why a cap: every id left out is one more term in the filter of every query of a page view (results, facet
// and deadline counts, one multiSearch), on both engines. Thousands of them would slow every page view, and a
// backlog that large means the worker is failing, which the reviewers' search page already shows (pending,
// failing, oldest). Past the cap a withdrawn record may still be counted in a total or a facet until its sync
// runs, but it is never shown: the pages re-read their hits from the database with the same visibility rule.
/** At most this many records are left out of a page's queries. */
export const MAX_WITHDRAWN_EXCLUDED = 1_000;
/** At most this many waiting outbox rows are read per page view (several rows may name one record). */
const MAX_WAITING_ROWS_READ = 5_000;
const WARN_EVERY_MS = 60_000;
const lastWarnedAt = new Map<IndexName, number>();

/**
 * Records the index may still hold although the database no longer shows them publicly: those with an
 * unprocessed outbox row (their sync has not been confirmed by the engine yet — the worker is behind, failing,
 * or the engine is down, for however long) that are not public now (withdrawn, hidden, or deleted). Every
 * change that can withdraw a record writes its outbox row in the same transaction, and the row stays
 * unprocessed until the engine confirmed the sync, so this is exactly the set of records the index may be
 * wrong about. With an empty backlog (the usual case) it costs one indexed query.
 */
export async function withdrawnAwaitingSync(index: IndexName): Promise<string[]> {
  const waiting = await prisma.searchOutbox.findMany({
    where: { processedAt: null, indexName: index },
    orderBy: { availableAt: "asc" },
    take: MAX_WAITING_ROWS_READ,
    select: { recordId: true },
  });
  if (waiting.length === 0) return [];
  const ids = [...new Set(waiting.map((row) => row.recordId))];
  const stillPublic = new Set(await publicRecordIds(index, ids));
  const withdrawn = ids.filter((id) => !stillPublic.has(id));
  if (waiting.length === MAX_WAITING_ROWS_READ || withdrawn.length > MAX_WITHDRAWN_EXCLUDED) {
    const now = Date.now();
    if (now - (lastWarnedAt.get(index) ?? 0) >= WARN_EVERY_MS) {
      lastWarnedAt.set(index, now);
      logger.warn("search outbox backlog too large to leave every withdrawn record out of the search pages' counts", {
        index,
        waitingRowsRead: waiting.length,
        withdrawn: withdrawn.length,
        excluded: Math.min(withdrawn.length, MAX_WITHDRAWN_EXCLUDED),
      });
    }
  }
  return withdrawn.slice(0, MAX_WITHDRAWN_EXCLUDED);
}

/**
 * Queues a sync for hits a page found in the index although the database does not show them publicly and no sync
 * is waiting for them: the index drifted without an outbox row (a restored backup, a change made in SQL, a lost row),
 * which the scheduled check would otherwise repair only within hours. Once queued, withdrawnAwaitingSync leaves them
 * out of every page's counts until the worker has taken them out of the index. Returns how many were queued.
 */
export async function queueRepairOfStrayHits(index: IndexName, ids: string[]): Promise<number> {
  const candidates = [...new Set(ids)];
  if (candidates.length === 0) return 0;
  const stillPublic = new Set(await publicRecordIds(index, candidates));
  const notPublic = candidates.filter((id) => !stillPublic.has(id));
  if (notPublic.length === 0) return 0;
  // Checked and queued under one lock: pages that meet the same stray at once (a crawler's parallel requests) queue it once.
  const stray = await prisma.$transaction(async (tx) => {
    await lockUntilCommit(tx, `search-repair:${index}`);
    const waiting = await tx.searchOutbox.findMany({ where: { processedAt: null, indexName: index, recordId: { in: notPublic } }, select: { recordId: true } });
    const queued = new Set(waiting.map((row) => row.recordId));
    const fresh = notPublic.filter((id) => !queued.has(id));
    await enqueueSearchSyncMany(tx, index, fresh);
    return fresh;
  });
  if (stray.length > 0) logger.warn("the search index held records the database does not show publicly, with no sync queued; queued for repair", { index, ids: stray });
  return stray.length;
}
