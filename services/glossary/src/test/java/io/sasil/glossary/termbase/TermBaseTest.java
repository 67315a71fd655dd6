package io.sasil.glossary.termbase;

import static io.sasil.common.contract.GlossKind.ABBREVIATION;
import static io.sasil.common.contract.GlossKind.DEFINITION;
import static io.sasil.common.contract.GlossKind.ENGLISH;
import static io.sasil.common.contract.GlossKind.HANJA;
import static io.sasil.common.contract.GlossKind.ORIGINAL_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class TermBaseTest {

    private final TermBase base = new TermBase(Clock.fixed(Instant.parse("2026-01-05T00:00:00Z"), ZoneOffset.UTC));

    private static Evidence ev(String doc, String term) {
        return new Evidence(doc, term, new Span(0, term.codePointCount(0, term.length())), new Span(10, 12));
    }

    private long add(String term, String gloss, GlossKind kind) {
        return base.addPair(term, gloss, kind, ev("d1", term));
    }

    private static Set<String> texts(TermEntry e) {
        return Set.copyOf(e.labels().stream().map(Label::text).toList());
    }

    /**
     * Two pairs, then whether they end in one entry and by which rule (null: no merge, but same entry by attach).
     */
    static Stream<Arguments> pairsThatMeet() {
        return Stream.of(
            Arguments.of("딥시크", "DeepSeek", ENGLISH, "딥시크", "深度求索", ORIGINAL_NAME, true, MergeRule.SAME_KEY),
            Arguments.of("챗 지피티", "Chat GPT", ENGLISH, "챗GPT", "생성형 대화 모델", DEFINITION, true, MergeRule.LATIN_READING),
            Arguments.of("오픈에이아이", "OpenAI", ENGLISH, "오픈AI", "미국 인공지능 기업", DEFINITION, true, MergeRule.LATIN_READING),
            Arguments.of("지피티-4", "거대 언어 모델", DEFINITION, "GPT-4", "오픈AI의 모델", DEFINITION, true, MergeRule.LATIN_READING),
            Arguments.of("에이아이", "AI", ENGLISH, "인공지능", "AI", ABBREVIATION, true, MergeRule.SHARED_ENGLISH_LABEL),
            Arguments.of("량원펑", "梁文鋒", ORIGINAL_NAME, "량원펑 창업자", "梁文鋒", ORIGINAL_NAME, true, MergeRule.SHARED_HANJA_LABEL),
            Arguments.of("엔비디아", "NVIDIA", ENGLISH, "엔비디아 社", "Nvidia", ENGLISH, true, MergeRule.SHARED_ENGLISH_LABEL),
            Arguments.of("빅테크", "Big-tech", ENGLISH, "빅 테크", "거대기술기업", DEFINITION, true, MergeRule.SAME_KEY),
            // one acronym, two long forms: kept apart
            Arguments.of("개인용 컴퓨터", "PC", ABBREVIATION, "정치적 올바름", "PC", ABBREVIATION, false, null),
            // a single character names too many things
            Arguments.of("대", "對", HANJA, "대", "大", HANJA, false, null),
            // Haiti is not IT
            Arguments.of("정보기술", "IT", ABBREVIATION, "아이티", "Haiti", ENGLISH, false, null),
            // open source is not OpenAI
            Arguments.of("오픈소스", "Open-Source", ENGLISH, "오픈AI", "OpenAI", ENGLISH, false, null),
            // definitions never merge
            Arguments.of("빅테크", "거대기술기업", DEFINITION, "대기업", "거대기술기업", DEFINITION, false, null));
    }

    @ParameterizedTest
    @MethodSource("pairsThatMeet")
    void mergesWhatNamesTheSameThing(String t1, String g1, GlossKind k1, String t2, String g2, GlossKind k2,
            boolean same, MergeRule rule) {
        long a = add(t1, g1, k1);
        long b = add(t2, g2, k2);
        if (same) {
            assertEquals(base.resolve(a), base.resolve(b), base.entries().toString());
            assertEquals(1, base.size());
            if (rule != null) {
                assertEquals(rule, base.merges().get(base.merges().size() - 1).rule());
            }
        } else {
            assertNotEquals(a, b);
            assertEquals(2, base.size());
            assertTrue(base.merges().isEmpty());
        }
    }

    @Test
    void samePairTwiceAttachesAndCounts() {
        long a = add("타산지석", "他山之石", HANJA);
        long b = base.addPair("타산지석", "他山之石", HANJA, ev("d2", "타산지석"));
        assertEquals(a, b);
        TermEntry e = base.get(a).orElseThrow();
        assertEquals(2, e.frequency());
        assertEquals(2, e.evidence().size());
        assertEquals(2, e.labels().size());
        assertEquals(Category.IDIOM, e.category());
        assertEquals("타산지석", e.preferredLabel());
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), e.firstSeen());
    }

    @Test
    void shortPairAttachesToItsOwnEntryOnly() {
        long a = add("대", "對", HANJA);
        long b = add("대", "對", HANJA);
        long c = add("대", "大", HANJA);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void labelTypesFollowTheKind() {
        long id = add("딥시크", "DeepSeek", ENGLISH);
        add("딥시크", "深度求索", ORIGINAL_NAME);
        add("딥시크", "중국 인공지능 기업", DEFINITION);
        TermEntry e = base.get(id).orElseThrow();
        assertEquals(List.of(new Label("딥시크", LabelType.KOREAN), new Label("DeepSeek", LabelType.LATIN),
                new Label("深度求索", LabelType.ORIGINAL_SCRIPT), new Label("중국 인공지능 기업", LabelType.DEFINITION)),
                e.labels());
        assertEquals(3, e.frequency());
    }

    @Test
    void abbreviatedTermWithLongFormGloss() {
        long id = add("NAFTA", "North American Free Trade Agreement", ABBREVIATION);
        TermEntry e = base.get(id).orElseThrow();
        assertEquals(LabelType.ABBREVIATION, e.labels().get(0).type());
        assertEquals(LabelType.LATIN, e.labels().get(1).type());
        assertEquals(Category.LAW, e.category());
    }

    @Test
    void gluesThreeEntriesThroughOnePair() {
        long openAi = add("오픈AI", "미국의 인공지능 연구 기업", DEFINITION);
        long openAiEn = add("OpenAI", "챗GPT 개발사", DEFINITION);
        assertNotEquals(openAi, openAiEn);
        long joined = add("오픈에이아이", "OpenAI", ENGLISH);
        assertEquals(1, base.size());
        assertEquals(openAi, joined);
        assertEquals(Set.of("오픈AI", "미국의 인공지능 연구 기업", "OpenAI", "챗GPT 개발사", "오픈에이아이"),
                texts(base.get(joined).orElseThrow()));
        assertEquals(joined, base.resolve(openAiEn));
        assertEquals(List.of(MergeRule.LATIN_READING, MergeRule.SHARED_ENGLISH_LABEL),
                base.merges().stream().map(Merge::rule).toList());
    }

    @Test
    void unmergeRestoresBothEntries() {
        long a = add("에이아이", "AI", ENGLISH);
        long b = base.addPair("인공지능", "AI", ABBREVIATION, ev("d2", "인공지능"));
        assertEquals(a, b);
        Merge m = base.merges().get(0);
        assertEquals(MergeRule.SHARED_ENGLISH_LABEL, m.rule());
        assertEquals("AI", m.targetLabel());
        assertEquals("AI", m.absorbedLabel());
        // attached after the merge: an exact pair of the merged entry, with the absorbed entry's term
        base.addPair("인공지능", "AI", ABBREVIATION, ev("d3", "인공지능"));
        assertEquals(3, base.get(a).orElseThrow().frequency());

        TermEntry restored = base.unmerge(m.id());
        assertTrue(base.isUndone(m.id()));
        TermEntry kept = base.get(a).orElseThrow();
        assertEquals(Set.of("에이아이", "AI"), texts(kept));
        assertEquals(Set.of("인공지능", "AI"), texts(restored));
        assertEquals(List.of("d2", "d3"), restored.evidence().stream().map(Evidence::documentId).sorted().toList());
        assertEquals(2, restored.frequency());
        assertEquals(1, kept.frequency());
        assertEquals(2, base.size());
        assertThrows(IllegalStateException.class, () -> base.unmerge(m.id()));

        // a later pair touching both no longer joins them automatically
        add("에이아이", "AI", ENGLISH);
        base.addPair("인공지능", "AI", ABBREVIATION, ev("d4", "인공지능"));
        assertEquals(2, base.size());
        // but a user may
        Merge manual = base.merge(a, restored.id());
        assertEquals(MergeRule.MANUAL, manual.rule());
        assertEquals(1, base.size());
    }

    @Test
    void unmergingNewestFirstRestoresEveryEntry() {
        long a = add("챗 지피티", "Chat GPT", ENGLISH);
        assertEquals(a, add("챗GPT", "대화형 인공지능", DEFINITION));
        assertEquals(a, add("ChatGPT", "오픈AI 챗봇", DEFINITION));
        assertEquals(1, base.size());
        List<Merge> ms = base.merges();
        long b = ms.get(0).absorbedId();
        long c = ms.get(1).absorbedId();
        assertEquals(List.of(MergeRule.LATIN_READING, MergeRule.SHARED_ENGLISH_LABEL),
                ms.stream().map(Merge::rule).toList());
        base.unmerge(ms.get(1).id());
        base.unmerge(ms.get(0).id());
        assertEquals(3, base.size());
        assertEquals(Set.of("챗 지피티", "Chat GPT"), texts(base.get(a).orElseThrow()));
        assertEquals(Set.of("챗GPT", "대화형 인공지능"), texts(base.get(b).orElseThrow()));
        assertEquals(Set.of("ChatGPT", "오픈AI 챗봇"), texts(base.get(c).orElseThrow()));
    }

    @Test
    void unmergingAnOlderMergeKeepsWhatALaterMergeBrought() {
        long a = add("인공지능", "AI", ABBREVIATION);
        add("에이아이", "AI", ENGLISH);          // merge 1: SHARED_ENGLISH_LABEL
        add("인공 지능", "人工知能", HANJA);      // merge 2: SAME_KEY
        List<Merge> ms = base.merges();
        assertEquals(List.of(MergeRule.SHARED_ENGLISH_LABEL, MergeRule.SAME_KEY),
                ms.stream().map(Merge::rule).toList());
        TermEntry restored = base.unmerge(ms.get(0).id());
        assertEquals(Set.of("에이아이", "AI"), texts(restored));
        assertEquals(Set.of("인공지능", "AI", "인공 지능", "人工知能"), texts(base.get(a).orElseThrow()));
    }

    @Test
    void separatedEntriesAreNotBridgedByAThirdEntry() {
        long older = add("제미나이 모델", "Gemini Model", ENGLISH);
        long a = add("제미나이", "Gemini", ENGLISH);
        base.addPair("제미니", "Gemini", ENGLISH, ev("d9", "제미니"));
        TermEntry off = base.splitLabels(a, List.of("제미니"));
        assertEquals(3, base.size());
        // joins the older entry with a, so the older entry now holds a
        add("Gemini Model", "Gemini", ENGLISH);
        assertEquals(base.resolve(older), base.resolve(a));
        // meets the older entry (Gemini) and the split-off entry (제미니): must not join them
        add("제미니", "Gemini", ENGLISH);
        assertNotEquals(base.resolve(older), base.resolve(off.id()), base.entries().toString());
        assertEquals(2, base.size());
    }

    @Test
    void splitLabelsMovesTheirEvidence() {
        long id = add("제미나이", "Gemini", ENGLISH);
        base.addPair("제미니", "Gemini", ENGLISH, ev("d9", "제미니"));
        assertEquals(1, base.size());
        TermEntry off = base.splitLabels(id, List.of("제미니"));
        assertEquals("제미니", off.preferredLabel());
        assertEquals(1, off.evidence().size());
        assertEquals("d9", off.evidence().get(0).documentId());
        assertFalse(base.get(id).orElseThrow().label("제미니").isPresent());
        assertThrows(IllegalArgumentException.class, () -> base.splitLabels(id, List.of("제미나이", "Gemini")));
        assertThrows(IllegalArgumentException.class, () -> base.splitLabels(id, List.of("없는 라벨")));
    }

    @Test
    void deleteAndFind() {
        long id = add("엔비디아", "NVIDIA", ENGLISH);
        assertEquals(1, base.findByLabel("nvidia").size());
        assertEquals(1, base.findByLabel("Nvidia").size());
        assertEquals(1, base.findByLabel("엔비디아").size());
        assertTrue(base.delete(id));
        assertFalse(base.delete(id));
        assertTrue(base.findByLabel("NVIDIA").isEmpty());
        assertNull(base.resolve(id));
    }

    @Test
    void mentionLabelsSkipDefinitions() {
        long id = add("빅테크", "거대기술기업", DEFINITION);
        assertEquals(java.util.Map.of("빅테크", id), base.mentionLabels());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "오픈에이아이|OpenAI|오픈AI",
        "챗 지피티|Chat GPT|챗 GPT",
        "지피티-4|GPT-4|",
        "엘지|LG|",
        "삼성 에스디에스|Samsung SDS|삼성 SDS",
        "엔비디아|NVIDIA|",
        "GPT-4|지피티-4 모델|GPT-4 모델",
    })
    void readingVariantsForMentions(String term, String gloss, String variant) {
        long id = add(term, gloss, ENGLISH);
        Set<String> variants = TermBase.readingVariants(base.get(id).orElseThrow());
        if (variant == null) {
            assertFalse(variants.stream().anyMatch(v -> v.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                    && v.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)), variants.toString());
        } else {
            assertTrue(variants.contains(variant), variants.toString());
            assertEquals(id, base.mentionLabels().get(variant));
        }
    }

    @Test
    void readingVariantOfALatinModelName() {
        long id = add("GPT-4", "오픈AI의 모델", DEFINITION);
        assertEquals(Set.of("지피티-4"), TermBase.readingVariants(base.get(id).orElseThrow()));
    }

    @Test
    void manyPairsAreAllKept() {
        for (int i = 0; i < 20_000; i++) {
            base.addPair("용어" + i + "호", "Term " + i, ENGLISH, null);
        }
        assertEquals(20_000, base.size());
    }
}
