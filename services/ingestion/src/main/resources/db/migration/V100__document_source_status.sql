-- Progress of a run or batch (GET /api/documents?source=…&status=…, as ./sasil ingest and the pipeline benchmark
-- poll it): counted from the index, not by reading every document of the source.
create index ix_document_source_status on document (source, status, id);
