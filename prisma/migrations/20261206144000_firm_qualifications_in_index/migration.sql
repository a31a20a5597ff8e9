-- Solutions' search documents now carry the firm's qualifications (专精特新, “小巨人”: firmQualifications, a facet
-- of /solutions). Queue the published solutions of firms that have one, so an index that is not rebuilt at start
-- (Meilisearch) gets the field; the embedded index is rebuilt from the database at start anyway.
INSERT INTO "SearchOutbox" ("id", "indexName", "recordId")
SELECT 'mig' || replace(gen_random_uuid()::text, '-', ''), 'solutions', s."id"
FROM "Solution" s
JOIN "Organization" o ON o."id" = s."orgId"
WHERE s."status" = 'PUBLISHED' AND o."flags" && ARRAY['SPECIALIZED', 'LITTLE_GIANT']::"OrgFlag"[];
