// Search for integration tests. Factories create records directly (some with plain Prisma, outside the
// modules' outbox writes): call `syncSearchIndex()` after seeding so the search pages find them.
import { prepareSearch } from "~/modules/search/search-service.server";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";

/**
 * Makes this process's search index agree with the test database: rebuilds the (embedded) indexes from the
 * database and processes whatever the outbox holds, so no stale row syncs later.
 */
export async function syncSearchIndex() {
  const report = await prepareSearch();
  await drainSearchOutbox();
  return report;
}
