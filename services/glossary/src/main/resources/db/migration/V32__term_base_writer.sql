-- Issue 13: the term base's structural writer lock. A change that creates, relabels, merges or deletes entries holds
-- this row's lock from before it writes rows to its commit, so such changes run one at a time across replicas (they
-- decide merges on the whole term base and take new entry ids from the stored counter). A change that only adds or
-- removes one document's evidence of existing entries does not take it: those run in parallel
-- (TermBaseStore, TermBaseVersions).
create table term_base_writer (
    id integer primary key
);
insert into term_base_writer (id) values (1);
