package io.sasil.claims.service;

import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.persistence.CounterTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claims per glossary entry, as counters: {@code claim_entity_month} (entry, month of publication, claims) and
 * {@code claim_entity_total} (entry, claims). They are moved in the transaction that stores, replaces or forgets a
 * document's claims, by that document's own claims only, so what a document writes does not depend on how many
 * earlier documents name the same entries, and the counts per entity are read without grouping the claims.
 *
 * <p>Both tables are {@link CounterTable}s: a counter that falls to 0 stays as a row holding 0 and is not read, and
 * rows are moved in one order (months by entry then month, then totals by entry), so two documents naming the same
 * entries do not deadlock over them (but for the rare interleaving over new counters that {@link CounterTable}
 * describes: the database aborts one writer, and ingestion analyses that document again).
 *
 * <p>Months are {@code yyyy-MM} in {@code sasil.claims.zone}, as in {@code claim.published_month}; a claim without a
 * publication date counts under {@code ''} (read back as {@code unknown}). A period filter on month boundaries in
 * that zone is answered from the counters; any other is counted from the claims published in it (by the
 * publication index), which is exact and costs what the period holds.
 */
@ApplicationScoped
public class EntityCounters {

    /** The month key of claims without a publication date. */
    static final String NO_MONTH = "";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** One counter: claims naming {@code entryId} in documents published in {@code month}. */
    record Key(long entryId, String month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(entryId, o.entryId);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    private static final CounterTable<Key> MONTHS = new CounterTable<>("claim_entity_month",
            List.of("entry_id", "published_month"), List.of("claims"), k -> List.of(k.entryId(), k.month()));

    private static final CounterTable<Long> TOTALS = new CounterTable<>("claim_entity_total", List.of("entry_id"),
            List.of("claims"), entryId -> List.of(entryId));

    private final EntityManager em;

    public EntityCounters(EntityManager em) {
        this.em = em;
    }

    /** The month key of a stored {@code published_month} (null without a date). */
    static String monthKey(String publishedMonth) {
        return publishedMonth == null ? NO_MONTH : publishedMonth;
    }

    /**
     * What the document's stored claims count for, negated: the deltas that take them out of the counters. Read from
     * the document's own subject rows (by the subject table's document index).
     */
    Map<Key, Long> withdrawal(long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.entry_id, c.published_month, count(*) from claim_subject s"
                + " join claim c on c.id = s.claim_id where s.document_id = ?1 group by s.entry_id, c.published_month")
                .setParameter(1, documentId).getResultList();
        Map<Key, Long> deltas = new HashMap<>();
        for (Object[] row : rows) {
            deltas.merge(new Key(((Number) row[0]).longValue(), monthKey((String) row[1])),
                    -((Number) row[2]).longValue(), Long::sum);
        }
        return deltas;
    }

    /**
     * Adds the deltas to the counters on {@code connection} (the transaction's): the months, then the totals, each in
     * key order ({@link CounterTable#apply}). Zero deltas are skipped.
     */
    static void apply(Connection connection, Map<Key, Long> deltas) throws SQLException {
        TreeMap<Key, long[]> months = new TreeMap<>();
        TreeMap<Long, long[]> totals = new TreeMap<>();
        deltas.forEach((k, d) -> {
            months.computeIfAbsent(k, x -> new long[1])[0] += d;
            totals.computeIfAbsent(k.entryId(), x -> new long[1])[0] += d;
        });
        MONTHS.apply(connection, months);
        TOTALS.apply(connection, totals);
    }

    /** Whether {@code t} is the start of a month in {@code zone} (null counts as a bound on a month). */
    static boolean onMonthBoundary(OffsetDateTime t, ZoneId zone) {
        if (t == null) {
            return true;
        }
        ZonedDateTime z = t.atZoneSameInstant(zone);
        return z.equals(z.withDayOfMonth(1).toLocalDate().atStartOfDay(zone));
    }

    /**
     * Claims per entry and month from the counters, by entry then month ({@code unknown} last); {@code from} and {@code to} must be on month
     * boundaries ({@link #onMonthBoundary}). With {@code top}, only the {@code top} entries with the most claims in
     * the period (then by id): read from the totals' index when there is no period, else ranked over the counters of
     * the months asked for.
     */
    List<EntityClaimCount> read(Long entity, OffsetDateTime from, OffsetDateTime to, Integer top, ZoneId zone) {
        String fromMonth = from == null ? null : MONTH.format(from.atZoneSameInstant(zone));
        String toMonth = to == null ? null : MONTH.format(to.atZoneSameInstant(zone));
        StringBuilder where = new StringBuilder("m.claims > 0");
        Map<String, Object> params = new HashMap<>();
        if (entity != null) {
            where.append(" and m.entry_id = :entity");
            params.put("entity", entity);
        }
        if (fromMonth != null || toMonth != null) {
            where.append(" and m.published_month <> ''");
        }
        if (fromMonth != null) {
            where.append(" and m.published_month >= :fromMonth");
            params.put("fromMonth", fromMonth);
        }
        if (toMonth != null) {
            where.append(" and m.published_month < :toMonth");
            params.put("toMonth", toMonth);
        }
        if (top != null) {
            List<Long> entries = topEntries(entity, fromMonth != null || toMonth != null, where.toString(), params, top);
            if (entries.isEmpty()) {
                return List.of();
            }
            where.append(" and m.entry_id in (:entries)");
            params.put("entries", entries);
        }
        Query q = em.createNativeQuery("select m.entry_id, m.published_month, m.claims from claim_entity_month m"
                + " where " + where + " order by m.entry_id, case when m.published_month = '' then 1 else 0 end,"
                + " m.published_month");
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<EntityClaimCount> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String month = (String) row[1];
            out.add(new EntityClaimCount(((Number) row[0]).longValue(), NO_MONTH.equals(month) ? "unknown" : month,
                    ((Number) row[2]).longValue()));
        }
        return out;
    }

    private List<Long> topEntries(Long entity, boolean period, String where, Map<String, Object> params, int top) {
        Query q;
        if (!period) {
            q = em.createNativeQuery("select t.entry_id from claim_entity_total t where t.claims > 0"
                    + (entity == null ? "" : " and t.entry_id = :entity") + " order by t.claims desc, t.entry_id");
            if (entity != null) {
                q.setParameter("entity", entity);
            }
        } else {
            q = em.createNativeQuery("select m.entry_id from claim_entity_month m where " + where
                    + " group by m.entry_id order by sum(m.claims) desc, m.entry_id");
            params.forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = q.setMaxResults(top).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
