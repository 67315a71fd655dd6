package io.sasil.glossary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The version of the stored term base and its change log ({@code term_base_state.version}, {@code term_base_change}).
 *
 * <p>Every committed change moves the version on by one and logs the entries it touched under its version. A change
 * is computed on the version its writer read, without a lock, and its rows are written before it takes a version:
 * {@link #advance} moves the version and holds the state row until the commit, so that versions are taken and
 * committed in one order and the log has no gaps. Then {@link #conflicts} reads what the changes committed since the
 * writer's version touched, and the writer retries on the newer term base ({@link TermBaseStore}) only when one of
 * them does not commute with its own:
 * <ul>
 * <li>a change that only added or removed one document's evidence of existing entries (the common analysis of a
 * document whose terms are known) conflicts only with a change that created, relabelled, merged or deleted one of its
 * entries since; two such changes commute (their pair counts are written as increments);</li>
 * <li>any other change (entries created, labels added, merges) conflicts with every such change since, and with any
 * change of the entries it touched: it decides merges on the whole term base and writes its entries whole.</li>
 * </ul>
 * A change of the second kind takes the structural writer lock ({@link #lockWriter}) before it writes, and gives up
 * at once when such a change committed since its version ({@link #structuralSince}): those changes run one at a time,
 * and the retry, which holds the lock from its start, cannot lose to another of them. So replicas analysing
 * documents whose terms are known do not wait for each other but at the state row's short hold at the end.
 *
 * <p>A replica that is behind reads only the entries the log names ({@link #changesSince}); the log keeps the last
 * {@value #KEPT} versions, a replica further behind reloads all.
 */
@ApplicationScoped
public class TermBaseVersions {

    /** Versions kept in the change log. */
    static final long KEPT = 20_000;

    private final EntityManager em;

    /**
     * A logged touch of an entry.
     *
     * @param version    the version of the change
     * @param entryId    the entry
     * @param documentId the only document whose evidence of the entry changed, or null when the entry changed
     */
    record Logged(long version, long entryId, String documentId) {
    }

    public TermBaseVersions(EntityManager em) {
        this.em = em;
    }

    /**
     * Moves the version on by one and returns the new version; the state row stays locked until the transaction
     * ends, so changes take versions in the order they commit.
     */
    long advance() {
        em.createNativeQuery("update term_base_state set version = version + 1 where id = 1").executeUpdate();
        return ((Number) em.createNativeQuery("select version from term_base_state where id = 1").getSingleResult())
                .longValue();
    }

    /**
     * Whether a change computed on version {@code read} and given {@code version} ({@link #advance}) must be tried
     * again: some change committed in between does not commute with it (see the class comment).
     *
     * @param entries      the entries the change touched
     * @param evidenceOnly whether the change only moved evidence ({@link TermBaseRows.Written#evidenceOnly})
     */
    boolean conflicts(long read, long version, Set<Long> entries, boolean evidenceOnly) {
        if (version == read + 1) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select entry_id, document_id from term_base_change"
                + " where version > ?1 and version < ?2").setParameter(1, read).setParameter(2, version)
                .getResultList();
        for (Object[] r : rows) {
            boolean whole = r[1] == null;
            boolean mine = entries.contains(((Number) r[0]).longValue());
            if (evidenceOnly ? whole && mine : whole || mine) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs the touches of the change that {@linkplain #advance took} {@code version}, and stores the new counters
     * and bookkeeping (bookkeeping when not null; counters not when {@code counters} is false: a change that created
     * no entry may hold older counters than the stored ones).
     */
    void record(long version, long nextEntryId, long nextMergeId, String bookkeeping, boolean counters,
            List<TermBaseRows.Touch> touches) {
        for (TermBaseRows.Touch t : touches) {
            em.createNativeQuery("insert into term_base_change (version, entry_id, document_id) values (?1, ?2, ?3)")
                    .setParameter(1, version).setParameter(2, t.entryId()).setParameter(3, t.documentId())
                    .executeUpdate();
        }
        if (version % 1_000 == 0) {
            em.createNativeQuery("delete from term_base_change where version <= ?1").setParameter(1, version - KEPT)
                    .executeUpdate();
        }
        if (!counters && bookkeeping == null) {
            return;
        }
        String sql = "update term_base_state set "
                + (counters ? "next_entry_id = :next, next_merge_id = :merge" : "")
                + (counters && bookkeeping != null ? ", " : "")
                + (bookkeeping == null ? "" : "bookkeeping = :book") + " where id = 1 and version = :version";
        var q = em.createNativeQuery(sql).setParameter("version", version);
        if (counters) {
            q.setParameter("next", nextEntryId).setParameter("merge", nextMergeId);
        }
        if (bookkeeping != null) {
            q.setParameter("book", bookkeeping);
        }
        if (q.executeUpdate() != 1) {
            throw new IllegalStateException("term base version " + version + " was not taken by this transaction");
        }
    }

    /**
     * Takes the structural writer lock ({@code term_base_writer}) until the transaction ends: changes that create,
     * relabel, merge or delete entries run one at a time. Taken before any row is written, so that writers that hold
     * it wait for no one but the rows' and the state row's short holds.
     */
    void lockWriter() {
        em.createNativeQuery("select id from term_base_writer where id = 1 for update").getResultList();
    }

    /** Whether a change that created, relabelled, merged or deleted an entry committed after version {@code read}. */
    boolean structuralSince(long read) {
        return !em.createNativeQuery("select version from term_base_change where version > ?1 and document_id is null")
                .setParameter(1, read).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The touches logged after {@code version} up to {@code upTo}, by version; null when the log does not hold every
     * version in between (pruned, or written before the log existed): then reload everything.
     */
    List<Logged> changesSince(long version, long upTo) {
        List<Logged> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select version, entry_id, document_id from term_base_change"
                + " where version > ?1 and version <= ?2 order by version, entry_id")
                .setParameter(1, version).setParameter(2, upTo).getResultList();
        long seen = version;
        int versions = 0;
        for (Object[] r : rows) {
            long v = ((Number) r[0]).longValue();
            if (v != seen) {
                versions++;
                seen = v;
            }
            out.add(new Logged(v, ((Number) r[1]).longValue(), (String) r[2]));
        }
        return versions == upTo - version ? out : null;
    }
}
