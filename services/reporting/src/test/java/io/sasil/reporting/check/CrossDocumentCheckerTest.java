package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.sasil.reporting.check.DocFixture.entry;
import static io.sasil.reporting.check.DocFixture.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossDocumentCheckerTest {

    private final CrossDocumentChecker checker = new CrossDocumentChecker();

    private static DocumentAnalysis founding(long id, String date, String iso, long entry) {
        String text = "🚀 ‘누리랩’은 " + date + " 설립된 인공지능 기업이다.";
        DocFixture f = DocFixture.of(text).id(id, "기사 " + id).mention("누리랩", entry, "누리랩");
        f.whole().q(date, iso, "DATE").event("founding", entry(entry, "누리랩"), date);
        return f.analysis();
    }

    @ParameterizedTest(name = "{0} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023년     | 2023    | 2023년 5월 | 2023-05 | 0
            2023년 5월 | 2023-05 | 2023년 5월 | 2023-05 | 0
            2023년 5월 | 2023-05 | 2023년 7월 | 2023-07 | 1
            2022년     | 2022    | 2023년 5월 | 2023-05 | 1
            """)
    void foundingDateAcrossTwoDocuments(String a, String isoA, String b, String isoB, int expected) {
        List<Contradiction> found = checker.check(List.of(founding(1, a, isoA, 9), founding(2, b, isoB, 9)));
        assertEquals(expected, found.size(), found::toString);
        if (expected == 1) {
            Contradiction c = found.get(0);
            assertEquals(9, c.entryId());
            assertEquals("founding", c.measure());
            assertEquals(1, c.first().documentId());
            assertEquals(2, c.second().documentId());
            assertEquals(a, c.first().claim().text());
            assertTrue(c.explanation().contains("≠"), c.explanation());
        }
    }

    @Test
    void differentEntriesDoNotContradict() {
        assertTrue(checker.check(List.of(founding(1, "2020년", "2020", 9), founding(2, "2023년", "2023", 10)))
                .isEmpty());
    }

    @Test
    void aDocumentDoesNotContradictItself() {
        String text = "‘누리랩’은 2020년 설립됐다. ‘누리랩’은 2023년 설립됐다.";
        DocFixture f = DocFixture.of(text).id(1, "a").mention("누리랩", 9, "누리랩");
        f.claim("‘누리랩’은 2020년 설립됐다.").q("2020년", "2020", "DATE").event("founding", entry(9, "누리랩"), "2020년");
        f.claim("‘누리랩’은 2023년 설립됐다.").q("2023년", "2023", "DATE").event("founding", entry(9, "누리랩"), "2023년");
        assertTrue(checker.check(List.of(f.analysis())).isEmpty());
    }

    @Test
    void quotedNamesWithoutEntryAreNotMatchedAcrossDocuments() {
        String a = "‘별빛’은 2020년 설립됐다.";
        String b = "‘별빛’은 2023년 설립됐다.";
        DocFixture fa = DocFixture.of(a).id(1, "a");
        fa.whole().q("2020년", "2020", "DATE").event("founding", term("별빛"), "2020년");
        DocFixture fb = DocFixture.of(b).id(2, "b");
        fb.whole().q("2023년", "2023", "DATE").event("founding", term("별빛"), "2023년");
        assertTrue(checker.check(List.of(fa.analysis(), fb.analysis())).isEmpty());
    }

    @ParameterizedTest(name = "{0} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            180명    | 180 | false | 180명 | 180 | 0
            180명    | 180 | false | 250명 | 250 | 1
            약 180명 | 180 | true  | 190명 | 190 | 0
            """)
    void employeesAcrossDocuments(String a, int va, boolean approx, String b, int vb, int expected) {
        DocFixture fa = DocFixture.of("‘누리랩’은 직원 " + a + "을 두고 있다.").id(1, "a").mention("누리랩", 9, "누리랩");
        fa.whole().q(a, va, "PERSON", approx, null).measure("employees", entry(9, "누리랩"), a);
        DocFixture fb = DocFixture.of("‘누리랩’의 직원 " + b + "이 일한다.").id(2, "b").mention("누리랩", 9, "누리랩");
        fb.whole().q(b, vb, "PERSON").measure("employees", entry(9, "누리랩"), b);
        List<Contradiction> found = checker.check(List.of(fa.analysis(), fb.analysis()));
        assertEquals(expected, found.size(), found::toString);
    }

    @Test
    void threeDocumentsTwoDisagreeingWithTheFirst() {
        List<Contradiction> found = checker.check(List.of(founding(1, "2021년", "2021", 9),
                founding(2, "2023년", "2023", 9), founding(3, "2023년 5월", "2023-05", 9)));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(c -> c.first().documentId() == 1));
    }
}
