-- A “小巨人” (LITTLE_GIANT) firm is on the 专精特新 (SPECIALIZED) list too: the ministry picks its little giants
-- from the provinces' 专精特新 firms. The profile form now stores both when the first is ticked
-- (withImpliedFlags); organisations saved before get the second here, so the /solutions facet 专精特新 includes
-- them. Their published solutions are queued for the search index first (their documents carry the
-- qualifications; the embedded index is rebuilt at start anyway, Meilisearch is not).
INSERT INTO "SearchOutbox" ("id", "indexName", "recordId")
SELECT 'mig' || replace(gen_random_uuid()::text, '-', ''), 'solutions', s."id"
FROM "Solution" s
JOIN "Organization" o ON o."id" = s."orgId"
WHERE s."status" = 'PUBLISHED' AND 'LITTLE_GIANT'::"OrgFlag" = ANY(o."flags") AND NOT ('SPECIALIZED'::"OrgFlag" = ANY(o."flags"));

UPDATE "Organization"
SET "flags" = array_append("flags", 'SPECIALIZED'::"OrgFlag")
WHERE 'LITTLE_GIANT'::"OrgFlag" = ANY("flags") AND NOT ('SPECIALIZED'::"OrgFlag" = ANY("flags"));
