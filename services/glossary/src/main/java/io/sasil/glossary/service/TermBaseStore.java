package io.sasil.glossary.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.text.Span;
import io.sasil.glossary.config.GlossaryConfig;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.EntryEvidence;
import io.sasil.glossary.model.EntryLabel;
import io.sasil.glossary.model.MergeHistory;
import io.sasil.glossary.model.TermBaseStateRow;
import io.sasil.glossary.termbase.Category;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.LabelType;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.MergeRecord;
import io.sasil.glossary.termbase.MergeRule;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The persistent term base: an in-memory {@link TermBase} cached per replica and mirrored, change by change, into the
 * tables {@code entry}, {@code entry_label}, {@code entry_evidence}, {@code merge_record} and {@code term_base_state}.
 *
 * <p>Consistency across replicas: every change runs in a transaction that first locks the single
 * {@code term_base_state} row ({@code select … for update}), reloads the cached term base when the row's version is
 * not the cached one (another replica changed it), applies the change, writes the entries it touched and bumps the
 * version. A rolled-back change drops the cache (the next access reloads from the database).
 *
 * <p>The mention automaton is cached per version. It is rebuilt synchronously while the term base has at most
 * {@link GlossaryConfig#syncRebuildMaxLabels()} labels; above that the stale automaton keeps serving while one
 * background rebuild runs (at most one at a time, so at most two automata in memory).
 */
@ApplicationScoped
public class TermBaseStore {

    private static final Logger LOG = Logger.getLogger(TermBaseStore.class);
    private static final int STATE_ID = 1;
    /** Microsecond ticks: what both H2 and PostgreSQL keep of a timestamp, so a reload gives equal entries. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final GlossaryConfig config;
    private final Object loadLock = new Object();
    private final Object matcherLock = new Object();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossary-automaton");
        t.setDaemon(true);
        return t;
    });

    private volatile Cached cached;
    private volatile CachedMatcher matcher;

    private record Cached(TermBase base, long version) {
    }

    private record CachedMatcher(TermBase base, long version, MentionMatcher matcher) {
    }

    /** What {@code term_base_state.bookkeeping} holds. */
    record Bookkeeping(Set<Long> undoneMerges, Map<Long, Long> absorbedInto, Set<String> separated,
            Map<Long, Set<Long>> members, Map<Long, Set<Long>> absorbedMembers) {
    }

    /** A merge record as stored in {@code merge_record} snapshots. */
    record EntrySnapshot(long id, String preferredLabel, List<Label> labels, Category category, List<Evidence> evidence,
            int frequency, java.time.Instant firstSeen) {

        static EntrySnapshot of(TermEntry e) {
            return new EntrySnapshot(e.id(), e.preferredLabel(), e.labels(), e.category(), e.evidence(), e.frequency(),
                    e.firstSeen());
        }

        TermEntry entry() {
            return new TermEntry(id, preferredLabel, labels, category, evidence, frequency, firstSeen);
        }
    }

    public TermBaseStore(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            GlossaryConfig config) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        rebuilder.shutdownNow();
    }

    /** The current term base, for reading (reloaded when another replica changed it). Needs a transaction. */
    public TermBase read() {
        long version = em.find(TermBaseStateRow.class, STATE_ID).version;
        Cached c = cached;
        if (c != null && c.version == version) {
            return c.base;
        }
        synchronized (loadLock) {
            c = cached;
            if (c != null && c.version == version) {
                return c.base;
            }
            TermBaseStateRow row = em.find(TermBaseStateRow.class, STATE_ID);
            c = new Cached(load(row), row.version);
            cached = c;
            return c.base;
        }
    }

    /** Drops the cached term base and automaton: the next access reloads them from the database. */
    public void invalidate() {
        synchronized (loadLock) {
            cached = null;
        }
        matcher = null;
    }

    /** The version of the cached term base (after {@link #read()}), for caches keyed on it. */
    public long version() {
        Cached c = cached;
        return c == null ? -1 : c.version;
    }

    /**
     * Applies a change to the term base and writes what it touched, under the database lock of the state row.
     * Must run inside a transaction; the change is visible to other replicas when it commits.
     *
     * @param change what to do; it may throw (the transaction then rolls back and the cache is dropped)
     * @param <T>    what the change returns
     * @return the change's result, and the ids of the entries it touched in {@link Change#touched()}
     */
    public <T> Change<T> write(Function<TermBase, T> change) {
        TermBaseStateRow row = em.find(TermBaseStateRow.class, STATE_ID, LockModeType.PESSIMISTIC_WRITE);
        TermBase base;
        synchronized (loadLock) {
            Cached c = cached;
            if (c == null || c.version != row.version) {
                c = new Cached(load(row), row.version);
                cached = c;
            }
            base = c.base;
        }
        long[] newVersion = {row.version};
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                synchronized (loadLock) {
                    Cached now = cached;
                    if (now != null && now.base == base) {
                        cached = status == Status.STATUS_COMMITTED ? new Cached(base, newVersion[0]) : null;
                    }
                }
            }
        });
        base.drainChanged();
        T result;
        try {
            result = change.apply(base);
        } catch (RuntimeException e) {
            base.drainChanged();
            synchronized (loadLock) {
                if (cached != null && cached.base == base) {
                    cached = null;
                }
            }
            throw e;
        }
        Set<Long> touched = base.drainChanged();
        if (!touched.isEmpty()) {
            flush(base, touched, row);
            row.version = row.version + 1;
            newVersion[0] = row.version;
        }
        return new Change<>(result, touched, base);
    }

    /**
     * The result of a {@link #write}.
     *
     * @param result  what the change returned
     * @param touched ids of the entries created, changed, absorbed or deleted
     * @param base    the term base after the change
     */
    public record Change<T>(T result, Set<Long> touched, TermBase base) {
    }

    /**
     * The mention automaton over every mention label of {@code base} (see {@link TermBase#mentionLabels()}); see the
     * class comment for when it is rebuilt. Entry ids in its mentions may be stale: resolve them with
     * {@link TermBase#resolve(long)}.
     */
    public MentionMatcher matcher(TermBase base) {
        long version = version();
        CachedMatcher m = matcher;
        if (m != null && m.base == base && m.version == version) {
            return m.matcher;
        }
        if (m != null && m.matcher.size() > config.syncRebuildMaxLabels()) {
            if (rebuilding.compareAndSet(false, true)) {
                rebuilder.submit(() -> {
                    try {
                        long started = System.nanoTime();
                        MentionMatcher built = MentionMatcher.of(base.mentionLabels());
                        matcher = new CachedMatcher(base, version, built);
                        LOG.debugf("mention automaton rebuilt: %d labels in %d ms", built.size(),
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException e) {
                        LOG.warn("mention automaton rebuild failed", e);
                    } finally {
                        rebuilding.set(false);
                    }
                });
            }
            return m.matcher;
        }
        synchronized (matcherLock) {
            m = matcher;
            if (m != null && m.base == base && m.version == version) {
                return m.matcher;
            }
            MentionMatcher built = MentionMatcher.of(base.mentionLabels());
            matcher = new CachedMatcher(base, version, built);
            return built;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private TermBase load(TermBaseStateRow row) {
        Map<Long, List<Label>> labels = new HashMap<>();
        for (EntryLabel l : EntryLabel.<EntryLabel>list("order by id")) {
            labels.computeIfAbsent(l.entryId, k -> new ArrayList<>()).add(new Label(l.text, LabelType.valueOf(l.type)));
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        for (EntryEvidence e : EntryEvidence.<EntryEvidence>list("order by entryId, position")) {
            evidence.computeIfAbsent(e.entryId, k -> new ArrayList<>()).add(new Evidence(e.documentId, e.term,
                    span(e.termStart, e.termEnd), span(e.glossStart, e.glossEnd)));
        }
        List<TermEntry> entries = new ArrayList<>();
        for (Entry e : Entry.<Entry>list("order by id")) {
            List<Label> ls = labels.getOrDefault(e.id, List.of());
            if (ls.isEmpty()) {
                continue;
            }
            entries.add(new TermEntry(e.id, e.preferredLabel, ls, e.category == null ? null : Category.valueOf(e.category),
                    evidence.getOrDefault(e.id, List.of()), e.pairCount, e.firstSeenAt.toInstant()));
        }
        List<MergeRecord> merges = new ArrayList<>();
        for (MergeHistory h : MergeHistory.<MergeHistory>list("order by id")) {
            merges.add(new MergeRecord(h.id, MergeRule.valueOf(h.rule), readEntry(h.targetSnapshot),
                    readEntry(h.absorbedSnapshot), h.targetLabel, h.absorbedLabel));
        }
        Bookkeeping b = readBookkeeping(row.bookkeeping);
        return TermBase.restore(new TermBase.State(entries, merges, b.undoneMerges(), b.absorbedInto(), b.separated(),
                b.members(), b.absorbedMembers(), row.nextEntryId, row.nextMergeId), CLOCK);
    }

    private void flush(TermBase base, Set<Long> touched, TermBaseStateRow row) {
        List<Long> present = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : touched) {
            (base.get(id).isPresent() ? present : gone).add(id);
        }
        if (!present.isEmpty()) {
            EntryLabel.delete("entryId in ?1", present);
            EntryEvidence.delete("entryId in ?1", present);
        }
        for (long id : present) {
            TermEntry t = base.get(id).orElseThrow();
            Entry e = Entry.findById(id);
            boolean isNew = e == null;
            if (isNew) {
                e = new Entry();
                e.id = id;
            }
            e.preferredLabel = t.preferredLabel();
            e.category = t.category() == null ? null : t.category().name();
            e.pairCount = t.frequency();
            e.firstSeenAt = OffsetDateTime.ofInstant(t.firstSeen(), ZoneOffset.UTC);
            e.firstDocumentId = t.evidence().stream().map(Evidence::documentId).map(TermBaseStore::asLong)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(e.firstDocumentId);
            e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            if (isNew) {
                e.persist();
            }
            for (Label l : t.labels()) {
                EntryLabel row2 = new EntryLabel();
                row2.entryId = id;
                row2.text = l.text();
                row2.key = l.key().value();
                row2.type = l.type().name();
                row2.persist();
            }
            int position = 0;
            for (Evidence ev : t.evidence()) {
                EntryEvidence r = new EntryEvidence();
                r.entryId = id;
                r.position = position++;
                r.documentId = ev.documentId();
                r.term = ev.term();
                if (ev.termSpan() != null) {
                    r.termStart = ev.termSpan().start();
                    r.termEnd = ev.termSpan().end();
                }
                if (ev.glossSpan() != null) {
                    r.glossStart = ev.glossSpan().start();
                    r.glossEnd = ev.glossSpan().end();
                }
                r.persist();
            }
        }
        em.flush();
        for (long id : gone) {
            Long survivor = base.resolve(id);
            if (survivor != null) {
                em.createQuery("update MentionRecord set entryId = ?1 where entryId = ?2").setParameter(1, survivor)
                        .setParameter(2, id).executeUpdate();
                em.createQuery("update GlossRecord set entryId = ?1 where entryId = ?2").setParameter(1, survivor)
                        .setParameter(2, id).executeUpdate();
            }
            em.createQuery("delete from EntryLabel where entryId = ?1").setParameter(1, id).executeUpdate();
            em.createQuery("delete from EntryEvidence where entryId = ?1").setParameter(1, id).executeUpdate();
            em.createQuery("delete from MentionRecord where entryId = ?1").setParameter(1, id).executeUpdate();
            em.createQuery("update GlossRecord set entryId = null where entryId = ?1").setParameter(1, id)
                    .executeUpdate();
            em.createQuery("delete from Entry where id = ?1").setParameter(1, id).executeUpdate();
        }
        TermBase.State state = base.state();
        Number maxStored = (Number) em.createQuery("select coalesce(max(h.id), 0) from MergeHistory h")
                .getSingleResult();
        for (MergeRecord m : state.merges()) {
            if (m.id() > maxStored.longValue()) {
                MergeHistory h = new MergeHistory();
                h.id = m.id();
                h.rule = m.rule().name();
                h.targetId = m.targetId();
                h.absorbedId = m.absorbedId();
                h.targetLabel = m.targetLabel();
                h.absorbedLabel = m.absorbedLabel();
                h.targetSnapshot = write(EntrySnapshot.of(m.target()));
                h.absorbedSnapshot = write(EntrySnapshot.of(m.absorbed()));
                h.mergedAt = OffsetDateTime.now(ZoneOffset.UTC);
                h.persist();
            }
        }
        if (!state.undoneMerges().isEmpty()) {
            em.createQuery("update MergeHistory set undone = true where id in ?1 and undone = false")
                    .setParameter(1, new TreeSet<>(state.undoneMerges())).executeUpdate();
        }
        row.nextEntryId = state.nextId();
        row.nextMergeId = state.nextMergeId();
        row.bookkeeping = write(new Bookkeeping(state.undoneMerges(), state.absorbedInto(), state.separated(),
                state.members(), state.absorbedMembers()));
    }

    private static Span span(Integer start, Integer end) {
        return start == null || end == null ? null : new Span(start, end);
    }

    private static Long asLong(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write term base state", e);
        }
    }

    private TermEntry readEntry(String text) {
        try {
            return json.readValue(text, EntrySnapshot.class).entry();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt merge record snapshot", e);
        }
    }

    private Bookkeeping readBookkeeping(String text) {
        try {
            Bookkeeping b = json.readValue(text, new TypeReference<Bookkeeping>() {
            });
            return new Bookkeeping(b.undoneMerges() == null ? Set.of() : b.undoneMerges(),
                    b.absorbedInto() == null ? Map.of() : b.absorbedInto(),
                    b.separated() == null ? Set.of() : b.separated(), b.members() == null ? Map.of() : b.members(),
                    b.absorbedMembers() == null ? Map.of() : b.absorbedMembers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt term base bookkeeping", e);
        }
    }
}
