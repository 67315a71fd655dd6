package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.sasil.reporting.check.DocFixture.entry;
import static io.sasil.reporting.check.DocFixture.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatedFactCheckTest {

    private final RepeatedFactCheck check = new RepeatedFactCheck();

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024년      | 2024       | 2024년 3월     | 2024-03    | CONSISTENT
            2024년 3월  | 2024-03    | 2024년 3월     | 2024-03    | CONSISTENT
            2024년 3월  | 2024-03    | 2024년 3월 5일 | 2024-03-05 | CONSISTENT
            2024년 3월  | 2024-03    | 2024년 4월     | 2024-04    | INCONSISTENT
            2023년      | 2023       | 2024년 3월     | 2024-03    | INCONSISTENT
            """)
    void foundingStatedTwice(String a, String isoA, String b, String isoB, Verdict expected) {
        String text = "‘별빛로보틱스’는 " + a + " 설립됐다. 이후 " + b + " 출범한 ‘별빛로보틱스’는 투자를 유치했다.";
        DocFixture f = DocFixture.of(text).mention("별빛로보틱스", 3, "별빛로보틱스");
        f.claim("‘별빛로보틱스’는 " + a + " 설립됐다.").q(a, isoA, "DATE").event("founding", entry(3, "별빛로보틱스"), a);
        f.claim("이후 " + b + " 출범한 ‘별빛로보틱스’는 투자를 유치했다.").q(b, isoB, "DATE")
                .event("founding", entry(3, "별빛로보틱스"), b);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
        assertEquals(2, results.get(0).involved().size());
    }

    @Test
    void releaseDateStatedThreeTimes() {
        String text = "두 모델 가운데 하나는 올해 1월 20일 출시한 추론 모델 ‘별빛-2’이다. "
                + "‘누리AI’가 지난 1월 20일 내놓은 AI모델 누리AI ‘별빛-2’가 화제다. "
                + "‘누리AI’는 지난 1월 20일 출시된 이래 앱 순위 1위를 지켰다.";
        DocFixture f = DocFixture.of(text).mention("누리AI", 11, "누리AI");
        f.claim("두 모델 가운데 하나는 올해 1월 20일 출시한 추론 모델 ‘별빛-2’이다.").q("1월 20일", "2025-01-20", "DATE")
                .event("release", term("별빛-2"), "1월 20일");
        // the noun phrase 누리AI ‘별빛-2’ ties the two subjects
        f.claim("‘누리AI’가 지난 1월 20일 내놓은 AI모델 누리AI ‘별빛-2’가 화제다.").q("1월 20일", "2025-01-20", "DATE")
                .fact("release", term("별빛-2"), List.of("entry:11", "term:별빛-2"), "date", "1월 20일");
        f.claim("‘누리AI’는 지난 1월 20일 출시된 이래 앱 순위 1위를 지켰다.").q("1월 20일", "2025-01-20", "DATE")
                .q("1위", 1, "RANK").event("release", entry(11, "누리AI"), "1월 20일");
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(Verdict.CONSISTENT, results.get(0).verdict());
        assertEquals(3, results.get(0).involved().size(), results.get(0).explanation());
    }

    @Test
    void aPlantedDifferentReleaseDateIsReported() {
        String text = "올해 1월 20일 출시한 추론 모델 ‘별빛-2’이다. 지난 1월 27일 내놓은 ‘별빛-2’가 화제다.";
        DocFixture f = DocFixture.of(text);
        f.claim("올해 1월 20일 출시한 추론 모델 ‘별빛-2’이다.").q("1월 20일", "2025-01-20", "DATE")
                .event("release", term("별빛-2"), "1월 20일");
        f.claim("지난 1월 27일 내놓은 ‘별빛-2’가 화제다.").q("1월 27일", "2025-01-27", "DATE")
                .event("release", term("별빛-2"), "1월 27일");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.INCONSISTENT, r.verdict());
        assertTrue(r.explanation().contains("≠"), r.explanation());
    }

    @Test
    void differentSubjectsAreNotCompared() {
        String text = "‘한빛소프트’는 2016년 설립됐다. 2023년 설립된 ‘누리랩’은 빠르게 성장했다.";
        DocFixture f = DocFixture.of(text).mention("한빛소프트", 1, "한빛소프트").mention("누리랩", 2, "누리랩");
        f.claim("‘한빛소프트’는 2016년 설립됐다.").q("2016년", "2016", "DATE").event("founding", entry(1, "한빛소프트"), "2016년");
        f.claim("2023년 설립된 ‘누리랩’은 빠르게 성장했다.").q("2023년", "2023", "DATE")
                .event("founding", entry(2, "누리랩"), "2023년");
        assertTrue(f.run(check).isEmpty(), () -> f.run(check).toString());
    }

    @Test
    void onlyFactsOfOneSubjectAreGrouped() {
        // claims reads the 2016 founding as the fund's (the head the clause modifies), not the topic's
        String text = "‘한빛소프트’ 대표는 2016년 설립한 펀드 ‘새벽캐피털’에서 나와 2023년 5월 ‘한빛소프트’를 출범시켰다. "
                + "‘한빛소프트’는 2023년 설립됐다.";
        DocFixture f = DocFixture.of(text);
        f.claim("‘한빛소프트’ 대표는 2016년 설립한 펀드 ‘새벽캐피털’에서 나와 2023년 5월 ‘한빛소프트’를 출범시켰다.")
                .q("2016년", "2016", "DATE").q("2023년 5월", "2023-05", "DATE")
                .event("founding", term("새벽캐피털"), "2016년").event("founding", term("한빛소프트"), "2023년 5월");
        f.claim("‘한빛소프트’는 2023년 설립됐다.").q("2023년", "2023", "DATE").event("founding", term("한빛소프트"), "2023년");
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(Verdict.CONSISTENT, results.get(0).verdict(), results.get(0).explanation());
        assertTrue(results.get(0).involved().stream().noneMatch(i -> i.text().equals("2016년")));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            180명   | 180 | false | 180명   | 180 | false | CONSISTENT
            180명   | 180 | false | 190명   | 190 | false | INCONSISTENT
            약 180명 | 180 | true  | 190명   | 190 | false | CONSISTENT
            약 180명 | 180 | true  | 210명   | 210 | false | INCONSISTENT
            """)
    void employeesStatedTwice(String a, int va, boolean approxA, String b, int vb, boolean approxB,
            Verdict expected) {
        String text = "‘누리랩’의 직원 " + a + "은 모두 서울에서 일한다. 🧪 ‘누리랩’은 직원 " + b + "을 두고 있다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 2, "누리랩");
        f.claim("‘누리랩’의 직원 " + a + "은 모두 서울에서 일한다.").q(a, va, "PERSON", approxA, null)
                .measure("employees", entry(2, "누리랩"), a);
        f.claim("‘누리랩’은 직원 " + b + "을 두고 있다.").q(b, vb, "PERSON", approxB, null)
                .measure("employees", entry(2, "누리랩"), b);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
    }

    @Test
    void measuresOfDifferentYearsAreNotCompared() {
        String text = "‘누리랩’의 2023년 매출은 50억 원이었다. ‘누리랩’의 2024년 매출은 80억 원이다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 2, "누리랩");
        f.claim("‘누리랩’의 2023년 매출은 50억 원이었다.").q("2023년", "2023", "DATE").q("50억 원", 5e9, "KRW")
                .measure("revenue", entry(2, "누리랩"), "50억 원", "period", "2023년");
        f.claim("‘누리랩’의 2024년 매출은 80억 원이다.").q("2024년", "2024", "DATE").q("80억 원", 8e9, "KRW")
                .measure("revenue", entry(2, "누리랩"), "80억 원", "period", "2024년");
        assertTrue(f.run(check).isEmpty(), () -> f.run(check).toString());
    }

    @Test
    void aFactStatedOnceIsNotReported() {
        DocFixture f = DocFixture.of("‘누리랩’은 2023년 설립됐다.");
        f.whole().q("2023년", "2023", "DATE").event("founding", term("누리랩"), "2023년");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void factsWithoutSubjectAreNotGrouped() {
        DocFixture f = DocFixture.of("그해 2023년 설립됐다. 이듬해인 2024년 설립됐다.");
        f.claim("그해 2023년 설립됐다.").q("2023년", "2023", "DATE").event("founding", null, "2023년");
        f.claim("이듬해인 2024년 설립됐다.").q("2024년", "2024", "DATE").event("founding", null, "2024년");
        assertTrue(f.run(check).isEmpty());
    }
}
