package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number grammar and unit rules of issues 18 and 10 as {@link QuantityParser} applies them,
 * one table per rule, every sentence written for this test.
 */
class QuantityGrammarTest {

    private final QuantityParser parser = new QuantityParser();

    private String parse(String text) {
        return QuantityParserTest.describe(parser.parse(text, QuantityParserTest.REF));
    }

    /** Magnitude groups written with spaces are one amount. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            회사는 4천 150만 달러를 투자했다.                   | 4천 150만 달러 = 41500000 USD
            보상금은 2억 7천 400만 원으로 정해졌다.              | 2억 7천 400만 원 = 274000000 KRW
            곡물 8만 3천 200 톤을 들여왔다.                     | 8만 3천 200 톤 = 83200000 KILOGRAM
            하루 70 만 배럴을 줄이기로 했다.                     | 70 만 배럴 = 111291106.4496 LITRE
            기부금 15만7천62원이 모였다.                        | 15만7천62원 = 157062 KRW
            참석자는 3천200명이었다.                            | 3천200명 = 3200 PERSON
            월세는 40~60만 원이다.                              | 40~60만 원 = 400000 KRW to 600000
            사업비는 2~3조 원으로 추산된다.                     | 2~3조 원 = 2000000000000 KRW to 3000000000000
            몸값은 $2.5 million이었다.                          | $2.5 million = 2500000 USD
            """)
    void spacedAndMixedMagnitudeGroups(String text, String expected) {
        assertEquals(expected, parse(text));
    }

    /** Native and Sino-Korean numerals with spaces, before a time unit or an age. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            그는 사십 칠 년 동안 교편을 잡았다.          | 사십 칠 년 동안 = P47Y DURATION
            공사는 이십 사 개월이 걸렸다.               | 이십 사 개월 = P24M DURATION
            막내는 일곱 살이다.                          | 일곱 살 = 7 AGE_YEARS
            누나는 스무 살에 유학을 떠났다.              | 스무 살 = 20 AGE_YEARS
            """)
    void spacedNumerals(String text, String expected) {
        assertEquals(expected, parse(text));
    }

    /** Currencies named with their country, percentages written as a word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            입장권은 25 캐나다 달러다.                   | 25 캐나다 달러 = 25 CAD
            숙박비는 180호주 달러였다.                  | 180호주 달러 = 180 AUD
            식사비 90 홍콩 달러를 냈다.                  | 90 홍콩 달러 = 90 HKD
            택시비로 12 싱가포르 달러가 나왔다.          | 12 싱가포르 달러 = 12 SGD
            버블티가 60 대만 달러다.                     | 60 대만 달러 = 60 TWD
            점유율은 35 퍼센티지로 올랐다.               | 35 퍼센티지 = 35 PERCENT
            """)
    void currenciesAndPercentWords(String text, String expected) {
        assertEquals(expected, parse(text));
    }

    /** Addresses and versions are not numbers; .5, signed fractions and 과-joined fractions are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            게이트웨이는 192.168.0.1이다.                | ''
            앱을 2.4.17 버전으로 올렸다.                 | ''
            오차는 .25 이내다.                           | .25 이내 = 0.25 NUMBER MAX_INCLUSIVE
            기울기는 -2/3이다.                           | -2/3 = -0.666666666666667 NUMBER
            3/4 정도가 찬성했다.                         | 3/4 정도 = 0.75 NUMBER ~
            이백과 삼분의 일                             | 이백과 삼분의 일 = 200.333333333333 NUMBER
            """)
    void numbersThatAreAndAreNot(String text, String expected) {
        assertEquals(expected, parse(text));
    }

    /** Counters keep their counter and count; the index of a series is a NUMBER. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            새 병원은 350병상 규모다.                    | 350병상 = 350 COUNT/병상
            꽃 50여 종이 전시됐다.                       | 50여 종 = 50 COUNT/종 ~
            정유 4개사가 참여했다.                       | 4개사 = 4 COUNT/개사
            그는 나의 6촌 형이다.                         | 6촌 = 6 COUNT/촌
            건물은 41층 높이다.                           | 41층 = 41 COUNT/층
            원고는 800자를 넘지 않는다.                   | 800자 = 800 COUNT/자
            여야 4당 대표가 만났다.                       | 4당 = 4 COUNT/당
            회의에 두 기관이 빠졌다.                      | 두 기관 = 2 COUNT/기관
            세 사람이 상을 나눠 받았다.                   | 세 사람 = 3 PERSON
            두 연구자가 논문을 썼다.                      | 두 연구자 = 2 PERSON
            한 여성이 다쳤다.                             | ''
            차는 9인승이다.                               | 9인승 = 9 PERSON
            저항이 0인 상태가 된다.                        | 0 = 0 NUMBER
            제7회 대회가 열렸다.                          | 제7회 = 7 NUMBER
            3차 회의에서 합의했다.                         | 3차 = 3 NUMBER
            그 가수는 5집 앨범을 냈다.                      | 5집 = 5 NUMBER
            박영희(47) 씨가 증언했다.                      | 47 = 47 AGE_YEARS
            """)
    void countersAndSeries(String text, String expected) {
        assertEquals(expected, parse(text));
    }

    /** Halves, year-and-month durations, approximate native ranges, anniversaries. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            협상은 2년 반이 걸렸다.                      | 2년 반 = P2.5Y DURATION
            복역 기간은 4년 3개월이다.                   | 4년 3개월 = P4Y3M DURATION
            값이 두세 배로 뛰었다.                        | 두세 배 = 2 RATIO to 3 ~
            대여섯 명이 모였다.                           | 대여섯 명 = 5 PERSON to 6 ~
            창립 30주년을 맞았다.                          | 30주년 = P30Y DURATION
            """)
    void durationsAndRanges(String text, String expected) {
        assertEquals(expected, parse(text));
    }
}
