package io.sasil.claims.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain rules of {@link ClaimsService}: sentence spans checked against the text, subjects of a claim. */
class ClaimsServiceTest {

    private static final List<MentionView> MENTIONS = List.of(
            new MentionView(0, 3, "딥시크", 7L, "딥시크"),
            new MentionView(10, 14, "엔비디아", 9L, "엔비디아"),
            new MentionView(20, 23, "딥시크", 7L, "딥시크"),
            new MentionView(24, 26, "오픈", null, null),
            new MentionView(28, 33, "량원펑씨는", 11L, "량원펑"));

    static Stream<Arguments> claimSpans() {
        return Stream.of(
                Arguments.of(0, 30, List.of(7L, 9L)),      // both, 딥시크 once, the unstored mention skipped
                Arguments.of(0, 3, List.of(7L)),           // exactly the mention
                Arguments.of(1, 30, List.of(9L, 7L)),      // the first 딥시크 is cut: order of first mention inside
                Arguments.of(11, 20, List.of()),           // 엔비디아 only partly inside
                Arguments.of(27, 40, List.of(11L)),
                Arguments.of(40, 50, List.of()));
    }

    @ParameterizedTest(name = "[{0}, {1}) → {2}")
    @MethodSource("claimSpans")
    void subjectsAreTheEntriesMentionedInsideTheClaim(int start, int end, List<Long> expected) {
        assertEquals(expected, ClaimsService.subjectsOf(start, end, MENTIONS));
    }

    @Test
    void subjectsAreCapped() {
        List<MentionView> many = new ArrayList<>();
        for (int k = 0; k < 1_000; k++) {
            many.add(new MentionView(k, k + 1, "가", (long) k, "가"));
        }
        assertEquals(ClaimsService.MAX_SUBJECTS, ClaimsService.subjectsOf(0, 1_000, many).size());
    }

    @ParameterizedTest(name = "[{0}, {1}) in a text of 4 code points with an emoji")
    @CsvSource({"0, 4", "0, 0", "4, 4", "2, 3"})
    void spansInsideTheTextAreKept(int start, int end) {
        // 4 code points, 5 UTF-16 units: the check counts code points
        List<int[]> spans = ClaimsService.spans("가😀나.", List.of(new SentenceRef(0, 0, start, end, "")));
        assertArrayEquals(new int[] {start, end}, spans.get(0));
    }

    @ParameterizedTest(name = "[{0}, {1}) is outside")
    @CsvSource({"0, 5", "-1, 2", "3, 2", "5, 6"})
    void spansOutsideTheTextAreAProblemNamingTheSentence(int start, int end) {
        ProblemException e = assertThrows(ProblemException.class, () -> ClaimsService.spans("가😀나.",
                List.of(new SentenceRef(0, 0, 0, 1, ""), new SentenceRef(1, 0, start, end, ""))));
        assertEquals(400, e.status());
        assertEquals("sentences[1]", e.problem().errors().get(0).field());
    }

    @Test
    void overlappingSpansAreAProblemNamingTheSentence() {
        String text = "물가가 3% 올랐다. 수출은 늘었다.";
        ProblemException e = assertThrows(ProblemException.class, () -> ClaimsService.spans(text,
                List.of(new SentenceRef(0, 0, 0, 11, ""), new SentenceRef(1, 0, 5, 19, ""))));
        assertEquals(400, e.status());
        assertEquals("sentences[1]", e.problem().errors().get(0).field());
        // touching is not overlapping
        assertEquals(2, ClaimsService.spans(text,
                List.of(new SentenceRef(0, 0, 0, 11, ""), new SentenceRef(1, 0, 11, 19, ""))).size());
    }

    @Test
    void moreSpansThanTheTextHasCodePointsAreAProblem() {
        List<SentenceRef> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(new SentenceRef(i, 0, Math.min(i, 4), Math.min(i, 4), ""));
        }
        ProblemException e = assertThrows(ProblemException.class, () -> ClaimsService.spans("가😀나.", many));
        assertEquals(400, e.status());
        assertEquals("sentences", e.problem().errors().get(0).field());
        assertEquals(4, ClaimsService.spans("가😀나.", many.subList(0, 4)).size());
    }
}
