package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeCheckTest {

    private final AgeCheck check = new AgeCheck();

    @ParameterizedTest(name = "{0} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            1985년생인 김민수(40세) 대표가 회사를 세웠다.          | 1985년생 | 40세    | 2025-02-03T09:00:00+09:00 | CONSISTENT   | international
            1985년생인 김민수(39세) 대표가 회사를 세웠다.          | 1985년생 | 39세    | 2025-02-03T09:00:00+09:00 | CONSISTENT   | international
            1985년생인 김민수(41세) 대표가 회사를 세웠다.          | 1985년생 | 41세    | 2025-02-03T09:00:00+09:00 | CONSISTENT   | Korean
            1985년생인 김민수(42세) 대표가 회사를 세웠다.          | 1985년생 | 42세    | 2025-02-03T09:00:00+09:00 | INCONSISTENT | neither
            1985년생인 김민수(38세) 대표가 회사를 세웠다.          | 1985년생 | 38세    | 2025-02-03T09:00:00+09:00 | INCONSISTENT | neither
            1985년생인 김민수(만 41세) 대표가 회사를 세웠다.       | 1985년생 | 만 41세 | 2025-02-03T09:00:00+09:00 | INCONSISTENT | neither
            2000년생 🎤 가수 박하늘(24세)이 데뷔했다.               | 2000년생 | 24세    | 2024-11-30T09:00:00+09:00 | CONSISTENT   | international
            𠀀 1999년생 선수 이도윤(30세)이 은퇴했다.               | 1999년생 | 30세    | 2024-11-30T09:00:00+09:00 | INCONSISTENT | neither
            """)
    void ageAgainstBirthYear(String sentence, String born, String age, String published, Verdict expected,
            String which) {
        DocFixture f = DocFixture.of(sentence).published(published);
        f.whole().q(born, (int) DocFixture.num(born), "BIRTH_YEAR")
                .q(age, (int) DocFixture.num(age.replace("만 ", "")), "AGE_YEARS")
                .relation("age", age.startsWith("만") ? "international-age" : "age", age, "birth-year", born);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size());
        CheckResult r = results.get(0);
        assertEquals(expected, r.verdict(), r.explanation());
        assertTrue(r.explanation().contains(which), r.explanation());
        assertEquals(f.cp(age, 0), r.involved().get(1).start());
    }

    @Test
    void ageBeforeBirthYearIsPaired() {
        DocFixture f = DocFixture.of("올해 40세인 그는 1985년생이다.");
        f.whole().q("40세", 40, "AGE_YEARS").q("1985년생", 1985, "BIRTH_YEAR")
                .relation("age", "age", "40세", "birth-year", "1985년생");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.CONSISTENT, r.verdict());
        assertEquals("40세", r.involved().get(0).text());
    }

    @Test
    void anAgeTiedToAnEarlierDateUsesThatYear() {
        DocFixture f = DocFixture.of("1970년생인 그는 2000년 당시 30세로 최연소 의원이 됐다.");
        f.whole().q("1970년생", 1970, "BIRTH_YEAR").q("2000년", "2000", "DATE").q("30세", 30, "AGE_YEARS")
                .relation("age", "age", "30세", "birth-year", "1970년생", "as-of", "2000년");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.CONSISTENT, r.verdict(), r.explanation());
        assertTrue(r.explanation().startsWith("2000 − 1970"), r.explanation());
    }

    @Test
    void withoutPublicationDateItIsUnverifiable() {
        DocFixture f = DocFixture.of("1985년생 김민수(40세) 대표").published(null);
        f.whole().q("1985년생", 1985, "BIRTH_YEAR").q("40세", 40, "AGE_YEARS")
                .relation("age", "age", "40세", "birth-year", "1985년생");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }

    @Test
    void anAgeWithoutBirthYearIsNotChecked() {
        DocFixture f = DocFixture.of("그는 1985년생이다. 그의 동생은 30세다.");
        f.claim("그는 1985년생이다.").q("1985년생", 1985, "BIRTH_YEAR");
        f.claim("그의 동생은 30세다.").q("30세", 30, "AGE_YEARS").relation("age", "age", "30세");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void quantitiesWithoutAnAgeFactAreNotChecked() {
        DocFixture f = DocFixture.of("1985년생 김민수(42세) 대표");
        f.whole().q("1985년생", 1985, "BIRTH_YEAR").q("42세", 42, "AGE_YEARS");
        assertTrue(f.run(check).isEmpty());
    }
}
