package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.sasil.reporting.check.DocFixture.entry;

import io.sasil.common.contract.Bound;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElapsedTimeCheckTest {

    private final ElapsedTimeCheck check = new ElapsedTimeCheck();

    private static final String TEXT = "설립한 지 %s 스타트업 ‘누리랩’은 새 모델을 공개했다. ‘누리랩’은 %s 설립됐다.";

    @ParameterizedTest(name = "{0} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2년도 안 된 | P2Y | MAX_EXCLUSIVE | 2023년 5월에    | 2023-05    | CONSISTENT
            2년도 안 된 | P2Y | MAX_EXCLUSIVE | 2023년에        | 2023       | CONSISTENT
            2년도 안 된 | P2Y | MAX_EXCLUSIVE | 2022년 3월에    | 2022-03    | INCONSISTENT
            2년도 안 된 | P2Y | MAX_EXCLUSIVE | 2021년에        | 2021       | INCONSISTENT
            3년이 넘은  | P3Y | MIN_EXCLUSIVE | 2021년 6월에    | 2021-06    | CONSISTENT
            3년이 넘은  | P3Y | MIN_EXCLUSIVE | 2023년 6월에    | 2023-06    | INCONSISTENT
            5년 된      | P5Y |               | 2019년 11월에   | 2019-11    | CONSISTENT
            5년 된      | P5Y |               | 2017년 11월에   | 2017-11    | INCONSISTENT
            6개월 된    | P6M |               | 2024년 7월 10일에 | 2024-07-10 | CONSISTENT
            6개월 된    | P6M |               | 2024년 1월 10일에 | 2024-01-10 | INCONSISTENT
            """)
    void durationSinceAnEventAgainstItsDate(String duration, String iso, Bound bound, String date, String dateIso,
            Verdict expected) {
        String text = String.format(TEXT, duration, date);
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩");
        String dateForm = date.substring(0, date.length() - 1);
        f.claim(text.substring(0, text.indexOf("다.") + 2)).bound(duration, iso, "DURATION", bound)
                .event("founding", entry(7, "누리랩"), duration);
        f.claim(text.substring(text.indexOf("다.") + 3)).q(dateForm, dateIso, "DATE")
                .event("founding", entry(7, "누리랩"), dateForm);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
        assertTrue(results.get(0).explanation().contains("누리랩"), results.get(0).explanation());
    }

    @Test
    void aDifferentSubjectIsNotCompared() {
        String text = "설립한 지 2년도 안 된 스타트업 ‘누리랩’은 새 모델을 공개했다. ‘한빛소프트’는 2010년 설립됐다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩").mention("한빛소프트", 8, "한빛소프트");
        f.claim("설립한 지 2년도 안 된 스타트업 ‘누리랩’은 새 모델을 공개했다.")
                .bound("2년도 안 된", "P2Y", "DURATION", Bound.MAX_EXCLUSIVE).event("founding", entry(7, "누리랩"), "2년도 안 된");
        f.claim("‘한빛소프트’는 2010년 설립됐다.").q("2010년", "2010", "DATE").event("founding", entry(8, "한빛소프트"), "2010년");
        assertTrue(f.run(check).isEmpty(), () -> f.run(check).toString());
    }

    @Test
    void aDifferentEventIsNotCompared() {
        String text = "설립한 지 2년도 안 된 ‘누리랩’은 2010년 상장됐다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩");
        f.whole().bound("2년도 안 된", "P2Y", "DURATION", Bound.MAX_EXCLUSIVE).q("2010년", "2010", "DATE")
                .event("founding", entry(7, "누리랩"), "2년도 안 된").event("listing", entry(7, "누리랩"), "2010년");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void noPublicationDateIsUnverifiable() {
        String text = "설립한 지 2년도 안 된 ‘누리랩’은 2023년 설립됐다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩").published(null);
        f.whole().bound("2년도 안 된", "P2Y", "DURATION", Bound.MAX_EXCLUSIVE).q("2023년", "2023", "DATE")
                .event("founding", entry(7, "누리랩"), "2년도 안 된").event("founding", entry(7, "누리랩"), "2023년");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10년 전인 2015년 처음 도입된 제도다.  | 2015 | 2025-02-03T09:00:00+09:00 | CONSISTENT
            10년 전인 2014년 처음 도입된 제도다.  | 2014 | 2025-02-03T09:00:00+09:00 | CONSISTENT
            10년 전인 2012년 처음 도입된 제도다.  | 2012 | 2025-02-03T09:00:00+09:00 | INCONSISTENT
            10년 전인 2014년 처음 도입된 제도다.  | 2014 | 2025-12-20T09:00:00+09:00 | CONSISTENT
            10년 전인 2013년 처음 도입된 제도다.  | 2013 | 2025-12-20T09:00:00+09:00 | INCONSISTENT
            🚧 10년 전인 2016년 처음 도입된 제도다. | 2016 | 2025-02-03T09:00:00+09:00 | INCONSISTENT
            """)
    void yearsAgoAgainstThePublicationYear(String sentence, String year, String published, Verdict expected) {
        DocFixture f = DocFixture.of(sentence).published(published);
        f.whole().q("10년 전", "P10Y", "DURATION").q(year + "년", year, "DATE")
                .relation("ago", "elapsed", "10년 전", "date", year + "년");
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
        assertEquals(f.cp("10년 전", 0), results.get(0).involved().get(0).start());
    }

    @Test
    void agoWrittenAfterTheDurationQuantity() {
        DocFixture f = DocFixture.of("5년 전인 2020년 문을 열었다.");
        f.whole().q("5년", "P5Y", "DURATION").q("2020년", "2020", "DATE").relation("ago", "elapsed", "5년", "date", "2020년");
        assertEquals(Verdict.CONSISTENT, f.run(check).get(0).verdict());
    }

    @Test
    void absurdDurationsDoNotThrow() {
        String text = "설립한 지 999999999년도 안 된 ‘누리랩’은 2023년 설립됐다. 99999년 전인 2014년 일이다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩");
        f.claim("설립한 지 999999999년도 안 된 ‘누리랩’은 2023년 설립됐다.")
                .bound("999999999년도 안 된", "P999999999Y", "DURATION", Bound.MAX_EXCLUSIVE).q("2023년", "2023", "DATE")
                .event("founding", entry(7, "누리랩"), "999999999년도 안 된").event("founding", entry(7, "누리랩"), "2023년");
        f.claim("99999년 전인 2014년 일이다.").q("99999년 전", "P99999Y", "DURATION").q("2014년", "2014", "DATE")
                .relation("ago", "elapsed", "99999년 전", "date", "2014년");
        List<CheckResult> results = f.run(check);
        assertEquals(2, results.size(), results::toString);
        assertEquals(Verdict.CONSISTENT, results.get(0).verdict());
        assertEquals(Verdict.INCONSISTENT, results.get(1).verdict());
    }

    @Test
    void aDurationWithoutAFactIsIgnored() {
        DocFixture f = DocFixture.of("주 52시간 근무제를 2018년 도입했다.");
        f.whole().q("주 52시간", "PT52H", "DURATION").q("2018년", "2018", "DATE");
        assertTrue(f.run(check).isEmpty());
    }

    /**
     * Issue 10 item 4: "today" is the newsroom's date. An article of 2025-03-10 in Seoul arrives as
     * 2025-03-09T15:00Z; founded 2024-03-10, "1년 된" holds on 2025-03-10, not on 2025-03-09.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "2025-03-09T15:00:00Z,      Asia/Seoul, CONSISTENT",
            "2025-03-10T00:00:00+09:00, Asia/Seoul, CONSISTENT",
            "2025-03-09T14:59:00Z,      Asia/Seoul, INCONSISTENT",
            "2025-03-09T15:00:00Z,      UTC,        INCONSISTENT",
    })
    void todayIsTheNewsroomsDate(String published, String zone, Verdict expected) {
        String text = "설립한 지 1년 된 스타트업 ‘누리랩’은 새 모델을 공개했다. ‘누리랩’은 2024년 3월 10일 설립됐다.";
        DocFixture f = DocFixture.of(text).mention("누리랩", 7, "누리랩").published(published);
        f.claim("설립한 지 1년 된 스타트업 ‘누리랩’은 새 모델을 공개했다.").bound("1년 된", "P1Y", "DURATION", null)
                .event("founding", entry(7, "누리랩"), "1년 된");
        f.claim("‘누리랩’은 2024년 3월 10일 설립됐다.").q("2024년 3월 10일", "2024-03-10", "DATE")
                .event("founding", entry(7, "누리랩"), "2024년 3월 10일");
        List<CheckResult> results = check.check(new CheckContext(f.doc(), f.claims(), f.mentions(),
                java.time.ZoneId.of(zone)));
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
    }
}
