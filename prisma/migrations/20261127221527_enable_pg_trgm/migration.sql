-- Trigram matching (pg_trgm): Chinese text is not split into words by PostgreSQL's full-text search, so
-- substring search (LIKE '%无人机%') is served by trigram GIN indexes instead. Written by hand, not
-- generated: Prisma does not model extensions.
--
-- WITH SCHEMA public: an extension exists once per database, whatever schema the migration runs in. Pinned
-- to public it is shared by every application schema (tests use one schema per worker), dropping a worker
-- schema never drops it, and the migration tool keeps public on the search_path so `gin_trgm_ops`,
-- `similarity()` and `%` resolve from any schema. On the embedded PostgreSQL (PGlite) the extension must
-- be loaded at start-up; app/utils/embedded-postgres.server.ts does that.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
