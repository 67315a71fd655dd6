package io.sasil.glossary.termbase;

import static io.sasil.common.contract.GlossKind.ABBREVIATION;
import static io.sasil.common.contract.GlossKind.ENGLISH;
import static io.sasil.common.contract.GlossKind.HANJA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the persistent term base relies on: {@link TermBase#forgetDocument}, {@link TermBase#edit},
 * {@link TermBase#drainChanged}, {@link TermBase#mergesOf} and {@link TermBase#state()} / {@link TermBase#restore}.
 */
class TermBasePersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    private static Evidence ev(String doc, String term) {
        return new Evidence(doc, term, new Span(0, term.codePointCount(0, term.length())), new Span(5, 9));
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(List.<String[]>of(new String[] {"국제원자력기구", "IAEA", "ABBREVIATION"})),
                Arguments.of(List.<String[]>of(new String[] {"오픈에이아이", "OpenAI", "ENGLISH"},
                        new String[] {"오픈AI", "OpenAI", "ENGLISH"})),
                Arguments.of(List.<String[]>of(new String[] {"타산지석", "他山之石", "HANJA"},
                        new String[] {"반면교사", "反面敎師", "HANJA"}, new String[] {"타산지석", "他山之石", "HANJA"})),
                Arguments.of(List.<String[]>of(new String[] {"😀이모지", "Emoji", "ENGLISH"}, new String[] {"𠀀자", "𠀀字", "HANJA"})));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void reanalysingADocumentLeavesTheSameFrequencies(List<String[]> pairs) {
        TermBase base = new TermBase(CLOCK);
        base.addPair("다른문서", "Other", ENGLISH, ev("other", "다른문서"));
        Runnable analyse = () -> {
            base.forgetDocument("d1");
            for (String[] p : pairs) {
                base.addPair(p[0], p[1], GlossKind.valueOf(p[2]), ev("d1", p[0]));
            }
        };
        analyse.run();
        List<TermEntry> once = base.entries();
        analyse.run();
        analyse.run();
        assertEquals(once.stream().map(e -> e.id() + ":" + e.frequency() + ":" + e.evidence().size()).toList(),
                base.entries().stream().map(e -> e.id() + ":" + e.frequency() + ":" + e.evidence().size()).toList());
        int total = base.entries().stream().mapToInt(TermEntry::frequency).sum();
        assertEquals(pairs.size() + 1, total);
    }

    @Test
    void forgetDocumentKeepsTheEntryAndOtherDocumentsEvidence() {
        TermBase base = new TermBase(CLOCK);
        long id = base.addPair("세계무역기구", "WTO", ABBREVIATION, ev("d1", "세계무역기구"));
        base.addPair("세계무역기구", "WTO", ABBREVIATION, ev("d2", "세계무역기구"));
        base.drainChanged();
        assertEquals(Set.of(id), base.forgetDocument("d1"));
        TermEntry e = base.get(id).orElseThrow();
        assertEquals(1, e.frequency());
        assertEquals(List.of("d2"), e.evidence().stream().map(Evidence::documentId).toList());
        assertEquals(Set.of(id), base.drainChanged());
        assertEquals(Set.of(), base.forgetDocument("d9"));
        base.forgetDocument("d2");
        assertEquals(0, base.get(id).orElseThrow().frequency());
        assertTrue(base.get(id).isPresent());
    }

    @Test
    void rollbackUndoesAChangeThatWasAlreadyDrainedForStoring() {
        TermBase base = new TermBase(CLOCK);
        long wto = base.addPair("세계무역기구", "WTO", ABBREVIATION, ev("d1", "세계무역기구"));
        long openAi = base.addPair("오픈에이아이", "OpenAI", ENGLISH, ev("d1", "오픈에이아이"));
        base.drainChanges();
        TermBase.State was = base.state();

        TermBase.Checkpoint checkpoint = base.checkpoint();
        base.forgetDocument("d1");
        base.addPair("세계무역기구", "WTO", ABBREVIATION, ev("d2", "세계무역기구"));
        long created = base.addPair("국제통화기금", "IMF", ABBREVIATION, ev("d2", "국제통화기금"));
        long variant = base.create("오픈AI", List.of(new Label("오픈AI", LabelType.KOREAN)), null).id();
        base.merge(openAi, variant);
        assertFalse(base.drainChanges().isEmpty(), "the change was drained, as a store drains it before writing");
        base.rollback(checkpoint);

        assertEquals(was, base.state());
        assertTrue(base.get(created).isEmpty());
        assertEquals(List.of(wto), base.findByLabel("WTO").stream().map(TermEntry::id).toList());
        assertTrue(base.findByLabel("IMF").isEmpty(), "the rolled-back entry's labels are no longer indexed");
        assertEquals(created, base.addPair("국제통화기금", "IMF", ABBREVIATION, ev("d3", "국제통화기금")),
                "the id handed out by the undone change is handed out again");
    }

    @Test
    void drainChangedNamesCreatedChangedAndAbsorbedEntries() {
        TermBase base = new TermBase(CLOCK);
        long a = base.addPair("오픈에이아이", "OpenAI", ENGLISH, ev("d1", "오픈에이아이"));
        assertEquals(Set.of(a), base.drainChanged());
        assertEquals(Set.of(), base.drainChanged());
        long b = base.create("오픈AI", List.of(new Label("오픈AI", LabelType.KOREAN)), null).id();
        assertEquals(Set.of(b), base.drainChanged());
        base.merge(a, b);
        assertEquals(Set.of(a, b), base.drainChanged());
        assertTrue(base.get(b).isEmpty());
        base.delete(a);
        assertEquals(Set.of(a), base.drainChanged());
    }

    @Test
    void editReplacesLabelsAndChecksThePreferredLabel() {
        TermBase base = new TermBase(CLOCK);
        long id = base.addPair("유엔", "UN", ABBREVIATION, ev("d1", "유엔"));
        TermEntry e = base.edit(id, "국제연합", List.of(new Label("국제연합", LabelType.KOREAN),
                new Label("유엔", LabelType.KOREAN), new Label("UN", LabelType.ABBREVIATION),
                new Label("유엔", LabelType.LATIN)), Category.ORGANISATION);
        assertEquals("국제연합", e.preferredLabel());
        assertEquals(3, e.labels().size());
        assertEquals(LabelType.KOREAN, e.label("유엔").orElseThrow().type());
        assertEquals(1, e.evidence().size());
        assertEquals(1, base.findByLabel("국제 연합").size());
        assertTrue(base.findByLabel("유엔").stream().anyMatch(x -> x.id() == id));
        assertThrows(IllegalArgumentException.class,
                () -> base.edit(id, "없는말", List.of(new Label("국제연합", LabelType.KOREAN)), null));
        assertThrows(IllegalArgumentException.class, () -> base.edit(id, null, List.of(), null));
        assertThrows(java.util.NoSuchElementException.class,
                () -> base.edit(999, null, List.of(new Label("가나", LabelType.KOREAN)), null));
    }

    @Test
    void stateRestoresEverythingIncludingSeparationsAndUndo() {
        TermBase base = new TermBase(CLOCK);
        long a = base.addPair("오픈에이아이", "OpenAI", ENGLISH, ev("d1", "오픈에이아이"));
        long b = base.addPair("오픈AI", "미국 인공지능 기업", GlossKind.DEFINITION, ev("d2", "오픈AI"));
        assertEquals(a, b);
        long c = base.addPair("굴기", "崛起", HANJA, ev("d3", "굴기"));
        Merge merge = base.merges().get(0);
        assertEquals(List.of(merge), base.mergesOf(a));
        assertEquals(List.of(), base.mergesOf(c));

        TermBase copy = TermBase.restore(base.state(), CLOCK);
        assertEquals(base.entries(), copy.entries());
        assertEquals(base.merges(), copy.merges());
        assertEquals(Set.of(), copy.drainChanged());

        TermEntry back = copy.unmerge(merge.id());
        assertTrue(copy.isUndone(merge.id()));
        TermBase again = TermBase.restore(copy.state(), CLOCK);
        assertTrue(again.isUndone(merge.id()));
        assertEquals(copy.entries(), again.entries());
        // the separation survives the round trip: the same pair does not merge them again
        again.addPair("오픈AI", "미국 인공지능 기업", GlossKind.DEFINITION, ev("d4", "오픈AI"));
        assertNotEquals(again.resolve(a), again.resolve(back.id()));
        // new ids continue after the restored ones
        long d = again.addPair("반도체", "半導體", HANJA, ev("d5", "반도체"));
        assertTrue(d > Math.max(c, back.id()));
        assertFalse(again.entries().isEmpty());
    }
}
