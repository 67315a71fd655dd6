-- One row per document seen: the lock that orders an analysis and a forget of the same document,
-- and (forgotten_at) the tombstone of a document deleted in ingestion, whose analysis is refused (410).
create table document_guard (
    document_id   bigint primary key,
    forgotten_at  timestamp with time zone
);
