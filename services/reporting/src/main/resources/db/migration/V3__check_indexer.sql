-- How far the check indexer has followed ingestion's analysed documents (by document id).
create table indexer_cursor (
    name             varchar(100) primary key,
    last_document_id bigint not null,
    updated_at       timestamp with time zone not null
);
