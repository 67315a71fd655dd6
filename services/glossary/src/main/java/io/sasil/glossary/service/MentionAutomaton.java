package io.sasil.glossary.service;

import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.LabelType;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.MentionSelection;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The mention automaton of a term base ({@link MentionMatcher} over {@link TermBase#mentionLabels()}), rebuilt only
 * when labels change and then in the background, never on the request path (but the first, when there is none).
 *
 * <p>Between a label change and the rebuild that includes it, mentions are found with the last automaton plus a
 * small one built per call from the changed entries' labels (an overlay, which wins on an identical span); so a term
 * glossed in one document is found in the next at once, and a rebuild of 100,000 labels costs no request anything.
 * Evidence-only changes (most analyses once the term base has seen a document's terms) change nothing here.
 *
 * <p>While labels keep changing (a stream of new terms), rebuilds are paced: after a rebuild that took {@code t}, the
 * next starts no sooner than {@value #PACE}{@code  × t} later (at most {@value #MAX_PAUSE_MS} ms), so rebuilding takes at
 * most a fifth of one core however large the term base grows, and the overlay holds what changed in that pause.
 */
final class MentionAutomaton implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MentionAutomaton.class);

    private record Built(TermBase base, MentionMatcher matcher, long generation) {
    }

    /** A pause between rebuilds of this many times the last rebuild's duration. */
    static final int PACE = 4;
    /** The longest pause between rebuilds. */
    static final long MAX_PAUSE_MS = 2_000;

    private final AtomicLong generation = new AtomicLong();
    /** How long the last rebuild took, in nanoseconds. */
    private volatile long lastBuildNanos;
    /** Entry id → the generation of its last label change, until an automaton of that generation is built. */
    private final Map<Long, Long> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossary-automaton");
        t.setDaemon(true);
        return t;
    });
    private volatile Built built;
    /**
     * Per entry id, the written variants of its labels ({@link TermBase#readingVariants}) as the last build computed
     * them, with the label list they were computed from: an entry whose labels did not change keeps the very list
     * ({@link TermEntry} copies it only when it changes), so a rebuild computes variants only for entries relabelled
     * or new since, not for every entry (they were half of a rebuild's time).
     */
    private volatile Map<Long, Variants> variants = Map.of();
    /** Entries whose variants were computed (not taken from the last build), for tests. */
    private final AtomicLong variantsComputed = new AtomicLong();

    private record Variants(List<Label> labels, Set<String> spellings) {
    }

    /** The selected mentions of {@code text}, entry ids possibly stale (resolve them with {@link TermBase#resolve}). */
    List<MentionMatcher.Mention> find(TermBase base, String text) {
        Built b = current(base);
        List<MentionMatcher.Mention> stored = b.matcher().find(text);
        Map<String, Long> overlay = overlay(base, b.generation());
        return overlay.isEmpty() ? stored : MentionSelection.select(MentionMatcher.of(overlay).find(text), stored);
    }

    /** Records that the labels of these entries changed (created, relabelled, merged, deleted) and schedules a rebuild. */
    void changed(Collection<Long> entryIds, TermBase base) {
        if (entryIds.isEmpty()) {
            return;
        }
        long g = generation.incrementAndGet();
        entryIds.forEach(id -> pending.put(id, g));
        schedule(base);
    }

    /** Forgets the automaton: the next call builds one (after the term base was reloaded as a whole). */
    void clear() {
        built = null;
        pending.clear();
    }

    /** How many entries' written variants builds computed so far (the rest were kept from the build before). */
    long variantsComputed() {
        return variantsComputed.get();
    }

    /** Builds the automaton now, on the calling thread (tests). */
    void buildNow(TermBase base) {
        synchronized (this) {
            build(base);
        }
    }

    /** Labels in the last built automaton (0 before the first). */
    int size() {
        Built b = built;
        return b == null ? 0 : b.matcher().size();
    }

    @Override
    public void close() {
        rebuilder.shutdownNow();
    }

    private Built current(TermBase base) {
        Built b = built;
        if (b != null && b.base() == base) {
            return b;
        }
        synchronized (this) {
            b = built;
            if (b == null || b.base() != base) {
                b = build(base);
            }
            return b;
        }
    }

    private Built build(TermBase base) {
        long g = generation.get();
        long started = System.nanoTime();
        Map<Long, Variants> last = variants;
        Map<Long, Variants> next = new HashMap<>();
        Map<String, Long> labels = base.mentionLabels(e -> {
            Variants v = last.get(e.id());
            if (v == null || v.labels() != e.labels()) {
                v = new Variants(e.labels(), TermBase.readingVariants(e));
                variantsComputed.incrementAndGet();
            }
            next.put(e.id(), v);
            return v.spellings();
        });
        variants = next;
        Built b = new Built(base, MentionMatcher.of(labels), g);
        built = b;
        pending.entrySet().removeIf(e -> e.getValue() <= g);
        lastBuildNanos = System.nanoTime() - started;
        LOG.debugf("mention automaton built: %d labels in %d ms", b.matcher().size(), lastBuildNanos / 1_000_000);
        return b;
    }

    private void schedule(TermBase base) {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        rebuilder.submit(() -> {
            try {
                Built b = built;
                while (b == null || b.generation() < generation.get()) {
                    if (b != null) {
                        Thread.sleep(Math.min(MAX_PAUSE_MS, PACE * lastBuildNanos / 1_000_000));
                    }
                    b = build(base);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("mention automaton rebuild failed", e);
            } finally {
                scheduled.set(false);
            }
            Built b = built;
            if (b != null && b.generation() < generation.get()) {
                schedule(base);
            }
        });
    }

    private Map<String, Long> overlay(TermBase base, long builtGeneration) {
        if (pending.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> p : pending.entrySet()) {
            if (p.getValue() <= builtGeneration) {
                continue;
            }
            TermEntry e = base.get(p.getKey()).orElse(null);
            if (e == null) {
                continue;
            }
            for (Label l : e.labels()) {
                if (l.type() != LabelType.DEFINITION) {
                    out.putIfAbsent(l.text(), e.id());
                }
            }
            for (String v : TermBase.readingVariants(e)) {
                out.putIfAbsent(v, e.id());
            }
        }
        return out;
    }
}
