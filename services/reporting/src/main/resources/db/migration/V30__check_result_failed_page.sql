-- The failed checks of a corpus report (CheckStore.failed), newest publications first: an index in the page's order,
-- so that a page reads its rows from the index instead of reading and sorting every failed check on each report.
-- It also serves the filter on publication time; the two indexes it replaces are prefixes of it.
create index ix_check_result_failed_page on check_result (verdict, published_at desc, document_id desc, id);
drop index ix_check_result_failed;
drop index ix_check_result_verdict;
