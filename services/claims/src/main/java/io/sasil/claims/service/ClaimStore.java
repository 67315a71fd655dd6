package io.sasil.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.config.ClaimsConfig;
import io.sasil.claims.extract.TemporalExtent;
import io.sasil.claims.model.ClaimQuantityRecord;
import io.sasil.claims.model.ClaimRecord;
import io.sasil.claims.model.ClaimSubjectRecord;
import io.sasil.claims.facts.FactReader;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.persistence.DocumentGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The month of a claim is that of its document's publication in {@code sasil.claims.zone} (Seoul):
 * an article published at 00:30 on 1 March in Seoul counts for March, whatever offset it was sent with.
 *
 * <p>The claims table and its two query tables: {@code claim} (one row per claim, its quantities and
 * subjects also as JSON/CSV to read it back whole), {@code claim_quantity} (one row per quantity:
 * unit, numeric value, ISO value, the days it covers) and {@code claim_subject} (one row per glossary
 * entry mentioned in the claim). Searches and counts are single SQL statements over them.
 */
@ApplicationScoped
public class ClaimStore {

    private static final TypeReference<List<QuantityView>> QUANTITIES = new TypeReference<>() {
    };
    private static final TypeReference<List<FactView>> FACTS = new TypeReference<>() {
    };
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Reads the facts of claims stored before facts were (without the glossary's mentions: quoted names only). */
    private static final FactReader FACT_READER = new FactReader();

    private final ObjectMapper mapper;
    private final EntityManager em;
    private final ClaimsConfig config;
    private final DocumentGuard guard;
    private final EntityCounters counters;

    public ClaimStore(ObjectMapper mapper, EntityManager em, ClaimsConfig config, DocumentGuard guard,
            EntityCounters counters) {
        this.mapper = mapper;
        this.em = em;
        this.config = config;
        this.guard = guard;
        this.counters = counters;
    }

    /**
     * Replaces what is stored for the document by {@code claims}; returns them with their ids. The document's guard
     * row is locked first: replacements of one document run one after the other, and a forgotten document is
     * refused with 410. The claims per entity and month ({@link EntityCounters}) move by the difference between the
     * claims stored before and these.
     */
    @Transactional
    public List<ClaimView> replace(long documentId, OffsetDateTime publishedAt, List<ClaimView> claims) {
        guard.lockForAnalysis(documentId);
        String month = publishedAt == null ? null : MONTH.format(publishedAt.atZoneSameInstant(config.zone()));
        Map<EntityCounters.Key, Long> deltas = counters.withdrawal(documentId);
        deleteRows(documentId);
        List<ClaimRecord> records = new ArrayList<>(claims.size());
        for (ClaimView c : claims) {
            for (Long entry : c.subjects()) {
                deltas.merge(new EntityCounters.Key(entry, EntityCounters.monthKey(month)), 1L, Long::sum);
            }
            ClaimRecord r = new ClaimRecord();
            r.documentId = documentId;
            r.start = c.start();
            r.end = c.end();
            r.text = c.text();
            r.type = c.type();
            r.score = c.score();
            r.reasons = String.join("\n", c.reasons());
            r.speaker = truncate(c.speaker(), 500);
            r.hedge = truncate(c.hedge(), 200);
            r.quantities = json(c.quantities());
            r.facts = json(c.facts());
            r.subjects = String.join(",", c.subjects().stream().map(String::valueOf).toList());
            r.publishedAt = publishedAt;
            r.publishedMonth = month;
            records.add(r);
        }
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            insert(connection, records, claims);
            EntityCounters.apply(connection, deltas);
        });
        List<ClaimView> stored = new ArrayList<>(records.size());
        for (ClaimRecord r : records) {
            stored.add(toView(r));
        }
        return stored;
    }

    /**
     * Inserts a document's claims, then their quantities and subjects, as three JDBC batches (the ids are identity
     * columns, with which Hibernate inserts row by row; an article has dozens of claims and more quantities). The
     * claims' generated ids are set on {@code records}.
     */
    private static void insert(java.sql.Connection connection, List<ClaimRecord> records, List<ClaimView> claims)
            throws java.sql.SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into claim (document_id,"
                + " start_offset, end_offset, text, type, score, reasons, speaker, hedge, quantities, subjects,"
                + " published_at, published_month, facts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            for (ClaimRecord r : records) {
                insert.setLong(1, r.documentId);
                insert.setInt(2, r.start);
                insert.setInt(3, r.end);
                insert.setString(4, r.text);
                insert.setString(5, r.type == null ? null : r.type.name());
                insert.setDouble(6, r.score);
                insert.setString(7, r.reasons);
                insert.setString(8, r.speaker);
                insert.setString(9, r.hedge);
                insert.setString(10, r.quantities);
                insert.setString(11, r.subjects);
                nullable(insert, 12, r.publishedAt, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(13, r.publishedMonth);
                insert.setString(14, r.facts);
                insert.addBatch();
            }
            insert.executeBatch();
            try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                for (ClaimRecord r : records) {
                    if (!keys.next()) {
                        throw new IllegalStateException("the database returned fewer claim ids than claims inserted");
                    }
                    r.id = keys.getLong(1);
                }
            }
        }
        try (java.sql.PreparedStatement quantity = connection.prepareStatement("insert into claim_quantity (claim_id,"
                + " document_id, position, start_offset, end_offset, text, unit, counter, numeric_value, upper_value,"
                + " temporal_value, period_start, period_end, approximate, bound)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                java.sql.PreparedStatement subject = connection.prepareStatement(
                        "insert into claim_subject (claim_id, entry_id, document_id) values (?, ?, ?)")) {
            int quantities = 0;
            int subjects = 0;
            for (int i = 0; i < records.size(); i++) {
                ClaimRecord r = records.get(i);
                int position = 0;
                for (QuantityView q : claims.get(i).quantities()) {
                    ClaimQuantityRecord qr = quantityRecord(r, position++, q);
                    quantity.setLong(1, qr.claimId);
                    quantity.setLong(2, qr.documentId);
                    quantity.setInt(3, qr.position);
                    quantity.setInt(4, qr.start);
                    quantity.setInt(5, qr.end);
                    quantity.setString(6, qr.text);
                    quantity.setString(7, qr.unit);
                    quantity.setString(8, qr.counter);
                    nullable(quantity, 9, qr.numericValue, java.sql.Types.DOUBLE);
                    nullable(quantity, 10, qr.upperValue, java.sql.Types.DOUBLE);
                    quantity.setString(11, qr.temporalValue);
                    nullable(quantity, 12, qr.periodStart, java.sql.Types.DATE);
                    nullable(quantity, 13, qr.periodEnd, java.sql.Types.DATE);
                    quantity.setBoolean(14, qr.approximate);
                    quantity.setString(15, qr.bound == null ? null : qr.bound.name());
                    quantity.addBatch();
                    quantities++;
                }
                for (Long entry : claims.get(i).subjects()) {
                    subject.setLong(1, r.id);
                    subject.setLong(2, entry);
                    subject.setLong(3, r.documentId);
                    subject.addBatch();
                    subjects++;
                }
            }
            if (quantities > 0) {
                quantity.executeBatch();
            }
            if (subjects > 0) {
                subject.executeBatch();
            }
        }
    }

    private static void nullable(java.sql.PreparedStatement statement, int index, Object value, int type)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value);
        }
    }

    static ClaimQuantityRecord quantityRecord(ClaimRecord claim, int position, QuantityView q) {
        ClaimQuantityRecord r = new ClaimQuantityRecord();
        r.claimId = claim.id;
        r.documentId = claim.documentId;
        r.position = position;
        r.start = q.start();
        r.end = q.end();
        r.text = q.text();
        r.unit = q.unit();
        r.counter = truncate(q.counter(), 50);
        r.approximate = q.approximate();
        r.bound = q.bound();
        if (q.value() instanceof String iso) {
            r.temporalValue = truncate(iso, 100);
            Optional<TemporalExtent> extent = TemporalExtent.of(iso);
            r.periodStart = extent.map(TemporalExtent::start).orElse(null);
            r.periodEnd = extent.map(TemporalExtent::end).orElse(null);
        } else {
            r.numericValue = finite(q.value());
        }
        r.upperValue = finite(q.to());
        return r;
    }

    /** A number as a finite double; null for anything else (absurdly large values stay in the JSON only). */
    static Double finite(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
        return Double.isFinite(d) ? d : null;
    }

    @Transactional
    public List<ClaimView> ofDocument(long documentId) {
        return ClaimRecord.<ClaimRecord>list("documentId = ?1 order by start, id", documentId).stream()
                .map(this::toView).toList();
    }

    /** Whether some claim of the document was stored before facts were read (its {@code facts} column is null). */
    @Transactional
    public boolean factsMissing(long documentId) {
        return ClaimRecord.count("documentId = ?1 and facts is null", documentId) > 0;
    }

    /** Forgets a document: deletes what is stored for it and leaves a tombstone (a late analysis is refused). */
    @Transactional
    public long forget(long documentId) {
        guard.forget(documentId);
        return delete(documentId);
    }

    /**
     * Deletes the document's claims, quantities and subjects and takes them out of the claims per entity; returns how
     * many claims there were.
     */
    @Transactional
    public long delete(long documentId) {
        Map<EntityCounters.Key, Long> deltas = counters.withdrawal(documentId);
        long deleted = deleteRows(documentId);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> EntityCounters.apply(connection, deltas));
        return deleted;
    }

    private long deleteRows(long documentId) {
        ClaimQuantityRecord.delete("documentId", documentId);
        ClaimSubjectRecord.delete("documentId", documentId);
        return ClaimRecord.delete("documentId", documentId);
    }

    /**
     * One page of the claims that match every filter of {@code query}, by document then position. With an entity the
     * page is found by walking the entity's documents in order ({@link #entityPage}), and the total is read from the
     * claims per entity ({@link EntityCounters}) when the entity and a period on month boundaries are the only
     * filters: neither sorts nor counts every claim of the entity.
     */
    @Transactional
    public Page<DocumentClaimView> search(ClaimQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = total(query, where, params);
        int offset = Math.multiplyExact(query.page(), query.size());
        List<ClaimRecord> records;
        if (query.entity() != null && query.documentId() == null) {
            records = entityPage(query, offset);
        } else {
            TypedQuery<ClaimRecord> select = em.createQuery("select c from ClaimRecord c where " + where
                    + " order by c.documentId, c.start, c.id", ClaimRecord.class);
            params.forEach(select::setParameter);
            records = select.setFirstResult(offset).setMaxResults(query.size()).getResultList();
        }
        List<DocumentClaimView> items = records.stream()
                .map(r -> new DocumentClaimView(r.documentId, r.publishedAt, toView(r))).toList();
        return new Page<>(items, query.page(), query.size(), total);
    }

    private long total(ClaimQuery query, String where, Map<String, Object> params) {
        if (query.entity() != null && query.type() == null && query.unit() == null && query.minScore() == null
                && query.documentId() == null && EntityCounters.onMonthBoundary(query.from(), config.zone())
                && EntityCounters.onMonthBoundary(query.to(), config.zone())) {
            return counters.read(query.entity(), query.from(), query.to(), null, config.zone()).stream()
                    .mapToLong(EntityClaimCount::claims).sum();
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from ClaimRecord c where " + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Claim ids per query of {@link #entityPage} (a bound on the statement's parameters). */
    private static final int ID_CHUNK = 1_000;

    /**
     * The claims {@code offset} to {@code offset + size} of an entity search, by document then position: the entity's
     * subject rows are read in document order from the (entry, document) index, a growing batch of documents at a
     * time; their claims are then read by id (the primary key), filtered and sorted, until the page is full or the
     * documents run out. No query compares rows with a list of documents (a scan that grew with the entity's claims).
     */
    private List<ClaimRecord> entityPage(ClaimQuery query, int offset) {
        int needed = Math.addExact(offset, query.size());
        List<ClaimRecord> found = new ArrayList<>();
        long after = Long.MIN_VALUE;
        int batch = Math.max(needed, 50);
        Map<String, Object> params = new HashMap<>();
        String where = where(new ClaimQuery(null, query.type(), query.unit(), query.minValue(), query.maxValue(),
                query.from(), query.to(), query.minScore(), null, 0, 1), params);
        while (found.size() < needed) {
            // ordered as the (entry_id, document_id) index, entry first although it is fixed: H2 reads the index in
            // order and stops at the batch only when the order names the index's leading columns; ordered by the
            // document alone it read and sorted every subject row of the entity on each call
            List<Long> documents = em.createQuery("select s.documentId from ClaimSubjectRecord s where s.entryId = ?1"
                    + " and s.documentId > ?2 order by s.entryId, s.documentId", Long.class)
                    .setParameter(1, query.entity()).setParameter(2, after).setMaxResults(batch).getResultList();
            if (documents.isEmpty()) {
                break;
            }
            long last = documents.get(documents.size() - 1);
            List<Long> claimIds = em.createQuery("select distinct s.claimId from ClaimSubjectRecord s"
                    + " where s.entryId = ?1 and s.documentId > ?2 and s.documentId <= ?3", Long.class)
                    .setParameter(1, query.entity()).setParameter(2, after).setParameter(3, last).getResultList();
            for (int from = 0; from < claimIds.size(); from += ID_CHUNK) {
                TypedQuery<ClaimRecord> select = em.createQuery("select c from ClaimRecord c where " + where
                        + " and c.id in :ids", ClaimRecord.class);
                params.forEach(select::setParameter);
                found.addAll(select.setParameter("ids", claimIds.subList(from, Math.min(claimIds.size(),
                        from + ID_CHUNK))).getResultList());
            }
            after = last;
            batch = (int) Math.min(4_000L, batch * 2L);
        }
        found.sort(Comparator.comparingLong((ClaimRecord c) -> c.documentId).thenComparingInt(c -> c.start)
                .thenComparingLong(c -> c.id));
        return offset >= found.size() ? List.of() : found.subList(offset, Math.min(found.size(), needed));
    }

    private static String where(ClaimQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (q.documentId() != null) {
            w.append(" and c.documentId = :documentId");
            params.put("documentId", q.documentId());
        }
        if (q.type() != null) {
            w.append(" and c.type = :type");
            params.put("type", q.type());
        }
        if (q.minScore() != null) {
            w.append(" and c.score >= :minScore");
            params.put("minScore", q.minScore());
        }
        publication(q.from(), q.to(), w, params);
        if (q.entity() != null) {
            // driven by the subject index (entry_id): not a probe per claim of the corpus
            w.append(" and c.id in (select s.claimId from ClaimSubjectRecord s where s.entryId = :entity)");
            params.put("entity", q.entity());
        }
        if (q.unit() != null) {
            w.append(" and exists (select 1 from ClaimQuantityRecord q where q.claimId = c.id and q.unit = :unit");
            params.put("unit", q.unit());
            if (q.minValue() != null) {
                w.append(" and coalesce(q.upperValue, q.numericValue) >= :minValue");
                params.put("minValue", q.minValue());
            }
            if (q.maxValue() != null) {
                w.append(" and q.numericValue <= :maxValue");
                params.put("maxValue", q.maxValue());
            }
            w.append(")");
        }
        return w.toString();
    }

    private static void publication(OffsetDateTime from, OffsetDateTime to, StringBuilder w, Map<String, Object> params) {
        if (from != null) {
            w.append(" and c.publishedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            w.append(" and c.publishedAt < :to");
            params.put("to", to);
        }
    }

    /**
     * Claims per glossary entry and month of publication ({@code yyyy-MM}, {@code unknown} without a
     * date), by entry, then month; with {@code top}, only for the {@code top} entries with the most claims in the
     * period. Read from the counters ({@link EntityCounters}) when the period is unbounded or bounded on month
     * boundaries; otherwise counted from the claims published in the period.
     */
    @Transactional
    public List<EntityClaimCount> countByEntity(Long entity, OffsetDateTime from, OffsetDateTime to, Integer top) {
        if (EntityCounters.onMonthBoundary(from, config.zone()) && EntityCounters.onMonthBoundary(to, config.zone())) {
            return counters.read(entity, from, to, top, config.zone());
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder w = new StringBuilder("c.id = s.claimId");
        if (entity != null) {
            w.append(" and s.entryId = :entity");
            params.put("entity", entity);
        }
        publication(from, to, w, params);
        TypedQuery<Object[]> query = em.createQuery("select s.entryId, c.publishedMonth, count(c)"
                + " from ClaimSubjectRecord s, ClaimRecord c where " + w
                + " group by s.entryId, c.publishedMonth order by s.entryId, c.publishedMonth", Object[].class);
        params.forEach(query::setParameter);
        List<EntityClaimCount> counts = query.getResultList().stream()
                .map(row -> new EntityClaimCount(((Number) row[0]).longValue(),
                        row[1] == null ? "unknown" : (String) row[1], ((Number) row[2]).longValue()))
                .toList();
        return top == null ? counts : top(counts, top);
    }

    /** The counts of the {@code top} entries with the most claims (then by id), in their order by entry and month. */
    static List<EntityClaimCount> top(List<EntityClaimCount> counts, int top) {
        Map<Long, Long> totals = new HashMap<>();
        counts.forEach(c -> totals.merge(c.entryId(), c.claims(), Long::sum));
        java.util.Set<Long> kept = totals.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        return counts.stream().filter(c -> kept.contains(c.entryId())).toList();
    }

    ClaimView toView(ClaimRecord r) {
        List<String> reasons = r.reasons == null || r.reasons.isEmpty() ? List.of()
                : Arrays.asList(r.reasons.split("\n"));
        List<Long> subjects = r.subjects == null || r.subjects.isEmpty() ? List.of()
                : Arrays.stream(r.subjects.split(",")).map(Long::valueOf).toList();
        List<QuantityView> quantities = quantities(r.quantities);
        List<FactView> facts = r.facts != null ? read(r.facts, FACTS)
                : FACT_READER.read(r.text, r.start, quantities, List.of(), subjects);
        return new ClaimView(r.id, r.start, r.end, r.text, true, r.type, r.score, reasons, quantities, r.speaker,
                r.hedge, subjects, facts);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private String json(List<?> values) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNullElse(values, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<QuantityView> quantities(String json) {
        return read(json, QUANTITIES);
    }

    private <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
