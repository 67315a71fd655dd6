package io.sasil.glossary.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.text.Span;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.EntryEvidence;
import io.sasil.glossary.model.EntryLabel;
import io.sasil.glossary.model.MergeHistory;
import io.sasil.glossary.termbase.Category;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.LabelType;
import io.sasil.glossary.termbase.Merge;
import io.sasil.glossary.termbase.MergeRule;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Row mapping of the term base: reads the tables {@code entry}, {@code entry_label}, {@code entry_evidence},
 * {@code merge_record} and {@code term_base_state} into a {@link TermBase} (all of it, or one entry), and writes a
 * change as the difference it made: a new entry is inserted with its labels and evidence; a changed entry gets its
 * row updated in place, its new labels inserted and its removed ones deleted, the evidence of the documents it lost
 * deleted and its new evidence appended; an absorbed or deleted entry is removed, its mentions and glosses moved to
 * the survivor. Nothing an unchanged entry holds is rewritten, so a document's analysis writes rows in proportion to
 * what the document changes, not to how much evidence its entries gathered before.
 *
 * <p>Evidence and labels are read back in row id order, which is the order they were appended in.
 */
@ApplicationScoped
public class TermBaseRows {

    /** Microsecond ticks: what both H2 and PostgreSQL keep of a timestamp, so a reload gives equal entries. */
    static final Clock CLOCK = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));

    private final EntityManager em;
    private final ObjectMapper json;

    /** What {@code term_base_state.bookkeeping} holds. */
    record Bookkeeping(Set<Long> undoneMerges, Map<Long, Long> absorbedInto, Set<String> separated,
            Map<Long, Set<Long>> members, Map<Long, Set<Long>> absorbedMembers) {

        static Bookkeeping of(TermBase.Checkpoint c) {
            return new Bookkeeping(c.undoneMerges(), c.absorbedInto(), c.separated(), c.members(),
                    c.absorbedMembers());
        }
    }

    /** A merge record's entry as stored in {@code merge_record} snapshots. */
    record EntrySnapshot(long id, String preferredLabel, List<Label> labels, Category category, List<Evidence> evidence,
            int frequency, Instant firstSeen) {

        static EntrySnapshot of(TermEntry e) {
            return new EntrySnapshot(e.id(), e.preferredLabel(), e.labels(), e.category(), e.evidence(), e.frequency(),
                    e.firstSeen());
        }

        TermEntry entry() {
            return new TermEntry(id, preferredLabel, labels, category, evidence, frequency, firstSeen);
        }
    }

    /**
     * The row of {@code term_base_state}.
     *
     * @param version     the version every committed change bumps
     * @param nextEntryId the next entry id
     * @param nextMergeId the next merge id
     * @param bookkeeping JSON of {@link Bookkeeping}
     */
    record State(long version, long nextEntryId, long nextMergeId, String bookkeeping) {
    }

    /**
     * One row of the change log: an entry a change touched, and the only document whose evidence of it changed
     * (null when the entry itself changed: created, relabelled, merged, deleted…).
     */
    record Touch(long entryId, String documentId) {
    }

    /**
     * What a written change did.
     *
     * @param touches       one per entry, for the change log
     * @param labelsChanged ids of entries created, deleted or whose mention labels changed (the automaton's concern)
     * @param gone          ids of entries absorbed or deleted
     */
    record Written(List<Touch> touches, Set<Long> labelsChanged, Set<Long> gone) {

        /**
         * Whether the change only moved evidence of existing entries, one document's per entry (no entry created,
         * relabelled, merged or deleted): such changes commute with each other, and their counters were written as
         * increments ({@link TermBaseVersions#conflicts}).
         */
        boolean evidenceOnly() {
            return gone.isEmpty() && labelsChanged.isEmpty() && touches.stream().allMatch(t -> t.documentId() != null);
        }
    }

    /**
     * Whether a change only added or removed one document's evidence of each entry it changed, entries that existed
     * before and still do, with their labels, preferred label, category and first sighting as they were (then it
     * made no merge either: a merge removes an entry). Such changes commute ({@link TermBaseVersions}).
     */
    static boolean evidenceOnly(List<TermBase.EntryChange> changes) {
        for (TermBase.EntryChange c : changes) {
            TermEntry was = c.before();
            TermEntry now = c.after();
            if (was == null || now == null || !was.labels().equals(now.labels())
                    || !Objects.equals(was.preferredLabel(), now.preferredLabel()) || was.category() != now.category()
                    || !was.firstSeen().equals(now.firstSeen())) {
                return false;
            }
            Set<String> documents = evidenceDocuments(was.evidence(), now.evidence());
            if (documents.size() != 1 || documents.contains(null)) {
                return false;
            }
        }
        return true;
    }

    /** The documents whose evidence differs between {@code was} and {@code now} (kept evidence is the same object). */
    private static Set<String> evidenceDocuments(List<Evidence> was, List<Evidence> now) {
        Set<String> out = new HashSet<>();
        if (TermBase.appendedTo(was, now)) {
            now.subList(was.size(), now.size()).forEach(e -> out.add(e.documentId()));
            return out;
        }
        Map<Evidence, Boolean> kept = new java.util.IdentityHashMap<>();
        now.forEach(e -> kept.put(e, Boolean.TRUE));
        for (Evidence e : was) {
            if (kept.remove(e) == null) {
                out.add(e.documentId());
            }
        }
        kept.keySet().forEach(e -> out.add(e.documentId()));
        return out;
    }

    public TermBaseRows(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The state row (version, id counters, bookkeeping). */
    State state() {
        Object[] r = (Object[]) em.createQuery("select s.version, s.nextEntryId, s.nextMergeId, s.bookkeeping"
                + " from TermBaseStateRow s where s.id = 1").getSingleResult();
        return new State(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                (String) r[3]);
    }

    /** The whole term base as stored (entries by id). */
    TermBase loadAll(State row) {
        Map<Long, List<Label>> labels = new HashMap<>();
        for (EntryLabel l : EntryLabel.<EntryLabel>list("order by id")) {
            labels.computeIfAbsent(l.entryId, k -> new ArrayList<>()).add(label(l));
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        Map<String, String> documents = new HashMap<>();
        for (EntryEvidence e : EntryEvidence.<EntryEvidence>list("order by entryId, id")) {
            evidence.computeIfAbsent(e.entryId, k -> new ArrayList<>()).add(evidence(e, documents));
        }
        List<TermEntry> entries = new ArrayList<>();
        for (Entry e : Entry.<Entry>list("order by id")) {
            List<Label> ls = labels.getOrDefault(e.id, List.of());
            if (!ls.isEmpty()) {
                entries.add(entry(e, ls, sharingTerms(evidence.getOrDefault(e.id, List.of()), ls)));
            }
        }
        List<Merge> merges = mergesAfter(0);
        Bookkeeping b = readBookkeeping(row.bookkeeping());
        return TermBase.restore(new TermBase.State(entries, merges, b.undoneMerges(), b.absorbedInto(), b.separated(),
                b.members(), b.absorbedMembers(), row.nextEntryId(), row.nextMergeId()), CLOCK);
    }

    /** One entry as stored, or null when it is not (deleted, absorbed, or without labels). */
    TermEntry loadEntry(long id) {
        Entry e = em.find(Entry.class, id);
        if (e == null) {
            return null;
        }
        List<Label> ls = EntryLabel.<EntryLabel>list("entryId = ?1 order by id", id).stream()
                .map(TermBaseRows::label).toList();
        if (ls.isEmpty()) {
            return null;
        }
        Map<String, String> documents = new HashMap<>();
        List<Evidence> ev = EntryEvidence.<EntryEvidence>list("entryId = ?1 order by id", id).stream()
                .map(r -> evidence(r, documents)).toList();
        return entry(e, ls, sharingTerms(ev, ls));
    }

    /**
     * Cached entries with the evidence of some documents replaced by what is stored for them now (appended, in the
     * given order), and their stored pair counts: a catch-up with other replicas' evidence-only changes. Two queries
     * per 500 entries, read as values (no managed entities).
     *
     * @param cached    the entries as cached, by id
     * @param documents per entry id, the documents whose evidence of it changed
     * @return per entry id, the entry now; an entry no longer stored is left out
     */
    Map<Long, TermEntry> reloadEvidence(Map<Long, TermEntry> cached, Map<Long, ? extends Collection<String>> documents) {
        Map<Long, TermEntry> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(documents.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            Map<Long, Object[]> counts = new HashMap<>();
            for (Object[] r : em.createQuery("select e.id, e.pairCount, e.firstSeenAt from Entry e where e.id in ?1",
                    Object[].class).setParameter(1, chunk).getResultList()) {
                counts.put((Long) r[0], r);
            }
            Set<String> docs = new HashSet<>();
            chunk.forEach(id -> docs.addAll(documents.get(id)));
            // the cached evidence of these documents holds their ids already: the reloaded rows share them
            Map<String, String> shared = new HashMap<>();
            docs.forEach(doc -> shared.put(doc, doc));
            Map<Long, Map<String, List<Evidence>>> rowsOf = new HashMap<>();
            for (Object[] r : em.createQuery("select v.entryId, v.documentId, v.term, v.termStart, v.termEnd,"
                    + " v.glossStart, v.glossEnd from EntryEvidence v where v.entryId in ?1 and v.documentId in ?2"
                    + " order by v.entryId, v.id", Object[].class).setParameter(1, chunk).setParameter(2, docs)
                    .getResultList()) {
                Evidence e = evidence((String) r[1], (String) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5],
                        (Integer) r[6], shared);
                rowsOf.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent(e.documentId(), k -> new ArrayList<>()).add(e);
            }
            for (long id : chunk) {
                Object[] c = counts.get(id);
                if (c == null) {
                    continue;
                }
                TermEntry was = cached.get(id);
                Collection<String> changed = documents.get(id);
                Set<String> replaced = new HashSet<>(changed);
                List<Evidence> ev = new ArrayList<>(was.evidence().size() + 4);
                for (Evidence e : was.evidence()) {
                    if (!replaced.contains(e.documentId())) {
                        ev.add(e);
                    }
                }
                List<Evidence> reloaded = new ArrayList<>();
                Map<String, List<Evidence>> stored = rowsOf.getOrDefault(id, Map.of());
                for (String doc : changed) {
                    reloaded.addAll(stored.getOrDefault(doc, List.of()));
                }
                ev.addAll(sharingTerms(reloaded, was.labels()));
                out.put(id, new TermEntry(id, was.preferredLabel(), was.labels(), was.category(), ev,
                        ((Number) c[1]).intValue(), ((OffsetDateTime) c[2]).toInstant()));
            }
        }
        return out;
    }

    /** The merges with an id above {@code afterId}, oldest first. */
    List<Merge> mergesAfter(long afterId) {
        List<Merge> merges = new ArrayList<>();
        for (MergeHistory h : MergeHistory.<MergeHistory>list("id > ?1 order by id", afterId)) {
            merges.add(new Merge(h.id, MergeRule.valueOf(h.rule), readEntry(h.targetSnapshot),
                    readEntry(h.absorbedSnapshot), h.targetLabel, h.absorbedLabel));
        }
        return merges;
    }

    Bookkeeping readBookkeeping(String text) {
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

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Writes what a change did to the term base: the entries it changed (as differences), its new merges, the merges
     * it undid. The state row and the change log are {@link TermBaseVersions}' concern.
     *
     * @param base    the term base after the change
     * @param changes the entries it changed ({@link TermBase#drainChanges()})
     * @param before  the bookkeeping before the change
     */
    Written write(TermBase base, List<TermBase.EntryChange> changes, TermBase.Checkpoint before) {
        Batches rows = new Batches();
        List<Touch> touches = new ArrayList<>(changes.size());
        Set<Long> labelsChanged = new TreeSet<>();
        Set<Long> gone = new TreeSet<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (TermBase.EntryChange c : changes) {
            if (c.after() == null) {
                continue;
            }
            if (c.before() == null) {
                insert(c.after(), now, rows);
                touches.add(new Touch(c.id(), null));
                labelsChanged.add(c.id());
            } else if (!c.before().equals(c.after())) {
                String document = update(c.before(), c.after(), now, rows);
                touches.add(new Touch(c.id(), document));
                if (!mentionLabels(c.before()).equals(mentionLabels(c.after()))) {
                    labelsChanged.add(c.id());
                }
            }
        }
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(rows::execute);
        for (TermBase.EntryChange c : changes) {
            if (c.after() == null && c.before() != null) {
                remove(c.id(), base.resolve(c.id()));
                touches.add(new Touch(c.id(), null));
                labelsChanged.add(c.id());
                gone.add(c.id());
            }
        }
        if (base.lastMergeId() >= before.nextMergeId()) {
            for (Merge m : base.merges()) {
                if (m.id() >= before.nextMergeId()) {
                    insert(m, now);
                }
            }
        }
        TermBase.Checkpoint after = base.bookkeeping();
        if (!after.undoneMerges().equals(before.undoneMerges())) {
            Set<Long> undone = new TreeSet<>(after.undoneMerges());
            undone.removeAll(before.undoneMerges());
            if (!undone.isEmpty()) {
                em.createQuery("update MergeHistory set undone = true where id in ?1 and undone = false")
                        .setParameter(1, undone).executeUpdate();
            }
        }
        return new Written(touches, labelsChanged, gone);
    }

    /** The bookkeeping JSON of the term base now, or null when it is the same as in {@code before}. */
    String bookkeepingIfChanged(TermBase base, TermBase.Checkpoint before) {
        TermBase.Checkpoint now = base.bookkeeping();
        Bookkeeping was = Bookkeeping.of(before);
        Bookkeeping is = Bookkeeping.of(now);
        return is.equals(was) ? null : write(is);
    }

    /**
     * The entry updates, labels and evidence rows of a change, written as one JDBC batch per table when the change's
     * new entries are flushed (Hibernate writes identity-keyed rows one statement at a time, and a bulk HQL update
     * costs a query translation and a flush check per entry). Deletes run when they are met, before these.
     */
    private static final class Batches {
        final List<Object[]> entries = new ArrayList<>();
        /** Entries whose only change was one document's evidence: their pair count moved by a difference. */
        final List<Object[]> counts = new ArrayList<>();
        final List<Object[]> labels = new ArrayList<>();
        final List<Object[]> evidence = new ArrayList<>();

        void execute(java.sql.Connection connection) throws java.sql.SQLException {
            run(connection, "update entry set preferred_label = ?, category = ?, pair_count = ?, first_seen_at = ?,"
                    + " updated_at = ?, first_document_id = coalesce(?, first_document_id) where id = ?", entries,
                    new int[] {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.INTEGER,
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                        java.sql.Types.BIGINT, java.sql.Types.BIGINT});
            int[] counted = run(connection, "update entry set pair_count = pair_count + ?, updated_at = ?,"
                    + " first_document_id = coalesce(?, first_document_id) where id = ?", counts,
                    new int[] {java.sql.Types.INTEGER, java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.BIGINT,
                        java.sql.Types.BIGINT});
            for (int n : counted) {
                if (n == 0) {
                    // another replica merged or deleted the entry meanwhile: try again on its change
                    throw new TermBaseStore.VersionConflict();
                }
            }
            run(connection, "insert into entry_label (entry_id, text, label_key, type) values (?, ?, ?, ?)", labels,
                    new int[] {java.sql.Types.BIGINT, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                        java.sql.Types.VARCHAR});
            run(connection, "insert into entry_evidence (entry_id, position, document_id, term, term_start, term_end,"
                    + " gloss_start, gloss_end) values (?, ?, ?, ?, ?, ?, ?, ?)", evidence,
                    new int[] {java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.VARCHAR,
                        java.sql.Types.VARCHAR, java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.INTEGER,
                        java.sql.Types.INTEGER});
        }

        private static int[] run(java.sql.Connection connection, String sql, List<Object[]> rows, int[] types)
                throws java.sql.SQLException {
            if (rows.isEmpty()) {
                return new int[0];
            }
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            statement.setNull(i + 1, types[i]);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        }
    }

    private void insert(TermEntry t, OffsetDateTime now, Batches rows) {
        Entry e = new Entry();
        e.id = t.id();
        e.preferredLabel = t.preferredLabel();
        e.category = t.category() == null ? null : t.category().name();
        e.pairCount = t.frequency();
        e.firstSeenAt = OffsetDateTime.ofInstant(t.firstSeen(), ZoneOffset.UTC);
        e.firstDocumentId = firstDocument(t);
        e.updatedAt = now;
        e.persist();
        t.labels().forEach(l -> insert(t.id(), l, rows));
        int position = 0;
        for (Evidence ev : t.evidence()) {
            insert(t.id(), position++, ev, rows);
        }
    }

    /**
     * Updates a changed entry in place and returns the document whose evidence was all that changed in it (null when
     * more changed). Such an entry's pair count moves by the difference the change made, not to the value this
     * replica holds: other replicas may have added evidence of other documents meanwhile, and both stand.
     */
    private String update(TermEntry was, TermEntry now, OffsetDateTime at, Batches rows) {
        boolean labelsSame = updateLabels(was, now, rows);
        Set<String> evidenceDocuments = updateEvidence(was, now, rows);
        boolean entrySame = labelsSame && Objects.equals(was.preferredLabel(), now.preferredLabel())
                && was.category() == now.category() && was.firstSeen().equals(now.firstSeen());
        // the first document is kept when the entry has no evidence with a numeric document id any more
        if (entrySame && evidenceDocuments != null && evidenceDocuments.size() == 1) {
            rows.counts.add(new Object[] {now.frequency() - was.frequency(), at, firstDocument(now), now.id()});
            return evidenceDocuments.iterator().next();
        }
        rows.entries.add(new Object[] {now.preferredLabel(), now.category() == null ? null : now.category().name(),
            now.frequency(), OffsetDateTime.ofInstant(now.firstSeen(), ZoneOffset.UTC), at, firstDocument(now),
            now.id()});
        return null;
    }

    /** Inserts the new labels and deletes the removed ones; returns whether the labels stayed the same. */
    private boolean updateLabels(TermEntry was, TermEntry now, Batches rows) {
        if (was.labels().equals(now.labels())) {
            return true;
        }
        Set<Label> nowSet = new HashSet<>(now.labels());
        List<Label> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Label l : was.labels()) {
            if (nowSet.contains(l)) {
                kept.add(l);
            } else {
                removed.add(l.text());
            }
        }
        boolean appended = now.labels().size() >= kept.size() && now.labels().subList(0, kept.size()).equals(kept);
        if (!appended) {
            em.createQuery("delete from EntryLabel where entryId = ?1").setParameter(1, now.id()).executeUpdate();
            now.labels().forEach(l -> insert(now.id(), l, rows));
            return false;
        }
        if (!removed.isEmpty()) {
            em.createQuery("delete from EntryLabel where entryId = ?1 and text in ?2").setParameter(1, now.id())
                    .setParameter(2, removed).executeUpdate();
        }
        now.labels().subList(kept.size(), now.labels().size()).forEach(l -> insert(now.id(), l, rows));
        return false;
    }

    /**
     * Deletes the evidence rows of the documents the entry lost evidence of and appends its new evidence. Returns the
     * documents whose evidence changed (a document id may be null), or null when the entry's evidence was rewritten.
     */
    private Set<String> updateEvidence(TermEntry was, TermEntry now, Batches rows) {
        List<Evidence> old = was.evidence();
        List<Evidence> cur = now.evidence();
        if (TermBase.appendedTo(old, cur)) {
            // the common case, a document's pairs added to a known entry: only the new rows, at no cost per old row
            List<Evidence> added = cur.subList(old.size(), cur.size());
            for (int i = 0; i < added.size(); i++) {
                insert(now.id(), old.size() + i, added.get(i), rows);
            }
            Set<String> docs = new HashSet<>();
            added.forEach(e -> docs.add(e.documentId()));
            return docs.contains(null) ? null : docs;
        }
        int j = 0;
        List<Evidence> removed = new ArrayList<>();
        for (Evidence e : old) {
            // kept evidence is the same object (a change copies the list, not its elements): compare by identity first
            if (j < cur.size() && (e == cur.get(j) || e.equals(cur.get(j)))) {
                j++;
            } else {
                removed.add(e);
            }
        }
        List<Evidence> tail = cur.subList(j, cur.size());
        Set<String> removedDocs = new HashSet<>();
        removed.forEach(e -> removedDocs.add(e.documentId()));
        long ofRemovedDocs = removed.isEmpty() ? 0 : old.stream().filter(e -> removedDocs.contains(e.documentId())).count();
        if (ofRemovedDocs != removed.size()) {
            // a document lost only part of its evidence: rewrite the entry's evidence (rare: user splits and undos)
            em.createQuery("delete from EntryEvidence where entryId = ?1").setParameter(1, now.id()).executeUpdate();
            for (int i = 0; i < cur.size(); i++) {
                insert(now.id(), i, cur.get(i), rows);
            }
            return null;
        }
        List<String> named = removedDocs.stream().filter(Objects::nonNull).toList();
        if (!named.isEmpty()) {
            em.createQuery("delete from EntryEvidence where entryId = ?1 and documentId in ?2")
                    .setParameter(1, now.id()).setParameter(2, named).executeUpdate();
        }
        if (removedDocs.contains(null)) {
            em.createQuery("delete from EntryEvidence where entryId = ?1 and documentId is null")
                    .setParameter(1, now.id()).executeUpdate();
        }
        for (int i = 0; i < tail.size(); i++) {
            insert(now.id(), j + i, tail.get(i), rows);
        }
        Set<String> docs = new HashSet<>(removedDocs);
        tail.forEach(e -> docs.add(e.documentId()));
        return docs.contains(null) ? null : docs;
    }

    /** Removes an absorbed or deleted entry; its mentions and glosses go to {@code survivor} when there is one. */
    private void remove(long id, Long survivor) {
        if (survivor != null) {
            em.createQuery("update MentionRecord set entryId = ?1 where entryId = ?2").setParameter(1, survivor)
                    .setParameter(2, id).executeUpdate();
            em.createQuery("update GlossRecord set entryId = ?1 where entryId = ?2").setParameter(1, survivor)
                    .setParameter(2, id).executeUpdate();
        }
        em.createQuery("delete from EntryLabel where entryId = ?1").setParameter(1, id).executeUpdate();
        em.createQuery("delete from EntryEvidence where entryId = ?1").setParameter(1, id).executeUpdate();
        em.createQuery("delete from MentionRecord where entryId = ?1").setParameter(1, id).executeUpdate();
        em.createQuery("update GlossRecord set entryId = null where entryId = ?1").setParameter(1, id).executeUpdate();
        em.createQuery("delete from Entry where id = ?1").setParameter(1, id).executeUpdate();
    }

    private static void insert(long entryId, Label l, Batches rows) {
        rows.labels.add(new Object[] {entryId, l.text(), l.key().value(), l.type().name()});
    }

    private static void insert(long entryId, int position, Evidence ev, Batches rows) {
        Span term = ev.termSpan();
        Span gloss = ev.glossSpan();
        rows.evidence.add(new Object[] {entryId, position, ev.documentId(), ev.term(),
            term == null ? null : term.start(), term == null ? null : term.end(),
            gloss == null ? null : gloss.start(), gloss == null ? null : gloss.end()});
    }

    private void insert(Merge m, OffsetDateTime now) {
        MergeHistory h = new MergeHistory();
        h.id = m.id();
        h.rule = m.rule().name();
        h.targetId = m.targetId();
        h.absorbedId = m.absorbedId();
        h.targetLabel = m.targetLabel();
        h.absorbedLabel = m.absorbedLabel();
        h.targetSnapshot = write(EntrySnapshot.of(m.target()));
        h.absorbedSnapshot = write(EntrySnapshot.of(m.absorbed()));
        h.mergedAt = now;
        h.persist();
    }

    // ---------------------------------------------------------------------------------------------------- mapping

    /** What the mention automaton takes from an entry: its labels but definitions, and its written variants. */
    static Set<String> mentionLabels(TermEntry e) {
        Set<String> out = new HashSet<>();
        for (Label l : e.labels()) {
            if (l.type() != LabelType.DEFINITION) {
                out.add(l.text());
            }
        }
        return out;
    }

    private static TermEntry entry(Entry e, List<Label> labels, List<Evidence> evidence) {
        return new TermEntry(e.id, e.preferredLabel, labels, e.category == null ? null : Category.valueOf(e.category),
                evidence, e.pairCount, e.firstSeenAt.toInstant());
    }

    private static Label label(EntryLabel l) {
        return new Label(l.text, LabelType.valueOf(l.type));
    }

    /**
     * A stored evidence row in memory, its document id shared with the other rows of that document read in the same
     * load ({@code documents}): the term base holds every evidence, some thirty per document.
     */
    private static Evidence evidence(EntryEvidence e, Map<String, String> documents) {
        return evidence(e.documentId, e.term, e.termStart, e.termEnd, e.glossStart, e.glossEnd, documents);
    }

    /** {@link #evidence(EntryEvidence, Map)} from the row's values (a query that reads values, not entities). */
    private static Evidence evidence(String documentId, String term, Integer termStart, Integer termEnd,
            Integer glossStart, Integer glossEnd, Map<String, String> documents) {
        String document = documentId == null ? null : documents.computeIfAbsent(documentId, d -> d);
        return new Evidence(document, term, span(termStart, termEnd), span(glossStart, glossEnd));
    }

    /** The evidence with each term's text shared with the entry's label of that text ({@link Evidence#sharingTerm}). */
    private static List<Evidence> sharingTerms(List<Evidence> evidence, List<Label> labels) {
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            out.add(e.sharingTerm(TermBase.labelText(labels, e.term())));
        }
        return out;
    }

    private static Long firstDocument(TermEntry t) {
        for (Evidence e : t.evidence()) {
            Long id = asLong(e.documentId());
            if (id != null) {
                return id;
            }
        }
        return null;
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

    String write(Object value) {
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
}
