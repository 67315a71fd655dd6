package io.sasil.glossary.termbase;

import io.sasil.common.contract.GlossKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An in-memory term base: entries, the index of their label keys, and the history of merges.
 *
 * <p>Adding a gloss pair ({@link #addPair}) attaches it to the oldest entry that already has both its term and its
 * gloss; failing that, it creates an entry for the pair. After every change the changed entry and every other entry
 * one of whose labels meets one of its labels ({@link EntryMerger#rule}) merge, the older id kept, each merge
 * recorded with its {@link MergeRule} and the two labels that met ({@link #merges()}), so that every join of two
 * names is explained and can be undone. {@link #unmerge(long)} undoes a merge and {@link #splitLabels} splits chosen labels off;
 * two entries separated so are never merged again automatically, not even through a third entry that meets both
 * (only {@link #merge(long, long)} joins them).
 * Imported entries ({@link #create}) are kept as given: they absorb nothing until a later pair touches them.
 *
 * <p>Not thread-safe by itself: every public method is {@code synchronized}.
 */
public final class TermBase {

    private final Clock clock;
    /** By id, the order a reload from storage gives (so that "the older entry keeps a shared label" holds). */
    private final Map<Long, TermEntry> entries = new java.util.TreeMap<>();
    private final Map<String, Set<Long>> keyIndex = new HashMap<>();
    /**
     * Per document id, the entries holding evidence of it and how many each holds: {@link #forgetDocument} visits
     * these entries only, not the whole term base.
     */
    private final Map<String, DocumentHolders> documentIndex = new HashMap<>();
    private final List<Merge> merges = new ArrayList<>();
    private final Set<Long> undoneMerges = new HashSet<>();
    private final Map<Long, Long> absorbedInto = new HashMap<>();
    private final Set<String> separated = new HashSet<>();
    /** The original entry ids an entry holds through merges (itself included); absent means just itself. */
    private final Map<Long, Set<Long>> members = new HashMap<>();
    /** Per merge id, the members the absorbed entry held, given back by {@link #unmerge}. */
    private final Map<Long, Set<Long>> absorbedMembers = new HashMap<>();
    private long nextId = 1;
    private long nextMergeId = 1;
    /** Ids of entries put or removed since the last {@link #drainChanged()}. */
    private final Set<Long> changed = new TreeSet<>();
    /** Each changed entry as it was before its first change since the last drain (null: it did not exist). */
    private final Map<Long, TermEntry> before = new HashMap<>();
    /**
     * Each entry changed since the last {@link #checkpoint()} as it was at the checkpoint (null: it did not exist),
     * kept across drains so that {@link #rollback} can undo a change that was drained for storing and then refused.
     */
    private final Map<Long, TermEntry> atCheckpoint = new HashMap<>();
    private boolean checkpointed;

    public TermBase() {
        this(Clock.systemUTC());
    }

    public TermBase(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Adds one gloss pair and returns the id of the entry it ended up in (after any merges it caused).
     *
     * @param evidence where the pair was seen, or null
     * @throws IllegalArgumentException when the term or the gloss is blank
     */
    public synchronized long addPair(String term, String gloss, GlossKind kind, Evidence evidence) {
        Label termLabel = new Label(term, EntryMerger.termType(term, gloss, kind));
        Label glossLabel = new Label(gloss, EntryMerger.glossType(term, gloss, kind));
        Category category = CategoryInference.infer(term, gloss, kind);
        Long target = exactPair(termLabel, glossLabel);
        List<Evidence> evidenceList = evidence == null ? List.of() : List.of(evidence);
        if (target == null) {
            long id = nextId++;
            String preferred = termLabel.type() == LabelType.KOREAN || glossLabel.type() != LabelType.KOREAN
                    ? termLabel.text() : glossLabel.text();
            List<Label> labels = new ArrayList<>(2);
            addLabel(labels, termLabel);
            addLabel(labels, glossLabel);
            put(new TermEntry(id, preferred, labels, category, evidenceList, 1, clock.instant()));
            target = id;
        } else {
            TermEntry e = entries.get(target);
            List<Label> labels = new ArrayList<>(e.labels());
            addLabel(labels, termLabel);
            addLabel(labels, glossLabel);
            // the term's text is already held by the entry's label of that text: the evidence need not hold a copy;
            // appended without copying the entry's evidence (EvidenceList), so a document costs what it adds
            List<Evidence> ev = evidence == null ? e.evidence()
                    : EvidenceList.plus(e.evidence(), evidence.sharingTerm(labelText(labels, evidence.term())));
            // the entry keeps its very label list when the pair brought no new label (what is computed from the
            // labels can then be kept, by identity)
            put(new TermEntry(e.id(), e.preferredLabel(), labels.size() == e.labels().size() ? e.labels() : labels,
                    e.category() != null ? e.category() : category, ev, e.frequency() + 1, e.firstSeen()));
        }
        return absorbMatches(target);
    }

    /**
     * Whether {@link #addPair} of this pair would only add evidence: an entry holds both the term and the gloss as
     * labels of exactly these texts (it may still merge, when the term base holds meeting entries that were never
     * merged, e.g. imported ones).
     */
    public synchronized boolean knowsPair(String term, String gloss, GlossKind kind) {
        Label termLabel = new Label(term, EntryMerger.termType(term, gloss, kind));
        Label glossLabel = new Label(gloss, EntryMerger.glossType(term, gloss, kind));
        Long target = exactPair(termLabel, glossLabel);
        if (target == null) {
            return false;
        }
        List<Label> labels = entries.get(target).labels();
        return labelText(labels, termLabel.text()) != null && labelText(labels, glossLabel.text()) != null;
    }

    /** The text of the label with this text, as the entry holds it (null when there is none). */
    public static String labelText(List<Label> labels, String text) {
        for (Label l : labels) {
            if (l.text().equals(text)) {
                return l.text();
            }
        }
        return null;
    }

    /** Creates an entry as given (import, or a user's new entry); no automatic merge. */
    public synchronized TermEntry create(String preferredLabel, List<Label> labels, Category category) {
        List<Label> ls = new ArrayList<>();
        labels.forEach(l -> addLabel(ls, l));
        if (ls.stream().noneMatch(l -> l.text().equals(preferredLabel.strip()))) {
            throw new IllegalArgumentException("preferred label '" + preferredLabel + "' is not one of the labels");
        }
        TermEntry e = new TermEntry(nextId++, preferredLabel.strip(), ls, category, List.of(), 0, clock.instant());
        put(e);
        return e;
    }

    /** The entry with this id. */
    public synchronized Optional<TermEntry> get(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The id an entry now lives under: itself, or the entry that absorbed it (transitively); null if deleted. */
    public synchronized Long resolve(long id) {
        Long cur = id;
        int guard = 0;
        while (cur != null && !entries.containsKey(cur) && guard++ <= merges.size()) {
            cur = absorbedInto.get(cur);
        }
        return cur != null && entries.containsKey(cur) ? cur : null;
    }

    /** Every entry, by id. */
    public synchronized List<TermEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Number of entries. */
    public synchronized int size() {
        return entries.size();
    }

    /** Entries with a label whose key equals one of the keys of {@code label} (any type but DEFINITION). */
    public synchronized List<TermEntry> findByLabel(String label) {
        Set<Long> ids = new TreeSet<>();
        for (String k : TermKey.of(label).keys()) {
            ids.addAll(keyIndex.getOrDefault(k, Set.of()));
        }
        return ids.stream().map(entries::get).toList();
    }

    /** Every merge so far, oldest first (undone merges included; see {@link #isUndone(long)}). */
    public synchronized List<Merge> merges() {
        return List.copyOf(merges);
    }

    /** Whether a merge was undone by {@link #unmerge(long)}. */
    public synchronized boolean isUndone(long mergeId) {
        return undoneMerges.contains(mergeId);
    }

    /** A user's merge: {@code absorbedId} joins {@code targetId}, rule MANUAL. */
    public synchronized Merge merge(long targetId, long absorbedId) {
        TermEntry t = require(targetId);
        TermEntry a = require(absorbedId);
        if (targetId == absorbedId) {
            throw new IllegalArgumentException("cannot merge entry " + targetId + " with itself");
        }
        for (long x : membersOf(targetId)) {
            for (long y : membersOf(absorbedId)) {
                separated.remove(pairKey(x, y));
            }
        }
        return mergeInto(t, a, MergeRule.MANUAL, null, null);
    }

    /**
     * Undoes a merge: the absorbed entry comes back with its id, labels and evidence as they were, plus the evidence
     * attached since whose term is one of its own labels. The surviving entry loses the labels only the absorbed
     * entry brought (a label that another, later merge also brought stays). Merges undone newest first restore the
     * exact previous state.
     *
     * @return the restored entry
     */
    public synchronized TermEntry unmerge(long mergeId) {
        Merge rec = merges.stream().filter(m -> m.id() == mergeId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no merge " + mergeId));
        if (undoneMerges.contains(mergeId)) {
            throw new IllegalStateException("merge " + mergeId + " was already undone");
        }
        Long holderId = resolve(rec.targetId());
        if (holderId == null) {
            throw new IllegalStateException("the entry of merge " + mergeId + " was deleted");
        }
        TermEntry holder = entries.get(holderId);
        Set<Label> targetBefore = new HashSet<>(rec.target().labels());
        Set<Label> protectedLabels = new HashSet<>();
        Set<Evidence> protectedEvidence = new HashSet<>();
        for (Merge other : merges) {
            if (other.id() > rec.id() && !undoneMerges.contains(other.id())
                    && holderId.equals(resolve(other.targetId()))) {
                protectedLabels.addAll(other.absorbed().labels());
                protectedEvidence.addAll(other.absorbed().evidence());
            }
        }
        Set<Label> moving = new LinkedHashSet<>();
        for (Label l : rec.absorbed().labels()) {
            if (!targetBefore.contains(l) && !protectedLabels.contains(l)) {
                moving.add(l);
            }
        }
        Set<String> movingTexts = new HashSet<>();
        moving.forEach(l -> movingTexts.add(l.text()));
        List<Evidence> remaining = new ArrayList<>(holder.evidence());
        List<Evidence> restored = new ArrayList<>();
        for (Evidence e : rec.absorbed().evidence()) {
            if (remaining.remove(e)) {
                restored.add(e);
            }
        }
        int later = 0;
        for (int i = remaining.size() - 1; i >= 0; i--) {
            Evidence e = remaining.get(i);
            if (e.term() != null && movingTexts.contains(e.term().strip())
                    && !rec.target().evidence().contains(e) && !protectedEvidence.contains(e)) {
                restored.add(remaining.remove(i));
                later++;
            }
        }
        List<Label> keep = holder.labels().stream().filter(l -> !moving.contains(l)).toList();
        int restoredFrequency = rec.absorbed().frequency() + later;
        put(new TermEntry(holder.id(), holder.preferredLabel(), keep, holder.category(), remaining,
                Math.max(0, holder.frequency() - restoredFrequency), holder.firstSeen()));
        TermEntry a = rec.absorbed();
        TermEntry back1 = new TermEntry(a.id(), a.preferredLabel(), a.labels(), a.category(),
                restored, restoredFrequency, a.firstSeen());
        put(back1);
        absorbedInto.remove(a.id());
        Set<Long> given = absorbedMembers.getOrDefault(mergeId, Set.of(a.id()));
        Set<Long> left = new HashSet<>(membersOf(holder.id()));
        left.removeAll(given);
        left.add(holder.id());
        members.put(holder.id(), left);
        members.put(a.id(), new HashSet<>(given));
        undoneMerges.add(mergeId);
        separated.add(pairKey(holder.id(), a.id()));
        return back1;
    }

    /**
     * Splits chosen labels off an entry into a new entry, with the evidence whose term is one of them.
     *
     * @return the new entry
     */
    public synchronized TermEntry splitLabels(long entryId, Collection<String> labelTexts) {
        TermEntry e = require(entryId);
        Set<String> texts = new HashSet<>();
        labelTexts.forEach(t -> texts.add(t.strip()));
        List<Label> off = e.labels().stream().filter(l -> texts.contains(l.text())).toList();
        List<Label> keep = e.labels().stream().filter(l -> !texts.contains(l.text())).toList();
        if (off.size() != texts.size() && off.stream().map(Label::text).distinct().count() != texts.size()) {
            throw new IllegalArgumentException("entry " + entryId + " does not have all of the labels " + texts);
        }
        if (off.isEmpty() || keep.isEmpty()) {
            throw new IllegalArgumentException("a split must leave labels on both sides");
        }
        List<Evidence> evKeep = new ArrayList<>();
        List<Evidence> evOff = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            (ev.term() != null && texts.contains(ev.term().strip()) ? evOff : evKeep).add(ev);
        }
        String keepPreferred = texts.contains(e.preferredLabel()) ? preferredOf(keep) : e.preferredLabel();
        put(new TermEntry(e.id(), keepPreferred, keep, e.category(), evKeep, Math.max(0, e.frequency() - evOff.size()),
                e.firstSeen()));
        TermEntry split = new TermEntry(nextId++, preferredOf(off), off, e.category(), evOff, evOff.size(),
                e.firstSeen());
        put(split);
        separated.add(pairKey(e.id(), split.id()));
        return split;
    }

    /** Sets (or clears, with null) the category of an entry. */
    public synchronized TermEntry setCategory(long entryId, Category category) {
        TermEntry e = require(entryId);
        TermEntry c = new TermEntry(e.id(), e.preferredLabel(), e.labels(), category, e.evidence(), e.frequency(),
                e.firstSeen());
        put(c);
        return c;
    }

    /** Deletes an entry; returns whether it existed. */
    public synchronized boolean delete(long entryId) {
        TermEntry e = entries.remove(entryId);
        if (e == null) {
            return false;
        }
        members.remove(entryId);
        noteChange(entryId, e);
        unindex(e);
        return true;
    }

    /**
     * Every label that can be mentioned (all but DEFINITION), mapped to its entry id, for a {@link MentionMatcher},
     * plus the written variants of {@link #readingVariants}. When two entries share a label text the older entry
     * keeps it.
     */
    public synchronized Map<String, Long> mentionLabels() {
        return mentionLabels(TermBase::readingVariants);
    }

    /**
     * {@link #mentionLabels()} with each entry's written variants from {@code variants} (for a caller that keeps
     * them from one call to the next: they depend on the entry's labels only).
     */
    public synchronized Map<String, Long> mentionLabels(java.util.function.Function<TermEntry, Set<String>> variants) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (TermEntry e : entries.values()) {
            for (Label l : e.labels()) {
                if (l.type() != LabelType.DEFINITION) {
                    out.putIfAbsent(l.text(), e.id());
                }
            }
        }
        for (TermEntry e : entries.values()) {
            for (String v : variants.apply(e)) {
                out.putIfAbsent(v, e.id());
            }
        }
        return out;
    }

    /**
     * Spellings of an entry that mix its Korean and Latin labels the way Korean news does: where a KOREAN label
     * contains the Korean reading of an upper-case letters segment of one of the entry's Latin labels, the segment
     * is written in Latin ({@code 오픈에이아이} + {@code OpenAI} → {@code 오픈AI}; {@code 챗 지피티} + {@code Chat GPT} →
     * {@code 챗 GPT}); and a Latin or mixed label with upper-case letters segments is also written read aloud
     * ({@code GPT-4} → {@code 지피티-4}).
     */
    public static java.util.Set<String> readingVariants(TermEntry e) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        List<String> segments = new ArrayList<>();
        for (Label l : e.labels()) {
            if (l.type() == LabelType.DEFINITION || l.type().isHanScript()) {
                continue;
            }
            boolean anyUpper = false;
            for (String run : l.text().split("[^A-Za-z]+")) {
                for (String seg : TermKey.segments(run)) {
                    if (seg.length() >= 2 && seg.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                        segments.add(seg);
                        anyUpper = true;
                    }
                }
            }
            if (anyUpper && l.type() != LabelType.KOREAN) {
                StringBuilder read = new StringBuilder();
                for (String part : l.text().split("(?<=[^A-Za-z])|(?=[^A-Za-z])")) {
                    boolean upper = !part.isEmpty() && part.chars().allMatch(c -> c >= 'A' && c <= 'Z');
                    read.append(upper ? LatinReading.read(part) : part);
                }
                if (read.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && read.chars().noneMatch(
                        c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                    out.add(read.toString());
                }
            }
        }
        for (Label l : e.labels(LabelType.KOREAN)) {
            for (String seg : segments) {
                String reading = LatinReading.read(seg);
                int at = l.text().indexOf(reading);
                if (at >= 0) {
                    out.add(l.text().substring(0, at) + seg + l.text().substring(at + reading.length()));
                }
            }
        }
        e.labels().forEach(l -> out.remove(l.text()));
        return out;
    }

    /**
     * Forgets what one document contributed: every evidence of {@code documentId} is removed and each entry's
     * frequency lowered by the evidence it lost (never below zero). Entries stay, even with no evidence left; a
     * re-analysis of the document adds its pairs back, so analysing a document twice counts it once.
     *
     * @return the ids of the entries that lost evidence
     */
    public synchronized Set<Long> forgetDocument(String documentId) {
        Set<Long> touched = new TreeSet<>();
        DocumentHolders holders = documentIndex.get(documentId);
        if (holders == null) {
            return touched;
        }
        for (long id : holders.ids()) {
            TermEntry e = entries.get(id);
            List<Evidence> keep = e.evidence().stream().filter(ev -> !documentId.equals(ev.documentId())).toList();
            int lost = e.evidence().size() - keep.size();
            put(new TermEntry(e.id(), e.preferredLabel(), e.labels(), e.category(), keep,
                    Math.max(0, e.frequency() - lost), e.firstSeen()));
            touched.add(e.id());
        }
        return touched;
    }

    /** The ids of the entries holding evidence of a document (from the document index, no scan). */
    public synchronized Set<Long> entriesOf(String documentId) {
        DocumentHolders holders = documentIndex.get(documentId);
        return holders == null ? new TreeSet<>() : holders.ids();
    }

    /**
     * Replaces the preferred label, labels and category of an entry (a user's edit); no automatic merge.
     *
     * @throws IllegalArgumentException when the preferred label is not one of the labels, or no label is left
     */
    public synchronized TermEntry edit(long entryId, String preferredLabel, List<Label> labels, Category category) {
        TermEntry e = require(entryId);
        List<Label> ls = new ArrayList<>();
        labels.forEach(l -> addLabel(ls, l));
        if (ls.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one label");
        }
        String preferred = preferredLabel == null ? e.preferredLabel() : preferredLabel.strip();
        if (ls.stream().noneMatch(l -> l.text().equals(preferred))) {
            throw new IllegalArgumentException("preferred label '" + preferred + "' is not one of the labels");
        }
        TermEntry c = new TermEntry(e.id(), preferred, ls, category, e.evidence(), e.frequency(), e.firstSeen());
        put(c);
        return c;
    }

    /** The ids of the entries created, changed, absorbed or deleted since the last call; clears the set. */
    public synchronized Set<Long> drainChanged() {
        Set<Long> out = new TreeSet<>(changed);
        changed.clear();
        before.clear();
        return out;
    }

    /**
     * What changed since the last drain, entry by entry (by id), each with its value before the first change and
     * now; clears the change set. A persistence layer writes only these differences.
     */
    public synchronized List<EntryChange> drainChanges() {
        List<EntryChange> out = new ArrayList<>(changed.size());
        for (long id : changed) {
            TermEntry was = before.get(id);
            TermEntry now = entries.get(id);
            if (was != now) {
                out.add(new EntryChange(id, was, now));
            }
        }
        changed.clear();
        before.clear();
        return out;
    }

    /**
     * One entry's change.
     *
     * @param id     entry id
     * @param before the entry before the change, null when it was created
     * @param after  the entry after the change, null when it was deleted or absorbed
     */
    public record EntryChange(long id, TermEntry before, TermEntry after) {
    }

    /**
     * Marks the current state so that {@link #rollback} can return to it; starts a new change set (what changed
     * before is forgotten, as by {@link #drainChanged()}). Costs a copy of the merge bookkeeping, not of the entries.
     */
    public synchronized Checkpoint checkpoint() {
        changed.clear();
        before.clear();
        atCheckpoint.clear();
        checkpointed = true;
        return bookkeeping();
    }

    /** A copy of the merge bookkeeping as it is now (what {@link #checkpoint()} keeps). */
    public synchronized Checkpoint bookkeeping() {
        Map<Long, Set<Long>> mem = new HashMap<>();
        members.forEach((k, v) -> mem.put(k, Set.copyOf(v)));
        return new Checkpoint(merges.size(), Set.copyOf(undoneMerges), Map.copyOf(absorbedInto), Set.copyOf(separated),
                mem, Map.copyOf(absorbedMembers), nextId, nextMergeId);
    }

    /**
     * Undoes every change since {@code checkpoint} (a change that failed to be stored), also when its changes were
     * already drained; clears the change set.
     */
    public synchronized void rollback(Checkpoint checkpoint) {
        Map<Long, TermEntry> undo = new HashMap<>(before);
        undo.putAll(atCheckpoint);
        for (Map.Entry<Long, TermEntry> b : undo.entrySet()) {
            swap(b.getKey(), b.getValue());
        }
        while (merges.size() > checkpoint.merges()) {
            merges.remove(merges.size() - 1);
        }
        restoreBookkeeping(checkpoint.undoneMerges(), checkpoint.absorbedInto(), checkpoint.separated(),
                checkpoint.members(), checkpoint.absorbedMembers(), checkpoint.nextId(), checkpoint.nextMergeId());
        changed.clear();
        before.clear();
        atCheckpoint.clear();
        checkpointed = false;
    }

    /**
     * A state to return to with {@link #rollback}: the number of merges and copies of the bookkeeping.
     *
     * @param merges          how many merges there were
     * @param undoneMerges    the undone merges
     * @param absorbedInto    absorbed entry id → absorbing entry id
     * @param separated       separated pairs
     * @param members         members per entry
     * @param absorbedMembers members given back per merge
     * @param nextId          next entry id
     * @param nextMergeId     next merge id
     */
    public record Checkpoint(int merges, Set<Long> undoneMerges, Map<Long, Long> absorbedInto, Set<String> separated,
            Map<Long, Set<Long>> members, Map<Long, Set<Long>> absorbedMembers, long nextId, long nextMergeId) {
    }

    /**
     * Takes changes another writer stored (a replica reading what changed since its version): puts the given
     * entries as they are now and removes the deleted ones. Not recorded as changes.
     */
    public synchronized void replaceEntries(Collection<TermEntry> current, Collection<Long> deleted) {
        for (long id : deleted) {
            swap(id, null);
        }
        for (TermEntry e : current) {
            swap(e.id(), e);
        }
    }

    /**
     * Takes the merge bookkeeping another writer stored: appends the merges newer than the last one held and replaces
     * the rest. Not recorded as changes.
     */
    public synchronized void replaceBookkeeping(List<Merge> newerMerges, Set<Long> undone,
            Map<Long, Long> absorbed, Set<String> separatedPairs, Map<Long, Set<Long>> memberSets,
            Map<Long, Set<Long>> absorbedMemberSets, long nextEntryId, long nextMerge) {
        long last = merges.isEmpty() ? 0 : merges.get(merges.size() - 1).id();
        for (Merge m : newerMerges) {
            if (m.id() > last) {
                merges.add(m);
                last = m.id();
            }
        }
        restoreBookkeeping(undone, absorbed, separatedPairs, memberSets, absorbedMemberSets, nextEntryId, nextMerge);
    }

    /** The id of the newest merge held (0 when none). */
    public synchronized long lastMergeId() {
        return merges.isEmpty() ? 0 : merges.get(merges.size() - 1).id();
    }

    private void restoreBookkeeping(Set<Long> undone, Map<Long, Long> absorbed, Set<String> separatedPairs,
            Map<Long, Set<Long>> memberSets, Map<Long, Set<Long>> absorbedMemberSets, long nextEntryId,
            long nextMerge) {
        undoneMerges.clear();
        undoneMerges.addAll(undone);
        absorbedInto.clear();
        absorbedInto.putAll(absorbed);
        separated.clear();
        separated.addAll(separatedPairs);
        members.clear();
        memberSets.forEach((k, v) -> members.put(k, new HashSet<>(v)));
        absorbedMembers.clear();
        absorbedMembers.putAll(absorbedMemberSets);
        nextId = nextEntryId;
        nextMergeId = nextMerge;
    }

    /** Every merge that involved the entry (as target or absorbed, directly or through an absorbed member). */
    public synchronized List<Merge> mergesOf(long entryId) {
        Set<Long> ids = new HashSet<>(membersOf(entryId));
        ids.add(entryId);
        return merges.stream().filter(m -> ids.contains(m.targetId()) || ids.contains(m.absorbedId())).toList();
    }

    /** The whole state, for persistence; {@link #restore} gives it back. */
    public synchronized State state() {
        Map<Long, Set<Long>> mem = new HashMap<>();
        members.forEach((k, v) -> mem.put(k, Set.copyOf(v)));
        return new State(List.copyOf(entries.values()), List.copyOf(merges), Set.copyOf(undoneMerges),
                Map.copyOf(absorbedInto), Set.copyOf(separated), mem, Map.copyOf(absorbedMembers), nextId,
                nextMergeId);
    }

    /** A term base in the given state (the change set starts empty). */
    public static TermBase restore(State state, Clock clock) {
        TermBase b = new TermBase(clock);
        state.entries().forEach(b::put);
        b.merges.addAll(state.merges());
        b.undoneMerges.addAll(state.undoneMerges());
        b.absorbedInto.putAll(state.absorbedInto());
        b.separated.addAll(state.separated());
        state.members().forEach((k, v) -> b.members.put(k, new HashSet<>(v)));
        b.absorbedMembers.putAll(state.absorbedMembers());
        long maxId = state.entries().stream().mapToLong(TermEntry::id).max().orElse(0);
        b.nextId = Math.max(state.nextId(), maxId + 1);
        b.nextMergeId = Math.max(state.nextMergeId(),
                state.merges().stream().mapToLong(Merge::id).max().orElse(0) + 1);
        b.changed.clear();
        return b;
    }

    /**
     * Everything a term base holds, as plain values.
     *
     * @param entries         the live entries
     * @param merges          every merge, undone ones included
     * @param undoneMerges    ids of undone merges
     * @param absorbedInto    absorbed entry id → the entry that absorbed it
     * @param separated       pairs of original entry ids never to be merged automatically ({@code "3:7"})
     * @param members         per entry, the original entry ids it holds (absent: just itself)
     * @param absorbedMembers per merge id, the members the absorbed entry held
     * @param nextId          the next entry id
     * @param nextMergeId     the next merge id
     */
    public record State(List<TermEntry> entries, List<Merge> merges, Set<Long> undoneMerges,
            Map<Long, Long> absorbedInto, Set<String> separated, Map<Long, Set<Long>> members,
            Map<Long, Set<Long>> absorbedMembers, long nextId, long nextMergeId) {
    }

    // ---------------------------------------------------------------------------------------------------------

    private TermEntry require(long id) {
        TermEntry e = entries.get(id);
        if (e == null) {
            throw new NoSuchElementException("no entry " + id);
        }
        return e;
    }

    private static String preferredOf(List<Label> labels) {
        return labels.stream().filter(l -> l.type() == LabelType.KOREAN).map(Label::text).findFirst()
                .orElseGet(() -> labels.stream().filter(l -> l.type() != LabelType.DEFINITION).map(Label::text)
                        .findFirst().orElse(labels.get(0).text()));
    }

    /** Adds a label unless one with the same text is there (the type first seen wins: AI stays ABBREVIATION). */
    private static void addLabel(List<Label> labels, Label label) {
        for (Label l : labels) {
            if (l.text().equals(label.text())) {
                return;
            }
        }
        labels.add(label);
    }

    private Set<Long> membersOf(long id) {
        return members.getOrDefault(id, Set.of(id));
    }

    /** Whether any original entry held by {@code a} was separated from any held by {@code b}. */
    private boolean isSeparated(long a, long b) {
        if (separated.isEmpty()) {
            return false;
        }
        for (long x : membersOf(a)) {
            for (long y : membersOf(b)) {
                if (separated.contains(pairKey(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /** The oldest entry that has a label of the term's key and a label of the gloss's key (or text). */
    private Long exactPair(Label term, Label gloss) {
        String tk = term.key().value();
        if (tk.isEmpty()) {
            return null;
        }
        String gk = gloss.key().value();
        for (long id : new TreeSet<>(keyIndex.getOrDefault(tk, Set.of()))) {
            TermEntry e = entries.get(id);
            boolean hasGloss = e.labels().stream().anyMatch(l -> gloss.type() == LabelType.DEFINITION
                    ? l.text().equals(gloss.text()) : l.type() != LabelType.DEFINITION && l.key().value().equals(gk));
            if (hasGloss) {
                return id;
            }
        }
        return null;
    }

    /** Ids of entries with a label that meets {@code label}. */
    private Set<Long> meeting(Label label) {
        Set<Long> out = new TreeSet<>();
        if (label.type() == LabelType.DEFINITION) {
            return out;
        }
        for (String k : label.key().keys()) {
            for (long id : keyIndex.getOrDefault(k, Set.of())) {
                if (entries.get(id).labels().stream().anyMatch(l -> EntryMerger.rule(label, l) != null)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** Merges into {@code id} (or the older of the two) every entry meeting one of its labels; returns the survivor. */
    private long absorbMatches(long id) {
        long current = id;
        boolean changed = true;
        while (changed) {
            changed = false;
            TermEntry e = entries.get(current);
            search:
            for (Label label : e.labels()) {
                if (label.type() == LabelType.DEFINITION) {
                    continue;
                }
                for (String k : label.key().keys()) {
                    for (long otherId : new TreeSet<>(keyIndex.getOrDefault(k, Set.of()))) {
                        if (otherId == current || isSeparated(current, otherId)) {
                            continue;
                        }
                        TermEntry other = entries.get(otherId);
                        for (Label ol : other.labels()) {
                            MergeRule rule = EntryMerger.rule(label, ol);
                            if (rule != null) {
                                if (otherId < current) {
                                    mergeInto(other, e, rule, ol.text(), label.text());
                                    current = otherId;
                                } else {
                                    mergeInto(e, other, rule, label.text(), ol.text());
                                }
                                changed = true;
                                break search;
                            }
                        }
                    }
                }
            }
        }
        return current;
    }

    private Merge mergeInto(TermEntry target, TermEntry absorbed, MergeRule rule, String targetLabel,
            String absorbedLabel) {
        List<Label> labels = new ArrayList<>(target.labels());
        absorbed.labels().forEach(l -> addLabel(labels, l));
        List<Evidence> evidence = new ArrayList<>(target.evidence());
        evidence.addAll(absorbed.evidence());
        Instant first = target.firstSeen().isBefore(absorbed.firstSeen()) ? target.firstSeen() : absorbed.firstSeen();
        entries.remove(absorbed.id());
        noteChange(absorbed.id(), absorbed);
        unindex(absorbed);
        put(new TermEntry(target.id(), target.preferredLabel(), labels,
                target.category() != null ? target.category() : absorbed.category(), evidence,
                target.frequency() + absorbed.frequency(), first));
        Merge rec = new Merge(nextMergeId++, rule, target, absorbed, targetLabel, absorbedLabel);
        Set<Long> joined = new HashSet<>(membersOf(target.id()));
        Set<Long> theirs = membersOf(absorbed.id());
        joined.addAll(theirs);
        absorbedMembers.put(rec.id(), Set.copyOf(theirs));
        members.put(target.id(), joined);
        members.remove(absorbed.id());
        merges.add(rec);
        absorbedInto.put(absorbed.id(), target.id());
        return rec;
    }

    /** Records that an entry changed, with its value before the change (null: it did not exist). */
    private void noteChange(long id, TermEntry old) {
        changed.add(id);
        if (!before.containsKey(id)) {
            before.put(id, old);
        }
        if (checkpointed && !atCheckpoint.containsKey(id)) {
            atCheckpoint.put(id, old);
        }
    }

    private void put(TermEntry e) {
        TermEntry old = entries.put(e.id(), e);
        noteChange(e.id(), old);
        if (old != null) {
            unindexLabels(old);
        }
        indexLabels(e);
        reindexEvidence(old == null ? List.of() : old.evidence(), e.evidence(), e.id());
    }

    /**
     * Whether {@code now} is {@code was} with evidence appended, told in constant time: an entry's evidence changes
     * only by evidence taken out (the rest keeping its order) and evidence appended, and each evidence is its own
     * object, so when {@code was}'s last evidence is the very object at the same index of {@code now}, none before it
     * was taken out.
     */
    public static boolean appendedTo(List<Evidence> was, List<Evidence> now) {
        return was.isEmpty() || now.size() >= was.size() && now.get(was.size() - 1) == was.get(was.size() - 1);
    }

    /**
     * Puts an entry in place of the one held under its id (null: removes it), with its label keys and evidence
     * documents, without recording a change. Only the evidence between the two values' common head and tail is
     * re-indexed ({@link #reindexEvidence}): undoing a document's evidence, or taking another replica's, costs what
     * changed, not what the entry gathered before.
     */
    private void swap(long id, TermEntry now) {
        TermEntry old = now == null ? entries.remove(id) : entries.put(id, now);
        if (old != null) {
            unindexLabels(old);
        }
        if (now != null) {
            indexLabels(now);
        }
        reindexEvidence(old == null ? List.of() : old.evidence(), now == null ? List.of() : now.evidence(), id);
    }

    /** Takes an entry's label keys and evidence documents out of the indexes (the entry itself stays in place). */
    private void unindex(TermEntry e) {
        unindexLabels(e);
        reindexEvidence(e.evidence(), List.of(), e.id());
    }

    /**
     * Moves the document index of one entry from its evidence {@code was} to {@code now}. Only the evidence between
     * their common head and common tail is visited (compared by identity: a change copies the evidence it keeps), so
     * appending a document's evidence costs what it appends, not what the entry holds.
     */
    private void reindexEvidence(List<Evidence> was, List<Evidence> now, long id) {
        int n = Math.min(was.size(), now.size());
        int head = appendedTo(was, now) ? was.size() : 0;
        while (head < n && was.get(head) == now.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && was.get(was.size() - 1 - tail) == now.get(now.size() - 1 - tail)) {
            tail++;
        }
        for (int i = head; i < was.size() - tail; i++) {
            String doc = was.get(i).documentId();
            DocumentHolders holders = doc == null ? null : documentIndex.get(doc);
            if (holders != null) {
                holders.remove(id);
                if (holders.isEmpty()) {
                    documentIndex.remove(doc);
                }
            }
        }
        for (int i = head; i < now.size() - tail; i++) {
            String doc = now.get(i).documentId();
            if (doc != null) {
                documentIndex.computeIfAbsent(doc, x -> new DocumentHolders()).add(id);
            }
        }
    }

    private void indexLabels(TermEntry e) {
        for (Label l : e.labels()) {
            if (l.type() != LabelType.DEFINITION) {
                for (String k : l.key().keys()) {
                    if (!k.isEmpty()) {
                        keyIndex.computeIfAbsent(k, x -> new HashSet<>()).add(e.id());
                    }
                }
            }
        }
    }

    private void unindexLabels(TermEntry e) {
        for (Label l : e.labels()) {
            for (String k : l.key().keys()) {
                Set<Long> ids = keyIndex.get(k);
                if (ids != null) {
                    ids.remove(e.id());
                    if (ids.isEmpty()) {
                        keyIndex.remove(k);
                    }
                }
            }
        }
    }
}
