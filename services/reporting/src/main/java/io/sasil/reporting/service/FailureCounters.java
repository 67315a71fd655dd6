package io.sasil.reporting.service;

import io.sasil.common.persistence.CounterTable;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.model.CheckResultRecord;
import io.sasil.reporting.report.CorpusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Failed (INCONSISTENT) check results per check and source, as counters ({@code check_failure_count}: results, and
 * documents with at least one): moved in the transaction that replaces or forgets a document's results, by that
 * document's own results, so the failed checks of a corpus report without a period are read without grouping the
 * stored results. A document has one source, so the documents of a check are the sum over its sources.
 *
 * <p>The caller holds the document's lock ({@code document_guard}), so two replicas never move the same document's
 * results at once. The table is a {@link CounterTable}: a counter that falls to 0 stays as a row holding 0 and is
 * not read, and counters are moved in key order, so two documents do not deadlock over them (but for the rare
 * interleaving over new counters that {@link CounterTable} describes: the database aborts one writer, and the check
 * indexer stores that document again on its next sweep).
 */
@ApplicationScoped
public class FailureCounters {

    /** The source key of documents without a source. */
    static final String NO_SOURCE = "";

    /** One counter. */
    record Key(String check, String source) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = check.compareTo(o.check);
            return c != 0 ? c : source.compareTo(o.source);
        }
    }

    private static final CounterTable<Key> COUNTS = new CounterTable<>("check_failure_count",
            List.of("check_name", "document_source"), List.of("results", "documents"),
            k -> List.of(k.check(), k.source()));

    private final EntityManager em;

    public FailureCounters(EntityManager em) {
        this.em = em;
    }

    /**
     * Moves the counters from what {@code before} counted for to what {@code after} counts for (one document's), in
     * key order ({@link CounterTable#apply}), on the transaction's connection after the pending changes of its
     * entities (the document's results) are flushed, as a native query would.
     */
    void move(List<CheckResultRecord> before, List<CheckResultRecord> after) {
        SortedMap<Key, long[]> deltas = new TreeMap<>();
        add(deltas, before, -1);
        add(deltas, after, 1);
        em.flush();
        em.unwrap(Session.class).doWork(connection -> COUNTS.apply(connection, deltas));
    }

    /** Adds {@code sign} × what the results count for: each failed result, and each document once per check. */
    private static void add(Map<Key, long[]> deltas, List<CheckResultRecord> results, int sign) {
        Set<Key> documentCounted = new HashSet<>();
        for (CheckResultRecord r : results) {
            if (!Verdict.INCONSISTENT.name().equals(r.verdict)) {
                continue;
            }
            Key key = new Key(r.checkName, r.documentSource == null ? NO_SOURCE : r.documentSource);
            long[] d = deltas.computeIfAbsent(key, k -> new long[2]);
            d[0] += sign;
            if (documentCounted.add(key)) {
                d[1] += sign;
            }
        }
    }

    /** Failed results and documents per check, of one source or all (null): most results first, then by name. */
    List<CorpusReport.CheckCount> byCheck(String source) {
        var query = em.createNativeQuery("select check_name, sum(results), sum(documents) from check_failure_count"
                + (source == null ? "" : " where document_source = ?1") + " group by check_name");
        if (source != null) {
            query.setParameter(1, source);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CorpusReport.CheckCount> out = new ArrayList<>();
        for (Object[] row : rows) {
            long results = ((Number) row[1]).longValue();
            if (results > 0) {
                out.add(new CorpusReport.CheckCount((String) row[0], results, ((Number) row[2]).longValue()));
            }
        }
        out.sort(Comparator.comparingLong(CorpusReport.CheckCount::results).reversed()
                .thenComparing(CorpusReport.CheckCount::check));
        return out;
    }
}
