package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document index behind {@link TermBase#forgetDocument} and {@link TermBase#entriesOf}: after any sequence of
 * analyses, forgets, merges, unmerges, splits, deletes, rollbacks, catch-ups and reloads it names exactly the entries
 * that a scan of every entry's evidence finds.
 */
class TermBaseDocumentIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

    /** Pairs that meet one another in several ways (shared terms, shared glosses, abbreviations). */
    private static final String[][] PAIRS = {
        {"경제협력개발기구", "OECD", "ABBREVIATION"},
        {"경제협력개발기구", "Organisation for Economic Co-operation and Development", "ENGLISH"},
        {"OECD", "Organisation for Economic Co-operation and Development", "ABBREVIATION"},
        {"국내총생산", "GDP", "ABBREVIATION"},
        {"국내총생산", "Gross Domestic Product", "ENGLISH"},
        {"수소연료전지", "hydrogen fuel cell", "ENGLISH"},
        {"연료전지", "fuel cell", "ENGLISH"},
        {"온고지신", "溫故知新", "HANJA"},
        {"정책금리", "기준이 되는 금리", "DEFINITION"},
        {"중앙은행", "central bank", "ENGLISH"},
        {"한국은행", "Bank of Korea", "ENGLISH"},
        {"한은", "한국은행", "ABBREVIATION"},
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theIndexAgreesWithAScanAfterEveryStep(long seed) {
        Random random = new Random(seed);
        TermBase base = new TermBase(CLOCK);
        List<String> documents = List.of("1", "2", "3", "4", "5", "6");
        for (int step = 0; step < 250; step++) {
            base = apply(base, random, documents);
            for (String doc : documents) {
                assertEquals(scan(base, doc), base.entriesOf(doc), "document " + doc + " after step " + step);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void forgettingADocumentLeavesNoEvidenceOfItAnywhere(long seed) {
        Random random = new Random(seed);
        TermBase base = new TermBase(CLOCK);
        List<String> documents = List.of("a", "b", "c");
        for (int step = 0; step < 120; step++) {
            base = apply(base, random, documents);
        }
        for (String doc : documents) {
            Set<Long> held = scan(base, doc);
            assertEquals(held, base.forgetDocument(doc));
            assertEquals(Set.of(), scan(base, doc));
            assertEquals(Set.of(), base.entriesOf(doc));
        }
    }

    private static TermBase apply(TermBase base, Random random, List<String> documents) {
        String doc = documents.get(random.nextInt(documents.size()));
        List<TermEntry> entries = base.entries();
        int op = random.nextInt(10);
        try {
            switch (op) {
                case 0, 1, 2, 3 -> {
                    base.forgetDocument(doc);
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        String[] p = PAIRS[random.nextInt(PAIRS.length)];
                        base.addPair(p[0], p[1], GlossKind.valueOf(p[2]), new Evidence(doc, p[0],
                                new Span(i * 10, i * 10 + p[0].length()), new Span(i * 10 + 8, i * 10 + 9)));
                    }
                }
                case 4 -> base.forgetDocument(doc);
                case 5 -> {
                    List<Merge> open = base.merges().stream().filter(m -> !base.isUndone(m.id())).toList();
                    if (!open.isEmpty()) {
                        base.unmerge(open.get(random.nextInt(open.size())).id());
                    }
                }
                case 6 -> {
                    List<TermEntry> several = entries.stream().filter(e -> e.labels().size() > 1).toList();
                    if (!several.isEmpty()) {
                        TermEntry e = several.get(random.nextInt(several.size()));
                        base.splitLabels(e.id(), List.of(e.labels().get(random.nextInt(e.labels().size())).text()));
                    }
                }
                case 7 -> {
                    if (entries.size() > 1) {
                        TermEntry a = entries.get(random.nextInt(entries.size()));
                        TermEntry b = entries.get(random.nextInt(entries.size()));
                        if (random.nextBoolean()) {
                            base.merge(a.id(), b.id());
                        } else {
                            base.delete(b.id());
                        }
                    }
                }
                case 8 -> {
                    // a change that is undone (a store that failed), or another replica's entries taken as stored
                    TermBase.Checkpoint at = base.checkpoint();
                    base.forgetDocument(doc);
                    String[] p = PAIRS[random.nextInt(PAIRS.length)];
                    base.addPair(p[0], p[1], GlossKind.valueOf(p[2]), new Evidence(doc, p[0], null, null));
                    switch (random.nextInt(3)) {
                        case 0 -> base.rollback(at);
                        case 1 -> base.replaceEntries(copies(base.entries()), List.of());
                        // a catch-up of one document's evidence: the rest kept, that document's read back at the end
                        default -> base.replaceEntries(reloaded(base.entries(), doc), List.of());
                    }
                }
                default -> {
                    return TermBase.restore(base.state(), CLOCK);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // refused operations (merging an entry with itself, undoing a merge whose entry is gone) change nothing
        }
        return base;
    }

    /** The entries as read back from storage: equal values, new objects. */
    private static List<TermEntry> copies(List<TermEntry> entries) {
        List<TermEntry> out = new ArrayList<>();
        for (TermEntry e : entries) {
            List<Evidence> ev = e.evidence().stream()
                    .map(x -> new Evidence(x.documentId(), x.term(), x.termSpan(), x.glossSpan())).toList();
            out.add(new TermEntry(e.id(), e.preferredLabel(), e.labels(), e.category(), ev, e.frequency(),
                    e.firstSeen()));
        }
        return out;
    }

    /** The entries with one document's evidence read back from storage (new objects, appended); the rest kept. */
    private static List<TermEntry> reloaded(List<TermEntry> entries, String doc) {
        List<TermEntry> out = new ArrayList<>();
        for (TermEntry e : entries) {
            List<Evidence> ev = new ArrayList<>();
            List<Evidence> again = new ArrayList<>();
            for (Evidence x : e.evidence()) {
                if (doc.equals(x.documentId())) {
                    again.add(new Evidence(x.documentId(), x.term(), x.termSpan(), x.glossSpan()));
                } else {
                    ev.add(x);
                }
            }
            ev.addAll(again);
            out.add(new TermEntry(e.id(), e.preferredLabel(), e.labels(), e.category(), ev, e.frequency(),
                    e.firstSeen()));
        }
        return out;
    }

    private static Set<Long> scan(TermBase base, String doc) {
        Set<Long> out = new TreeSet<>();
        for (TermEntry e : base.entries()) {
            if (e.evidence().stream().anyMatch(x -> doc.equals(x.documentId()))) {
                out.add(e.id());
            }
        }
        return out;
    }
}
