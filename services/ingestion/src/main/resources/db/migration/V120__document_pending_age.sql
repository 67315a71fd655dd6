-- The backlog gauge sasil_documents_oldest_pending_seconds (BacklogMetrics): the earliest last change of each pending
-- status is the first row of this index, where min(updated_at) over the pending statuses read every pending document,
-- texts included, every 15 s (two thirds of ingestion's CPU samples with a backlog of 70,000 documents).
create index ix_document_status_updated on document (status, updated_at, id);
