-- The category 低空应用 was named "Low-altitude economy" in English, the name of the industry chain 低空经济 too:
-- a match explained by both read "same category: Low-altitude economy; same industry chain: 低空经济 (low altitude
-- economy)" (a QA review). The category is the applications of low-altitude flight, as its Chinese says. Changed
-- only where a reviewer has not renamed it since.
UPDATE "Category"
SET "nameEn" = 'Low-altitude applications', "updatedAt" = CURRENT_TIMESTAMP
WHERE "code" = 'LOW_ALTITUDE' AND "nameEn" = 'Low-altitude economy';
