package io.sasil.glossary.service;

import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A replica's copy of the term base and the version it reflects. {@link #catchUp} brings it to the stored version:
 * the first time (or when the change log no longer reaches back to the cached version) by loading everything,
 * otherwise by reading only the entries the change log names since, and for an entry whose only change was one
 * document's evidence, only that document's evidence rows. Callers serialise {@link #catchUp} with their writes.
 */
final class TermBaseCache {

    private final TermBaseRows rows;
    private final TermBaseVersions versions;

    private volatile TermBase base;
    private volatile long version = -1;
    private String bookkeeping;
    /**
     * Versions above {@link #version} that this replica committed itself: its cached term base holds them already,
     * so a catch-up skips them (it reads only other replicas' changes).
     */
    private final java.util.NavigableSet<Long> own = new TreeSet<>();

    TermBaseCache(TermBaseRows rows, TermBaseVersions versions) {
        this.rows = rows;
        this.versions = versions;
    }

    /** The cached term base, or null before the first {@link #catchUp}. */
    TermBase base() {
        return base;
    }

    /** The version the cached term base reflects (-1 when nothing is cached). */
    long version() {
        return version;
    }

    /** Drops the cache: the next {@link #catchUp} loads everything. */
    void clear() {
        base = null;
        version = -1;
        bookkeeping = null;
        own.clear();
    }

    /**
     * Records that a change of the cached term base, computed on version {@code read}, was committed as
     * {@code newVersion}. When other replicas committed versions in between (changes that commute with it), the
     * cache stays at {@code read} and the next {@link #catchUp} reads those versions from the rows, but not this
     * one: the cached term base holds it, and no version in between touched what it wrote but by an evidence-only
     * change that commutes with it (else it would have been retried), which the catch-up takes as a difference.
     */
    void committed(long read, long newVersion, String newBookkeeping) {
        if (newVersion == read + 1 && version == read && own.isEmpty()) {
            version = newVersion;
        } else {
            own.add(newVersion);
        }
        if (newBookkeeping != null) {
            bookkeeping = newBookkeeping;
        }
    }

    /**
     * Brings the cache to the stored state {@code row}; needs a transaction.
     *
     * @return the ids of the entries whose labels may have changed (every entry when all was reloaded: null)
     */
    Set<Long> catchUp(TermBaseRows.State row) {
        if (base != null && version == row.version()) {
            return Set.of();
        }
        List<TermBaseVersions.Logged> log = base == null || row.version() < version ? null
                : versions.changesSince(version, row.version());
        if (log == null) {
            base = rows.loadAll(row);
            version = row.version();
            bookkeeping = row.bookkeeping();
            own.clear();
            return null;
        }
        Set<Long> whole = new TreeSet<>();
        Map<Long, LinkedHashSet<String>> documents = new LinkedHashMap<>();
        for (TermBaseVersions.Logged l : log) {
            if (own.contains(l.version())) {
                continue;
            }
            if (l.documentId() == null) {
                whole.add(l.entryId());
            } else {
                LinkedHashSet<String> docs = documents.computeIfAbsent(l.entryId(), k -> new LinkedHashSet<>());
                docs.remove(l.documentId());
                docs.add(l.documentId());
            }
        }
        List<TermEntry> current = new ArrayList<>();
        Set<Long> deleted = new HashSet<>();
        for (long id : whole) {
            TermEntry e = rows.loadEntry(id);
            if (e == null) {
                deleted.add(id);
            } else {
                current.add(e);
            }
        }
        Map<Long, TermEntry> cachedOnes = new HashMap<>();
        Map<Long, LinkedHashSet<String>> evidenceOnly = new LinkedHashMap<>();
        for (Map.Entry<Long, LinkedHashSet<String>> d : documents.entrySet()) {
            if (whole.contains(d.getKey())) {
                continue;
            }
            TermEntry cached = base.get(d.getKey()).orElse(null);
            if (cached != null) {
                cachedOnes.put(d.getKey(), cached);
                evidenceOnly.put(d.getKey(), d.getValue());
                continue;
            }
            TermEntry e = rows.loadEntry(d.getKey());
            if (e == null) {
                deleted.add(d.getKey());
            } else {
                current.add(e);
                whole.add(d.getKey());
            }
        }
        Map<Long, TermEntry> reloaded = rows.reloadEvidence(cachedOnes, evidenceOnly);
        for (long id : evidenceOnly.keySet()) {
            TermEntry e = reloaded.get(id);
            if (e == null) {
                deleted.add(id);
            } else {
                current.add(e);
            }
        }
        base.replaceEntries(current, deleted);
        if (!row.bookkeeping().equals(bookkeeping)) {
            TermBaseRows.Bookkeeping b = rows.readBookkeeping(row.bookkeeping());
            base.replaceBookkeeping(rows.mergesAfter(base.lastMergeId()), b.undoneMerges(), b.absorbedInto(),
                    b.separated(), b.members(), b.absorbedMembers(), row.nextEntryId(), row.nextMergeId());
            bookkeeping = row.bookkeeping();
        } else {
            TermBase.Checkpoint c = base.bookkeeping();
            base.replaceBookkeeping(List.of(), c.undoneMerges(), c.absorbedInto(), c.separated(), c.members(),
                    c.absorbedMembers(), row.nextEntryId(), row.nextMergeId());
        }
        version = row.version();
        own.headSet(version, true).clear();
        whole.addAll(deleted);
        return whole;
    }
}
