package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import io.sasil.reporting.check.Contradiction;
import io.sasil.reporting.check.CrossDocumentChecker;
import io.sasil.reporting.check.DocumentAnalysis;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimCorpusTest {

    private static DocumentClaimView claim(long doc, int start, String text, String quantity, Object value,
            String unit, Long... subjects) {
        int at = CodePoints.toCodePoint(text, text.indexOf(quantity));
        QuantityView q = new QuantityView(start + at, start + at + CodePoints.length(quantity), quantity, value, unit,
                null, false, null, null);
        return new DocumentClaimView(doc, OffsetDateTime.parse("2025-02-03T09:00:00+09:00"),
                new ClaimView(doc * 100 + start, start, start + CodePoints.length(text), text, true,
                        ClaimType.TEMPORAL, 0.8, List.of(), List.of(q), null, null, List.of(subjects),
                        unit.equals("DATE") && subjects.length == 1 ? List.of(new FactView("founding", "설립",
                                new FactSubject("entry:" + subjects[0], "별빛랩", subjects[0]),
                                List.of("entry:" + subjects[0]), List.of(new FactRole(0, "date")))) : List.of()));
    }

    @Test
    void claimsLandAtTheirOffsetsInTheRebuiltText() {
        Map<Long, List<DocumentClaimView>> byDoc = new LinkedHashMap<>();
        byDoc.put(1L, List.of(claim(1, 40, "𠀀 ‘별빛랩’은 2021년 설립됐다.", "2021년", "2021", "DATE", 3L),
                claim(1, 5, "🚀 별빛랩 직원은 80명이다.", "80명", 80, "PERSON", 3L)));
        DocumentAnalysis a = ClaimCorpus.analyses(byDoc, Map.of(3L, List.of("별빛랩", "Byeolbit Lab"))).get(0);
        String text = a.document().text();
        for (ClaimView c : a.claims()) {
            assertEquals(c.text(), CodePoints.substring(text, c.start(), c.end()));
            for (QuantityView q : c.quantities()) {
                assertEquals(q.text(), CodePoints.substring(text, q.start(), q.end()));
            }
        }
        assertEquals(List.of(5, 40), a.claims().stream().map(ClaimView::start).toList(), "in text order");
        assertEquals(2, a.mentions().size());
        for (MentionView m : a.mentions()) {
            assertEquals("별빛랩", CodePoints.substring(text, m.start(), m.end()));
            assertEquals(3L, m.entryId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text longer than its span   | 0  | 3
            overlapping an earlier one  | 2  | 0
            """)
    void badClaimsAreLeftOut(String name, int start, int endDelta) {
        String text = "‘별빛랩’은 2021년 설립됐다.";
        DocumentClaimView good = claim(1, 0, text, "2021년", "2021", "DATE", 3L);
        ClaimView c = good.claim();
        ClaimView bad = new ClaimView(7L, start, start + CodePoints.length(text) - endDelta, text, true, c.type(), 0.5,
                List.of(), c.quantities(), null, null, List.of(3L));
        Map<Long, List<DocumentClaimView>> byDoc = Map.of(1L, List.of(good, new DocumentClaimView(1, null, bad)));
        assertEquals(1, ClaimCorpus.analyses(byDoc).get(0).claims().size());
    }

    @Test
    void aClaimFarBeyondAnyArticleIsLeftOut() {
        String text = "‘별빛랩’은 2021년 설립됐다.";
        var far = claim(1, ClaimCorpus.MAX_TEXT, text, "2021년", "2021", "DATE", 3L);
        assertTrue(ClaimCorpus.analyses(Map.of(1L, List.of(far))).get(0).claims().isEmpty());
    }

    @Test
    void rebuiltDocumentsFeedTheCrossDocumentChecker() {
        Map<Long, List<DocumentClaimView>> byDoc = new LinkedHashMap<>();
        byDoc.put(1L, List.of(claim(1, 3, "‘별빛랩’은 2021년 설립됐다.", "2021년", "2021", "DATE", 3L)));
        byDoc.put(2L, List.of(claim(2, 17, "🌱 ‘별빛랩’은 2023년 설립됐다.", "2023년", "2023", "DATE", 3L)));
        byDoc.put(3L, List.of(claim(3, 0, "‘별빛랩’은 2021년 설립됐다.", "2021년", "2021", "DATE", 3L)));
        List<Contradiction> found = new CrossDocumentChecker().check(
                ClaimCorpus.analyses(byDoc, Map.of(3L, List.of("별빛랩"))));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(c -> c.entryId() == 3 && c.measure().equals("founding")));
    }
}
