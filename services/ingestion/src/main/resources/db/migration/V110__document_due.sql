-- The analysis driver's next due documents (AnalysisDriver.dueDocuments): one query per pending status, ordered as
-- this index is, so that the database reads the first few due rows of the index instead of reading and sorting
-- every pending document on each call (a backlog of 10,000 was read after every analysed document). It covers the
-- queries of the index it replaces.
create index ix_document_due on document (status, next_attempt_at, id);
drop index ix_document_status_next;
