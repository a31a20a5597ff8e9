-- A firm's solutions are public only while the firm is verified (PUBLIC_SOLUTION_WHERE, ADR 0015). Published
-- solutions of firms not verified today were public until now and may be in a search index that is not rebuilt
-- at start (Meilisearch): queue them, so the search worker reads them again and takes them out.
INSERT INTO "SearchOutbox" ("id", "indexName", "recordId")
SELECT 'mig' || replace(gen_random_uuid()::text, '-', ''), 'solutions', s."id"
FROM "Solution" s
JOIN "Organization" o ON o."id" = s."orgId"
WHERE s."status" = 'PUBLISHED' AND o."verificationStatus" <> 'VERIFIED';
