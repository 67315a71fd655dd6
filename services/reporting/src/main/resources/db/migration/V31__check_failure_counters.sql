-- Failed checks per check and source, kept as counters (FailureCounters) so that a corpus report without a period
-- does not group every failed check (issue 13). Moved in the transaction that replaces or forgets a document's
-- results, by that document's results only; a counter that falls to 0 stays as a row with 0 and is not read.
create table check_failure_count (
    check_name      varchar(100) not null,
    -- '' for documents without a source
    document_source varchar(200) not null,
    -- failed results, and documents with at least one of them
    results         bigint       not null,
    documents       bigint       not null,
    primary key (check_name, document_source)
);

insert into check_failure_count (check_name, document_source, results, documents)
    select check_name, coalesce(document_source, ''), count(*), count(distinct document_id)
    from check_result where verdict = 'INCONSISTENT'
    group by check_name, coalesce(document_source, '');

-- One row per document whose results were stored: its lock orders two replicas storing or forgetting the same
-- document's results (io.sasil.common.persistence.DocumentGuard, as in glossary and claims), and (forgotten_at) the
-- tombstone of a deleted document, whose results are not stored again.
create table document_guard (
    document_id   bigint primary key,
    forgotten_at  timestamp with time zone
);
