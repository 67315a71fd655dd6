-- What corpus reports filter and show without asking the other services: the document's source and publication
-- time (copied from ingestion when the checks ran), the tolerance and the involved quantities (JSON).
alter table check_result add column document_source varchar(200);
alter table check_result add column published_at timestamp with time zone;
alter table check_result add column tolerance text;
alter table check_result add column involved text;
create index ix_check_result_failed on check_result (verdict, published_at);
