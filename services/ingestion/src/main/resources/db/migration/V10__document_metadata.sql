-- The article's own metadata (issue 17) and the offset its publication time was stated in (issue 10).
-- published_at keeps the instant; published_at_offset the offset in seconds (Hibernate's
-- @TimeZoneStorage(COLUMN)), so that 2025-02-03T00:00+09:00 reads back as written, not as 2025-02-02T15:00Z.
alter table document add column published_at_offset integer;
-- JSON of io.sasil.common.contract.ArticleMetadata: modifiedAt, authors, publisher, canonicalUrl, section,
-- language, timeZone, encoding, credits (with offsets into original_text), sources
alter table document add column metadata text;
-- documents stored before: their dates were read in Seoul time when given without an offset
update document set published_at_offset = 32400 where published_at is not null;
