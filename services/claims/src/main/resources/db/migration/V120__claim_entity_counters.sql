-- Claims per glossary entry, kept as counters so that the corpus report does not group every claim_subject row
-- (issue 13). Moved in the transaction that stores, replaces or forgets a document's claims (ClaimStore); a counter
-- that falls to 0 stays as a row with 0 (so a concurrent increment never finds its row deleted) and is not read.

-- per entry and month of publication (yyyy-MM in sasil.claims.zone, the claim's published_month; '' without a date)
create table claim_entity_month (
    entry_id bigint     not null,
    published_month varchar(7) not null,
    claims   bigint     not null,
    primary key (entry_id, published_month)
);
create index ix_claim_entity_month_month on claim_entity_month (published_month);

-- per entry over all months: the entries with the most claims are read from the index, not counted
create table claim_entity_total (
    entry_id bigint primary key,
    claims   bigint not null
);
create index ix_claim_entity_total_claims on claim_entity_total (claims desc, entry_id);

-- what was stored before this migration
insert into claim_entity_month (entry_id, published_month, claims)
    select s.entry_id, coalesce(c.published_month, ''), count(*)
    from claim_subject s join claim c on c.id = s.claim_id
    group by s.entry_id, coalesce(c.published_month, '');
insert into claim_entity_total (entry_id, claims)
    select entry_id, sum(claims) from claim_entity_month group by entry_id;
