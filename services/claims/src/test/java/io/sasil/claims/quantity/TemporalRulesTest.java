package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date and time rules of issues 18 and 10, one table per rule, as {@link QuantityParser}
 * reads them in sentences written for this test. Reference: Thursday 2024-11-14 10:00 in Seoul.
 */
class TemporalRulesTest {

    static final OffsetDateTime REF = OffsetDateTime.parse("2024-11-14T10:00+09:00");

    private final QuantityParser parser = new QuantityParser();

    private String parse(String text, OffsetDateTime ref) {
        return QuantityParserTest.describe(parser.parse(text, ref));
    }

    /** Dates written with spaces between the number and 년/월/일. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            공장은 2021 년 7 월에 문을 열었다.           | 2021 년 7 월 = 2021-07 DATE
            그 다리는 1987 년에 놓였다.                  | 1987 년 = 1987 DATE
            2022 년 4 월 9 일 개통했다.                  | 2022 년 4 월 9 일 = 2022-04-09 DATE
            """)
    void spacedDates(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** Times, ranges whose second end inherits the meridiem, parts of a year, seasons, weeks of a month. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            접수는 오후 1시부터 5시까지 받는다.          | 오후 1시부터 5시까지 = 2024-11-14T13:00+09:00/2024-11-14T17:00+09:00 INTERVAL
            행사는 12월 둘째 주에 열린다.                 | 12월 둘째 주 = 2024-W50 DATE
            심사는 9월 마지막 주였다.                     | 9월 마지막 주 = 2024-W39 DATE
            올겨울은 춥다고 한다.                         | 올겨울 = 2024-12-21/2025-03-20 INTERVAL
            연말에 결과가 나온다.                         | 연말 = 2024-12 DATE
            연초에 세운 계획                              | 연초 = 2024-01 DATE
            2016년 이후 늘었다.                           | 2016년 이후 = 2016 DATE MIN_INCLUSIVE
            2016년 이전에는 없었다.                       | 2016년 이전 = 2016 DATE MAX_EXCLUSIVE
            """)
    void timesAndPartsOfTheYear(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** Recurrences are a kind of their own; a newspaper's name is not one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            축제는 해마다 열린다.                         | 해마다 = R/P1Y RECURRENCE
            회의는 매주 열린다.                           | 매주 = R/P1W RECURRENCE
            보고서는 매분기 나온다.                       | 매분기 = R/P3M RECURRENCE
            매일경제가 보도했다.                          | ''
            """)
    void recurrences(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** Decades, parts of decades and centuries are intervals of years. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            이 양식은 1960년대에 유행했다.                | 1960년대 = 1960/1969 INTERVAL
            80년대 초반 가요                              | 80년대 초반 = 1980/1983 INTERVAL
            2000년대 중반에 나왔다.                       | 2000년대 중반 = 2003/2006 INTERVAL
            1950년대 후반의 사진                          | 1950년대 후반 = 1956/1959 INTERVAL
            1960∼1970년대의 산업화                        | 1960∼1970년대 = 1960/1979 INTERVAL
            19세기 유럽                                   | 19세기 = 1801/1900 INTERVAL
            """)
    void decadesAndCenturies(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** Days that are counted, not dated; a day with only 오전/오후 is the day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            파업 12일 만에 타결됐다.                      | 12일 = P12D DURATION
            신청 후 20일이 지나면 만료된다.               | 20일 = P20D DURATION
            지난 한 해 동안 늘었다.                       | 지난 한 해 동안 = 2023 DATE
            회담은 12일 오후 열렸다.                      | 12일 오후 = 2024-11-12 DATE
            """)
    void countedDays(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** Bounds in words: 보다 크고 / 이하 make the two ends of one interval. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            점수가 60보다 크고 80 이하인 학생             | 60보다 크고 = 60 NUMBER MIN_EXCLUSIVE; 80 이하 = 80 NUMBER MAX_INCLUSIVE
            기온이 5보다 낮은 날                           | 5보다 낮은 = 5 NUMBER MAX_EXCLUSIVE
            """)
    void boundsInWords(String text, String expected) {
        assertEquals(expected, parse(text, REF));
    }

    /** A month-day without year: the narrative's year, or the year nearest the reference. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "2019년 10월 선거가 있었다. 11월 3일 개표가 끝났다."      | 2019년 10월 = 2019-10 DATE; 11월 3일 = 2019-11-03 DATE
            "2019년 10월 선거가 있었다.\n11월 3일 개표가 끝났다."     | 2019년 10월 = 2019-10 DATE; 11월 3일 = 2024-11-03 DATE
            "지난해 총선이 있었다. 3월 2일 결과가 나왔다."            | 지난해 = 2023 DATE; 3월 2일 = 2024-03-02 DATE
            "2010년 이후 처음이다. 5월 1일 시작한다."                  | 2010년 이후 = 2010 DATE MIN_INCLUSIVE; 5월 1일 = 2024-05-01 DATE
            """)
    void temporalFocus(String text, String expected) {
        assertEquals(expected, parse(text.replace("\\n", "\n"), REF));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1월 10일   | 2024-12-20T09:00+09:00 | 1월 10일 = 2025-01-10 DATE
            12월 28일  | 2025-01-05T09:00+09:00 | 12월 28일 = 2024-12-28 DATE
            3월 5일    | 2024-12-20T09:00+09:00 | 3월 5일 = 2024-03-05 DATE
            """)
    void yearNearTheReference(String text, String ref, String expected) {
        assertEquals(expected, parse(text, OffsetDateTime.parse(ref)));
    }

    /** Without a reference, relative expressions keep their span and kind with an unresolved value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            지난해 수출이 줄었다.                         | 지난해 = REF-P1Y DATE
            내일 발표한다.                                | 내일 = REF+P1D DATE
            이번 달 안에 끝난다.                          | 이번 달 = REF DATE
            2주 후에 열린다.                              | 2주 후 = REF+P2W DATE
            2020년 3월 개정됐다.                          | 2020년 3월 = 2020-03 DATE
            """)
    void withoutReference(String text, String expected) {
        assertEquals(expected, parse(text, null));
    }
}
