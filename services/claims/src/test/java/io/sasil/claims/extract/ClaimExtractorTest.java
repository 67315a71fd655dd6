package io.sasil.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new ClaimClassifier(), new QuantityParser());
    private static final OffsetDateTime REF = OffsetDateTime.parse("2025-02-03T09:00+09:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | claim | type | first quantity text | its value | its unit
        "통계청에 따르면 지난해 실업률은 3.1%였다.            | true  | QUANTITY | 지난해      | 2024       | DATE",
        "한빛항공은 지난 1월 20일 신형 여객기 12대를 도입했다. | true  | QUANTITY | 지난 1월 20일 | 2025-01-20 | DATE",
        "회사 측은 매출이 약 3억 원이었다고 밝혔다.            | true  | QUANTITY | 약 3억 원   | 300000000  | KRW",
        "이 은행은 국내 최대 규모의 점포망을 갖췄다.           | true  | RANKING  |             |            |",
        "정부는 대책을 서둘러야 한다.                          | false |          |             |            |",
        "과연 그 약속은 지켜질까?                              | false |          |             |            |",
    })
    void sentencesGetVerdictAndQuantities(String sentence, boolean claim, ClaimType type, String qText, String qValue,
            String qUnit) {
        List<ExtractedSentence> out = EXTRACTOR.extract(sentence, REF);
        assertEquals(1, out.size());
        ExtractedSentence e = out.get(0);
        assertEquals(claim, e.claim(), () -> e.assessment().reasons().toString());
        assertEquals(type, e.assessment().type());
        if (qText == null) {
            assertTrue(e.quantities().isEmpty(), e.quantities()::toString);
        } else {
            QuantityView q = e.quantities().get(0);
            assertEquals(qText, q.text());
            assertEquals(qValue, q.value() instanceof BigDecimal b ? b.toPlainString() : q.value().toString());
            assertEquals(qUnit, q.unit());
            assertEquals(qText, CodePoints.substring(sentence, q.start(), q.end()));
        }
    }

    static Stream<Arguments> textsWithOddCharacters() {
        return Stream.of(
                // astral characters before the claim: offsets count code points, not UTF-16 units
                Arguments.of("😀🀄 지난해 매출은 약 3억 원이었다고 회사 측은 밝혔다.", "약 3억 원"),
                Arguments.of("𠮷野家는 지난해 점포 120곳을 새로 열었다.", "120곳"),
                // full-width digits and an ideographic space are normalised, and mapped back as written
                Arguments.of("매출은　３억 원이었다고 회사는 밝혔다.", "３억 원"),
                // zero-width spaces are dropped for the analysis but stay in the offsets of the original
                Arguments.of("\u200b\u200b회원 수는 1,200명으로 집계됐다.", "1,200명"),
                Arguments.of("첫 문장이다.\r\n\r\n회원 수는 3만\u00a0명으로 늘었다.", "3만\u00a0명"));
    }

    @ParameterizedTest
    @MethodSource("textsWithOddCharacters")
    void offsetsPointIntoTheTextAsGiven(String text, String quantity) {
        List<ExtractedSentence> out = EXTRACTOR.extract(text, REF);
        QuantityView q = out.stream().flatMap(e -> e.quantities().stream()).filter(v -> v.text().equals(quantity))
                .findFirst().orElseThrow(() -> new AssertionError(out.toString()));
        assertEquals(quantity, CodePoints.substring(text, q.start(), q.end()));
        for (ExtractedSentence e : out) {
            assertEquals(e.assessment().text(), CodePoints.substring(text, e.assessment().start(), e.assessment().end()));
            assertTrue(e.assessment().start() <= q.start() || q.end() <= e.assessment().start());
        }
    }

    @Test
    void sentencesAreSplitAndQuotationsCarryTheirSpeaker() {
        String text = "김하늘 장관은 “올해 예산은 5조 원이다. 내년에는 더 늘린다”라고 말했다. 그는 2019년 취임했다.";
        List<ExtractedSentence> out = EXTRACTOR.extract(text, REF);
        assertEquals(2, out.size(), out::toString);
        assertEquals("김하늘", out.get(0).assessment().speaker());
        assertEquals(ClaimType.QUOTE, out.get(0).assessment().type());
        assertEquals(List.of("올해", "5조 원", "내년"), out.get(0).quantities().stream().map(QuantityView::text).toList());
        assertEquals("2025", out.get(0).quantities().get(0).value());
    }

    @Test
    void withoutReferenceTimeRelativeDatesKeepAnUnresolvedValue() {
        List<QuantityView> qs = EXTRACTOR.extract("지난해 매출은 2023년보다 4% 늘었다.", null).get(0).quantities();
        assertEquals(List.of("지난해", "2023년", "4%"), qs.stream().map(QuantityView::text).toList());
        assertEquals("REF-P1Y", qs.get(0).value());
    }

    @Test
    void assessKeepsTheGivenSpansAndShiftsQuantities() {
        String text = "머리말. 올해 1분기 수출은 612억 달러였다.";
        List<ExtractedSentence> out = EXTRACTOR.assess(text, List.of(new int[] {0, 4}, new int[] {5, 26}), REF);
        assertEquals(2, out.size());
        QuantityView money = out.get(1).quantities().get(1);
        assertEquals("612억 달러", money.text());
        assertEquals("612억 달러", CodePoints.substring(text, money.start(), money.end()));
        assertEquals(new BigDecimal("61200000000"), money.value());
        assertEquals("USD", money.unit());
        assertEquals("2025-01/2025-03", out.get(1).quantities().get(0).value());
    }

    @Test
    void theNarrativeYearCarriesWithinAParagraphAndNotIntoTheNext() {
        // a character outside the BMP before the dates: the paragraph check reads code point offsets
        String text = "조합은 2019년 3월 세워졌다 \uD83C\uDFDB. 5월 1일에 첫 총회가 열렸다.\n\n5월 1일에 새 회관이 문을 열었다.";
        List<ExtractedSentence> out = EXTRACTOR.extract(text, REF);
        assertEquals(3, out.size());
        assertEquals("2019-05-01", out.get(1).quantities().get(0).value());
        Object alone = new QuantityParser().parse("5월 1일에 새 회관이 문을 열었다.", REF).get(0).value();
        assertEquals(alone, out.get(2).quantities().get(0).value());
        assertFalse("2019-05-01".equals(alone), "without a stated year the date is not in 2019");
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> EXTRACTOR.assess("짧다.", List.of(new int[] {0, 10}), REF));
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertTrue(EXTRACTOR.extract("", REF).isEmpty());
        assertTrue(EXTRACTOR.extract(" \n\t\n ", REF).isEmpty());
    }

    @Test
    void toViewCarriesIdAndSubjects() {
        ExtractedSentence e = EXTRACTOR.extract("통계청은 지난달 취업자가 5만 명 늘었다고 발표했다.", REF).get(0);
        var view = e.toView(42L, List.of(7L, 9L));
        assertEquals(42L, view.id());
        assertEquals(List.of(7L, 9L), view.subjects());
        assertEquals(e.assessment().score(), view.score());
        assertNull(e.toView(null, List.of()).id());
    }

    @Test
    void pathologicalTextsAreExtracted() {
        String digits = "매출은 " + "9".repeat(20_000) + "원이었다.";
        String parens = "(".repeat(5_000) + "회사는 3억 원을 썼다." + ")".repeat(5_000);
        String huge = "9999조 9999억 9999만 9999원을 썼다. ".repeat(200);
        String noHangul = "Revenue rose 12% to $5 million in 2024. ".repeat(500);
        for (String t : List.of(digits, parens, huge, noHangul)) {
            EXTRACTOR.extract(t, REF);
        }
        QuantityView big = EXTRACTOR.extract("9999조 9999억 9999만 9999원을 썼다.", REF).get(0).quantities().get(0);
        assertEquals(new BigDecimal("9999999999999999"), big.value());
        assertFalse(EXTRACTOR.extract(parens, REF).isEmpty());
    }
}
