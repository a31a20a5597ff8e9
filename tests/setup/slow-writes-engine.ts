// A search engine whose writes take their time: it wraps a real one (the embedded engine, or Meilisearch
// through its client) and holds every upsert and delete back before passing it on. Reads and settings go
// straight through. The outbox tests use it for syncs slower than a lease, and a worker killed mid-write.
import type { FilterTree, IndexSettings, SearchDocument, SearchEngine, SearchQuery } from "~/modules/search/search-engine";

export type SlowWritesOptions = {
  /** How long each write waits before it reaches the wrapped engine. */
  delayMs: number;
  /** Called (and awaited) when a write starts, before the wait; a throw fails the write. */
  onWrite?: (index: string, ids: string[]) => unknown;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SlowWritesEngine implements SearchEngine {
  constructor(
    private readonly engine: SearchEngine,
    private readonly options: SlowWritesOptions,
  ) {}
  get name() {
    return this.engine.name;
  }
  get readTimeoutMs() {
    return this.engine.readTimeoutMs;
  }
  private async hold(index: string, ids: string[]) {
    await this.options.onWrite?.(index, ids);
    await sleep(this.options.delayMs);
  }
  async upsert(index: string, docs: SearchDocument[]) {
    await this.hold(index, docs.map((doc) => doc.id));
    return this.engine.upsert(index, docs);
  }
  async delete(index: string, ids: string[]) {
    await this.hold(index, ids);
    return this.engine.delete(index, ids);
  }
  ensureIndex(index: string, settings: IndexSettings) {
    return this.engine.ensureIndex(index, settings);
  }
  get(index: string, id: string) {
    return this.engine.get(index, id);
  }
  count(index: string, filter?: FilterTree) {
    return this.engine.count(index, filter);
  }
  listDocuments(index: string, fields: string[]) {
    return this.engine.listDocuments(index, fields);
  }
  search(index: string, query: SearchQuery) {
    return this.engine.search(index, query);
  }
  multiSearch(queries: ({ index: string } & SearchQuery)[]) {
    return this.engine.multiSearch(queries);
  }
  rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
    return this.engine.rebuild(index, settings, docs);
  }
  dropIndex(index: string) {
    return this.engine.dropIndex(index);
  }
  health() {
    return this.engine.health();
  }
}
