-- Budget and price bands (moneyBands in app/modules/search/indexes.ts): a range that ends exactly at a band's
-- lower edge (80–200) no longer counts in that band (200–500). The search documents carry the bands, so the
-- records whose bands change are queued for the index here: a range ending at 50, 200, 500 or 1000 万元 that is
-- not a single amount. The embedded index is rebuilt at start anyway; Meilisearch is not. The worker re-reads
-- each record and indexes it, or removes it if it is not public.
INSERT INTO "SearchOutbox" ("id", "indexName", "recordId")
SELECT 'mig' || replace(gen_random_uuid()::text, '-', ''), 'scenarios', s."id"
FROM "Scenario" s
WHERE s."budgetMax" IN (50, 200, 500, 1000) AND s."budgetMin" < s."budgetMax";

INSERT INTO "SearchOutbox" ("id", "indexName", "recordId")
SELECT 'mig' || replace(gen_random_uuid()::text, '-', ''), 'solutions', s."id"
FROM "Solution" s
WHERE s."priceMax" IN (50, 200, 500, 1000) AND s."priceMin" < s."priceMax";
