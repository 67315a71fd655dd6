package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.Bound;
import io.sasil.common.text.CodePoints;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    /** A Monday morning in Seoul. */
    static final OffsetDateTime REF = OffsetDateTime.parse("2025-02-03T10:00+09:00");

    private final QuantityParser parser = new QuantityParser();

    /** Every quantity of the text as {@code text = value UNIT[/counter][ to X][ ~][ BOUND]}, joined by "; ". */
    static String describe(List<Quantity> qs) {
        return qs.stream().map(q -> {
            StringBuilder b = new StringBuilder(q.text()).append(" = ").append(q.value()).append(' ').append(q.unit());
            if (q.counter() != null) {
                b.append('/').append(q.counter());
            }
            if (q.to() != null) {
                b.append(" to ").append(q.to());
            }
            if (q.approximate()) {
                b.append(" ~");
            }
            if (q.bound() != null) {
                b.append(' ').append(q.bound());
            }
            return b.toString();
        }).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            연구소는 설비 투자에 약 37억 원을 들였다.          | 약 37억 원 = 3700000000 KRW ~
            수출액은 612만 4,500달러로 집계됐다.              | 612만 4,500달러 = 6124500 USD
            예산은 1.5만 유로에 그쳤다.                       | 1.5만 유로 = 15000 EUR
            적자는 6천만 원, 흑자는 2천5백만 원이었다.         | 6천만 원 = 60000000 KRW; 2천5백만 원 = 25000000 KRW
            올해 예산은 5조 3천억 원이다.                      | 올해 = 2025 DATE; 5조 3천억 원 = 5300000000000 KRW
            부채 27,350,000원을 갚았다.                       | 27,350,000원 = 27350000 KRW
            지하철 7호선과 3원칙                              | 7 = 7 NUMBER; 3 = 3 NUMBER
            백 원과 만 원, 십원                               | 백 원 = 100 KRW; 만 원 = 10000 KRW; 십원 = 10 KRW
            매출은 전년보다 8% 늘었다.                         | 전년 = 2024 DATE; 8% = 8 PERCENT
            입장료는 $12.50였다.                              | $12.50 = 12.50 USD
            엔화로 3,000엔, 위안화로 80위안을 냈다.            | 3,000엔 = 3000 JPY; 80위안 = 80 CNY
            런던 집값은 50만 파운드를 넘었다.                  | 50만 파운드 = 500000 GBP
            현금 ₩5,000과 €20을 챙겼다.                       | ₩5,000 = 5000 KRW; €20 = 20 EUR
            이용료는 십불 정도다.                             | 십불 정도 = 10 USD ~
            """)
    void money(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            지지율은 38.5%로 집계됐다.                        | 38.5% = 38.5 PERCENT
            득표율은 52퍼센트였다.                            | 52퍼센트 = 52 PERCENT
            찬성이 61%로 반대 33%를 28%포인트 앞섰다.          | 61% = 61 PERCENT; 33% = 33 PERCENT; 28%포인트 = 28 PERCENT_POINT
            금리는 3.5%에서 0.25%p 내렸다.                    | 3.5% = 3.5 PERCENT; 0.25%p = 0.25 PERCENT_POINT
            실업률은 3.9%로 0.2포인트 올랐다.                  | 3.9% = 3.9 PERCENT; 0.2포인트 = 0.2 PERCENT_POINT
            코스피는 15포인트 떨어졌다.                        | 15포인트 = 15 COUNT/포인트
            물가는 -0.4% 변동했다.                            | -0.4% = -0.4 PERCENT
            """)
    void percentagesAndPoints(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            직원 2,480명 가운데 네 명이 퇴사했다.             | 2,480명 = 2480 PERSON; 네 명 = 4 PERSON
            세 가지 쟁점과 두 곳의 현장이 있다.               | 세 가지 = 3 COUNT/가지; 두 곳 = 2 COUNT/곳
            트럭 450대와 선박 9척이 동원됐다.                 | 450대 = 450 COUNT/대; 9척 = 9 COUNT/척
            그는 스물두 번째 생일을 맞았다.                   | 스물두 번째 = 22 ORDINAL
            첫번째 시도는 실패했다.                           | 첫번째 = 1 ORDINAL
            첫 번째 시도와 둘째 주                           | 첫 번째 = 1 ORDINAL; 둘째 = 2 ORDINAL
            연구진은 12명뿐이었다.                           | 12명 = 12 PERSON
            주민의 3분의 2가 찬성했다.                        | 3분의 2 = 0.666666666666667 RATIO
            오분의일, 절반, 3배.                             | 오분의일 = 0.2 RATIO; 절반 = 0.5 RATIO; 3배 = 3 RATIO
            삼십삼 명이 참석했다.                             | 삼십삼 명 = 33 PERSON
            김모(52)씨가 체포됐다.                            | 52 = 52 AGE_YEARS
            57세 여성과 1992년생 남성                        | 57세 = 57 AGE_YEARS; 1992년생 = 1992 BIRTH_YEAR
            그는 44세다. 동생은 38세며 막내는 29세라고 한다.   | 44세 = 44 AGE_YEARS; 38세 = 38 AGE_YEARS; 29세 = 29 AGE_YEARS
            그는 88년생이고 열두 살 딸이 있다.                | 88년생 = 1988 BIRTH_YEAR; 열두 살 = 12 AGE_YEARS
            대회 3위, 2등급 판정                              | 3위 = 3 RANK; 2등급 = 2 RANK
            """)
    void countsPeopleAgesRanks(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            해안에서 12km 떨어진 섬                          | 12km = 12000 METRE
            길이 350m, 폭 80cm                               | 350m = 350 METRE; 80cm = 0.8 METRE
            하루 1.5리터와 300㎖를 마셨다.                   | 1.5리터 = 1.5 LITRE; 300㎖ = 0.3 LITRE
            원유 200만 배럴                                  | 200만 배럴 = 317974589.856 LITRE
            쌀 20kg, 쓰레기 4톤                              | 20kg = 20 KILOGRAM; 4톤 = 4000 KILOGRAM
            낮 최고 섭씨 35도, 밤 영하 7도                    | 섭씨 35도 = 35 CELSIUS; 영하 7도 = -7 CELSIUS
            체온이 38.2℃까지 올랐다.                         | 38.2℃ = 38.2 CELSIUS
            5GHz 대역과 100MW 발전소                         | 5GHz = 5000000000 HERTZ; 100MW = 100000000 WATT
            """)
    void measures(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            관람료는 12000~15000원이다.                      | 12000~15000원 = 12000 KRW to 15000
            응답자는 30 - 40 명이었다.                       | 30 - 40 명 = 30 PERSON to 40
            세율은 10∼20%로 정해졌다.                        | 10∼20% = 10 PERCENT to 20
            무게는 3~5톤이다.                               | 3~5톤 = 3000 KILOGRAM to 5000
            """)
    void ranges(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            소득 1억 원 이상 가구                          | 1억 원 이상 = 100000000 KRW MIN_INCLUSIVE
            하루 8시간 초과 근무                            | 8시간 초과 = PT8H DURATION MIN_EXCLUSIVE
            신청자는 500명이 넘는다.                        | 500명이 넘는 = 500 PERSON MIN_EXCLUSIVE
            100만 명 넘게 봤다.                            | 100만 명 넘게 = 1000000 PERSON MIN_EXCLUSIVE
            만 19세 이하 청소년                             | 19세 이하 = 19 AGE_YEARS MAX_INCLUSIVE
            5인 미만 사업장                                 | 5인 미만 = 5 PERSON MAX_EXCLUSIVE
            창업한 지 3년도 안 된 회사                      | 3년도 안 된 = P3Y DURATION MAX_EXCLUSIVE
            최대 40%까지 할인                              | 최대 40% = 40 PERCENT MAX_INCLUSIVE
            최소 20곳에 설치                                | 최소 20곳 = 20 COUNT/곳 MIN_INCLUSIVE
            피해액은 3조 원에 달하는 것으로 추정된다.        | 3조 원에 달하는 = 3000000000000 KRW
            관객 200명가량이 모였다.                        | 200명가량 = 200 PERSON ~
            40여 개국이 참가했다.                           | 40여 개국 = 40 COUNT/개국 ~
            1시간 남짓 걸렸다.                              | 1시간 남짓 = PT1H DURATION ~
            대략 70% 안팎                                   | 대략 70% 안팎 = 70 PERCENT ~
            수십 명이 다쳤다.                               | 수십 명 = 10 PERSON ~
            """)
    void modifiers(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024년 11월 5일 선거가 열렸다.                  | 2024년 11월 5일 = 2024-11-05 DATE
            1월 27일 발표했다.                              | 1월 27일 = 2025-01-27 DATE
            2022년 3월 출범했다.                            | 2022년 3월 = 2022-03 DATE
            지난해 4분기 실적                               | 지난해 4분기 = 2024-10/2024-12 INTERVAL
            올해 하반기 출시                                | 올해 하반기 = 2025-07/2025-12 INTERVAL
            작년 말 합의                                    | 작년 말 = 2024-12 DATE
            지난 28일 열린 회의                             | 지난 28일 = 2025-01-28 DATE
            오는 14일 개막한다.                             | 오는 14일 = 2025-02-14 DATE
            지난 11월 국회에서                              | 지난 11월 = 2024-11 DATE
            다음 달 시행                                    | 다음 달 = 2025-03 DATE
            지난주 금요일 회의                              | 지난주 금요일 = 2025-01-31 DATE
            어제 오후 4시 30분 발생                          | 어제 오후 4시 30분 = 2025-02-02T16:30+09:00 DATETIME
            3일 오후 3시 기자회견                           | 3일 오후 3시 = 2025-02-03T15:00+09:00 DATETIME
            2018~2021년 재임                               | 2018~2021년 = 2018/2021 INTERVAL
            3월 2일부터 3월 6일까지                          | 3월 2일부터 3월 6일까지 = 2025-03-02/2025-03-06 INTERVAL
            20년 전인 2005년 일이다.                        | 20년 전 = P20Y DURATION; 2005년 = 2005 DATE
            사흘 전 발표했다.                               | 사흘 전 = 2025-01-31T10:00+09:00 DATETIME
            2024-12-03 계엄                                 | 2024-12-03 = 2024-12-03 DATE
            석 달 동안 조사했다.                             | 석 달 동안 = P3M DURATION
            주 40시간 근무                                  | 40시간 = PT40H DURATION
            18개월 만에 복귀                                | 18개월 = P18M DURATION
            닷새 뒤 석방됐다.                               | 닷새 뒤 = 2025-02-08T10:00+09:00 DATETIME
            지난 5년간 늘었다.                              | 지난 5년간 = 2020/2024 INTERVAL
            추석 연휴                                       | 추석 = 2025-10-06 DATE
            2024년 추석                                     | 2024년 추석 = 2024-09-17 DATE
            """)
    void time(String text, String expected) {
        assertEquals(expected, describe(parser.parse(text, REF)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            이 제품은 일본에서 한편으로 세계적 인기를 끈다.
            공개 토론회가 열렸고 영하권 날씨였다.
            역세권 아파트가 세대 교체를 이끌었다.
            그는 G20 회의에서 5G와 A380을 말했다.
            삼성과 사과, 오이를 샀다.
            이만 하면 됐다고 말했다.
            약속 장소에서 만났다.
            한 대형마트와 세 부담, 구조대가 출동했다.
            사건조사팀이 이번 경기를 일부 조사했다.
            오늘날 일시불로 팔달구에서 만회했다.
            """)
    void noFalseQuantities(String text) {
        assertEquals("", describe(parser.parse(text, REF)));
    }

    @Test
    void offsetsAreCodePointsAroundAstralCharacters() {
        String text = "🎉𠀀 참가비 3만 원, 😀 2025년 3월 1일";
        List<Quantity> qs = parser.parse(text, REF);
        assertEquals(2, qs.size());
        for (Quantity q : qs) {
            assertEquals(q.text(), CodePoints.substring(text, q.start(), q.end()));
        }
        assertEquals(7, qs.get(0).start());
        assertEquals("2025-03-01", qs.get(1).temporal());
    }

    @Test
    void resultsAreOrderedAndDoNotOverlap() {
        List<Quantity> qs = parser.parse("2023년 5월 3일 매출 3조 원, 영업이익 12% 증가, 직원 300명, 올해 1분기", REF);
        for (int k = 1; k < qs.size(); k++) {
            assertTrue(qs.get(k - 1).end() <= qs.get(k).start());
        }
        assertEquals(5, qs.size());
    }

    @Test
    void withoutReferenceRelativeDatesKeepAnUnresolvedValueAndAbsoluteOnesResolve() {
        List<Quantity> qs = parser.parse("2024년 3월 1일과 1월 20일, 어제와 지난해, 5억 원", null);
        assertEquals("2024년 3월 1일 = 2024-03-01 DATE; 1월 20일 = 2024-01-20 DATE; 어제 = REF-P1D DATE; "
                + "지난해 = REF-P1Y DATE; 5억 원 = 500000000 KRW", describe(qs));
        assertEquals("1월 20일 = --01-20 DATE", describe(parser.parse("1월 20일", null)));
    }

    @Test
    void wholeInputNumeralsAreRead() {
        assertEquals("열한 = 11 NUMBER", describe(parser.parse("열한", REF)));
        assertEquals("일 = 1 NUMBER", describe(parser.parse("일", REF)));
        assertEquals("", describe(parser.parse("일을 했다", REF)));
    }

    @Test
    void numbersBeyondLongUseBigDecimal() {
        Quantity q = parser.parse("9999조 9999억 9999만 9999원", REF).get(0);
        assertEquals(new BigDecimal("9999999999999999"), q.number());
        Quantity big = parser.parse("12345678901234567890123456789명", REF).get(0);
        assertEquals(new BigDecimal("12345678901234567890123456789"), big.number());
        assertEquals(Units.PERSON, big.unit());
    }

    @Test
    void pathologicalInputsGiveTheRightQuantities() {
        String digits = "9".repeat(20000);
        String parens = "(".repeat(5000) + "3명" + ")".repeat(5000);
        String mixed = "1,".repeat(10000) + "원";
        String tildes = "1~".repeat(10000);
        String mags = "만".repeat(10000) + "억조".repeat(3000);
        String sino = "삼십".repeat(10000);
        String words = "삼십오 ".repeat(10000);
        String dates = "3월 4일 ".repeat(5000);
        String hours = "오후 3시 ".repeat(5000);
        assertTrue(parser.parse(digits, REF).isEmpty());
        assertEquals(1, parser.parse(parens, REF).size());
        parser.parse(mixed, REF);
        parser.parse(tildes, REF);
        parser.parse(mags, REF);
        parser.parse(sino, REF);
        assertEquals(10000, parser.parse(words, REF).size());
        assertEquals(5000, parser.parse(dates, REF).size());
        assertEquals(5000, parser.parse(hours, REF).size());
        parser.parse("", REF);
        parser.parse("no hangul at all, 42 apples", REF);
    }

    @Test
    void boundsKeepInclusiveApartFromExclusive() {
        List<Quantity> qs = parser.parse("10명 이상, 10명 초과, 10명 이하, 10명 미만", REF);
        assertEquals(List.of(Bound.MIN_INCLUSIVE, Bound.MIN_EXCLUSIVE, Bound.MAX_INCLUSIVE, Bound.MAX_EXCLUSIVE),
                qs.stream().map(Quantity::bound).toList());
    }
}
