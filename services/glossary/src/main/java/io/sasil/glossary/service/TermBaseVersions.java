package io.sasil.glossary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The version of the stored term base and its change log ({@code term_base_state.version}, {@code term_base_change}).
 *
 * <p>A change is not serialised by a lock while it is computed: when it is ready to be written, {@link #claim} moves the
 * version from the one the writer read to the next, naming the one it read in the update's condition. When another
 * replica committed a change in between, no row matches and the writer retries on the newer version
 * ({@link TermBaseStore}) before it has written anything; otherwise the state row stays locked until the commit, so
 * the rows of two changes are never written at once (no two replicas insert the same new entry id). The state row is
 * thus held only while a change's rows are written, not for a whole analysis. A writer that lost several times in a
 * row takes the lock when it starts ({@link #lockedState}), so that it cannot lose again.
 *
 * <p>Every change also logs the entries it touched under its version, so that a replica that is behind reads only
 * those ({@link #changesSince}); the log keeps the last {@value #KEPT} versions, a replica further behind reloads all.
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
     * Moves the version from {@code from} to {@code from + 1}, locking the state row until the transaction ends.
     *
     * @return false when the stored version is no longer {@code from} (another writer was first)
     */
    boolean claim(long from) {
        return em.createNativeQuery("update term_base_state set version = ?1 where id = 1 and version = ?2")
                .setParameter(1, from + 1).setParameter(2, from).executeUpdate() == 1;
    }

    /**
     * Logs the touches of the change that {@linkplain #claim claimed} {@code version} and stores the new counters
     * (and bookkeeping when not null).
     */
    void record(long version, long nextEntryId, long nextMergeId, String bookkeeping, List<TermBaseRows.Touch> touches) {
        for (TermBaseRows.Touch t : touches) {
            em.createNativeQuery("insert into term_base_change (version, entry_id, document_id) values (?1, ?2, ?3)")
                    .setParameter(1, version).setParameter(2, t.entryId()).setParameter(3, t.documentId())
                    .executeUpdate();
        }
        if (version % 1_000 == 0) {
            em.createNativeQuery("delete from term_base_change where version <= ?1").setParameter(1, version - KEPT)
                    .executeUpdate();
        }
        String sql = "update term_base_state set next_entry_id = ?1, next_merge_id = ?2"
                + (bookkeeping == null ? "" : ", bookkeeping = ?4") + " where id = 1 and version = ?3";
        var q = em.createNativeQuery(sql).setParameter(1, nextEntryId).setParameter(2, nextMergeId)
                .setParameter(3, version);
        if (bookkeeping != null) {
            q.setParameter(4, bookkeeping);
        }
        if (q.executeUpdate() != 1) {
            throw new IllegalStateException("term base version " + version + " was not claimed by this transaction");
        }
    }

    /** Locks the state row until the transaction ends (other writers' {@link #claim} waits for it, then fails). */
    void lockedState() {
        em.createNativeQuery("select version from term_base_state where id = 1 for update").getResultList();
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
