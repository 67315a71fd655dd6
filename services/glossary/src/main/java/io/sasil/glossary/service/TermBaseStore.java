package io.sasil.glossary.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.TermBase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The persistent term base: an in-memory {@link TermBase} per replica ({@link TermBaseCache}), mirrored change by
 * change into the database ({@link TermBaseRows}), versioned without a lock ({@link TermBaseVersions}), with its
 * mention automaton ({@link MentionAutomaton}).
 *
 * <p>A change ({@link #write}) runs in a transaction of its own, short: catch up with the stored version, apply the
 * change in memory, write the rows it changed, take the next version and check that no change committed since the
 * version read conflicts with it ({@link TermBaseVersions#conflicts}). A change that only adds or removes one
 * document's evidence of entries that exist (most analyses, once the term base has seen a corpus's terms) commutes
 * with other such changes: replicas make them in parallel, meeting only at the state row's short hold from taking a
 * version to the commit. A change that creates, relabels, merges or deletes entries takes the structural writer lock
 * before it writes ({@link TermBaseVersions#lockWriter}), so such changes are made one at a time, each decided on the
 * latest term base. On a conflict the transaction rolls back, the change is undone in memory
 * ({@link TermBase#rollback}) and tried again on the newer version (a structural one with the writer lock from its
 * start). Within a replica, changes are serialised by a local lock (they share the cached term base).
 */
@ApplicationScoped
public class TermBaseStore {

    private static final Logger LOG = Logger.getLogger(TermBaseStore.class);
    /** Tries of one change before its conflict is reported. */
    static final int ATTEMPTS = 20;

    private final TermBaseRows rows;
    private final TermBaseVersions versions;
    private final TermBaseCache cache;
    private final MentionAutomaton automaton = new MentionAutomaton();
    private final ReentrantLock lock = new ReentrantLock();
    /** Entry ids below this were created by committed changes (ids are handed out in increasing order). */
    private volatile long committedNextId = 1;

    /**
     * The result of a {@link #write}.
     *
     * @param result  what the change returned
     * @param touched ids of the entries created, changed, absorbed or deleted
     * @param gone    ids of the entries absorbed or deleted
     * @param base    the term base after the change
     */
    public record Change<T>(T result, Set<Long> touched, Set<Long> gone, TermBase base) {
    }

    /** Another writer moved the version first: roll back and try again. */
    static final class VersionConflict extends RuntimeException {
        VersionConflict() {
            super("the term base changed meanwhile", null, false, false);
        }
    }

    /** Committed changes, and attempts that lost to another writer (each is retried): {@code outcome} tag. */
    private final Counter committedChanges;
    private final Counter conflicts;
    /** Catch-ups with another replica's changes: from the change log, or by reloading everything. */
    private final Counter incrementalCatchUps;
    private final Counter fullCatchUps;

    @Inject
    public TermBaseStore(TermBaseRows rows, TermBaseVersions versions, MeterRegistry registry) {
        this.rows = rows;
        this.versions = versions;
        this.cache = new TermBaseCache(rows, versions);
        String changes = "sasil.glossary.termbase.changes";
        String changesHelp = "term base changes: committed, or an attempt that lost to another writer and was retried";
        this.committedChanges = counter(registry, changes, changesHelp, "outcome", "committed");
        this.conflicts = counter(registry, changes, changesHelp, "outcome", "conflict");
        String catchUps = "sasil.glossary.termbase.catchups";
        String catchUpsHelp = "the cached term base brought up to another writer's version: by the change log or reloaded";
        this.incrementalCatchUps = counter(registry, catchUps, catchUpsHelp, "kind", "incremental");
        this.fullCatchUps = counter(registry, catchUps, catchUpsHelp, "kind", "full");
    }

    private static Counter counter(MeterRegistry registry, String name, String help, String tag, String value) {
        return Counter.builder(name).description(help).tag(tag, value).register(registry);
    }

    /** A store whose counters are not exported (tests). */
    TermBaseStore(TermBaseRows rows, TermBaseVersions versions) {
        this(rows, versions, new SimpleMeterRegistry());
    }

    @PreDestroy
    void stop() {
        automaton.close();
    }

    /** The current term base, for reading (brought up to date when another replica changed it). Needs a transaction. */
    public TermBase read() {
        TermBaseRows.State row = rows.state();
        TermBase base = cache.base();
        if (base != null && cache.version() == row.version()) {
            return base;
        }
        lock.lock();
        try {
            catchUp(row);
            return cache.base();
        } finally {
            lock.unlock();
        }
    }

    /** Drops the cached term base and automaton: the next access reloads them from the database. */
    public void invalidate() {
        lock.lock();
        try {
            cache.clear();
            automaton.clear();
        } finally {
            lock.unlock();
        }
    }

    /** The version of the cached term base (after {@link #read()}), for caches keyed on it. */
    public long version() {
        return cache.version();
    }

    /**
     * Applies a change to the term base and stores what it changed, in a transaction of its own that commits before
     * this returns (retried on a newer version when another replica was first).
     *
     * @param change what to do; it may throw (nothing is stored then, and the cached term base is as before); it may
     *               run more than once, each time on the latest term base
     * @param <T>    what the change returns
     * @return the change's result, and what it touched
     */
    public <T> Change<T> write(Function<TermBase, T> change) {
        return write(change, null);
    }

    /**
     * {@link #write(Function)} for a change that creates, relabels, merges or deletes entries (a user's edit, an
     * import): it takes the writer lock before it reads the version, so another structural change cannot make it try
     * again.
     */
    public <T> Change<T> writeStructural(Function<TermBase, T> change) {
        return write(change, base -> true);
    }

    /**
     * {@link #write(Function)} for a change that may be structural (create, relabel, merge or delete entries).
     *
     * @param structural whether the change will likely be structural, asked of the cached term base (without
     *                   catching up) before the first try: when it says yes, that try takes the writer lock before it
     *                   reads the version, instead of finding out after applying the change and, when another
     *                   structural change was first, trying again; a wrong guess costs no correctness (null: no guess)
     */
    public <T> Change<T> write(Function<TermBase, T> change, java.util.function.Predicate<TermBase> structural) {
        boolean[] writerFirst = {false};
        for (int attempt = 1; ; attempt++) {
            lock.lock();
            try {
                if (attempt == 1 && structural != null && cache.base() != null) {
                    writerFirst[0] = structural.test(cache.base());
                }
                return attempt(change, writerFirst);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                conflicts.increment();
                LOG.debugf("term base change retried after a conflict (attempt %d): %s", attempt, e);
            } finally {
                lock.unlock();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while retrying a term base change", e);
            }
        }
    }

    /** The selected mentions of a text by the term base's automaton (entry ids to resolve with the base). */
    public List<MentionMatcher.Mention> mentions(TermBase base, String text) {
        return automaton.find(base, text);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What one attempt left to do after its transaction: undo in memory, or record the commit. */
    private static final class Attempt {
        TermBase applied;
        TermBase.Checkpoint checkpoint;
        long read;
        long committed = -1;
        String bookkeeping;
        Set<Long> labelsChanged = Set.of();
    }

    /**
     * One try of a change. {@code structural[0]}: whether an earlier try found the change structural (then this one
     * takes the writer lock first); set when this one does.
     */
    private <T> Change<T> attempt(Function<TermBase, T> change, boolean[] structural) {
        Attempt a = new Attempt();
        boolean writerFirst = structural[0];
        try {
            Change<T> result = QuarkusTransaction.requiringNew().call(() -> {
                if (writerFirst) {
                    versions.lockWriter();
                }
                TermBaseRows.State row = rows.state();
                catchUp(row);
                TermBase base = cache.base();
                a.checkpoint = base.checkpoint();
                a.applied = base;
                T value = change.apply(base);
                List<TermBase.EntryChange> changes = base.drainChanges();
                if (changes.isEmpty()) {
                    a.applied = null;
                    return new Change<>(value, Set.<Long>of(), Set.<Long>of(), base);
                }
                boolean evidenceOnly = TermBaseRows.evidenceOnly(changes);
                if (!evidenceOnly && !writerFirst) {
                    structural[0] = true;
                    versions.lockWriter();
                    if (versions.structuralSince(row.version())) {
                        throw new VersionConflict();
                    }
                }
                TermBaseRows.Written written = rows.write(base, changes, a.checkpoint);
                String book = rows.bookkeepingIfChanged(base, a.checkpoint);
                if (evidenceOnly && (book != null || !written.evidenceOnly())) {
                    throw new IllegalStateException("a change of evidence only changed more: " + written.touches());
                }
                Set<Long> touched = new TreeSet<>();
                changes.forEach(c -> touched.add(c.id()));
                long version = versions.advance();
                if (versions.conflicts(row.version(), version, touched, evidenceOnly)) {
                    throw new VersionConflict();
                }
                TermBase.Checkpoint now = base.bookkeeping();
                versions.record(version, now.nextId(), now.nextMergeId(), book, !evidenceOnly, written.touches());
                a.read = row.version();
                a.committed = version;
                a.bookkeeping = book;
                a.labelsChanged = written.labelsChanged();
                return new Change<>(value, touched, written.gone(), base);
            });
            if (a.committed >= 0) {
                committedChanges.increment();
                cache.committed(a.read, a.committed, a.bookkeeping);
                committedNextId = result.base().bookkeeping().nextId();
                automaton.changed(a.labelsChanged, result.base());
            }
            return result;
        } catch (RuntimeException e) {
            if (a.applied != null) {
                a.applied.rollback(a.checkpoint);
            }
            throw e;
        }
    }

    /**
     * Whether an entry of the cached term base is stored: false for an entry another thread's change has just created
     * in memory and not yet committed (rows must not point at it: the change may still roll back).
     */
    public boolean isCommitted(long entryId) {
        return entryId < committedNextId;
    }

    private void catchUp(TermBaseRows.State row) {
        boolean behind = cache.base() == null || cache.version() != row.version();
        Set<Long> changed = cache.catchUp(row);
        if (behind) {
            (changed == null ? fullCatchUps : incrementalCatchUps).increment();
        }
        committedNextId = row.nextEntryId();
        if (changed == null) {
            automaton.clear();
        } else if (!changed.isEmpty()) {
            automaton.changed(changed, cache.base());
        }
    }

    /** Whether a failed change is worth another try: the version moved, or the database refused a concurrent write. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VersionConflict || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 23: integrity (two replicas took the same new id), 40: serialization failure or deadlock,
                // 55P03: lock not available (PostgreSQL), HYT00: lock timeout (H2)
                if (state.startsWith("23") || state.startsWith("40") || state.equals("55P03")
                        || state.equals("HYT00")) {
                    return true;
                }
            }
        }
        return false;
    }
}
