-- A JSON Lines batch is stored while its body arrives: its state says whether reading is still going on,
-- finished, stopped at a limit or was cut off; updated_at is when items were last stored.
alter table batch add column state varchar(16) default 'COMPLETE' not null;
alter table batch add column updated_at timestamp with time zone;
update batch set updated_at = created_at;
create index ix_batch_created on batch (created_at);
