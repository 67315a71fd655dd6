package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolution rules against a fixed reference: Wednesday 2024-07-10 14:20 in Seoul. */
class TemporalScannerTest {

    static final OffsetDateTime REF = OffsetDateTime.parse("2024-07-10T14:20+09:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            오늘                    | 2024-07-10                          | DATE
            그제                    | 2024-07-08                          | DATE
            모레                    | 2024-07-12                          | DATE
            이번주                  | 2024-W28                            | DATE
            다음주 월요일           | 2024-07-15                          | DATE
            지난 월요일             | 2024-07-08                          | DATE
            금요일                  | 2024-07-12                          | DATE
            수요일                  | 2024-07-17                          | DATE
            지난달                  | 2024-06                             | DATE
            내년                    | 2025                                | DATE
            재작년                  | 2022                                | DATE
            12월                    | 2024-12                             | DATE
            지난 9월                | 2023-09                             | DATE
            오는 3월                | 2025-03                             | DATE
            지난 5일                | 2024-07-05                          | DATE
            지난 20일               | 2024-06-20                          | DATE
            2020년 2월 29일         | 2020-02-29                          | DATE
            '19년 5월               | 2019-05                             | DATE
            이천십팔년 구월 칠일    | 2018-09-07                          | DATE
            2023.11.4.              | 2023-11-04                          | DATE
            98/12/25                | 1998-12-25                          | DATE
            5월 둘째 일요일         | 2024-05-12                          | DATE
            6월 마지막 금요일       | 2024-06-28                          | DATE
            2월 마지막 날           | 2024-02-29                          | DATE
            3분기                   | 2024-07/2024-09                     | INTERVAL
            다음 분기               | 2024-10/2024-12                     | INTERVAL
            오후 6시                | 2024-07-10T18:00+09:00              | DATETIME
            오전 9시 15분           | 2024-07-11T09:15+09:00              | DATETIME
            두시 반                 | 2024-07-10T14:30+09:00              | DATETIME
            9시                     | 2024-07-10T21:00+09:00              | DATETIME
            18:45                   | 2024-07-10T18:45+09:00              | DATETIME
            내일 아침 7시           | 2024-07-11T07:00+09:00              | DATETIME
            자정                    | 2024-07-11T00:00+09:00              | DATETIME
            3시간 전                | 2024-07-10T11:20+09:00              | DATETIME
            2주 뒤                  | 2024-07-24                          | DATE
            사흘 만에               | P3D                                 | DURATION
            1년 6개월               | P1Y6M                               | DURATION
            90분                    | PT90M                               | DURATION
            2시간 30분              | PT2H30M                             | DURATION
            한 시간 반              | PT1H30M                             | DURATION
            지난 3년                | 2021/2023                           | INTERVAL
            향후 2개월              | 2024-08/2024-09                     | INTERVAL
            이번 여름               | 2024-06-21/2024-09-23               | INTERVAL
            광복절                  | 2024-08-15                          | DATE
            한글날                  | 2024-10-09                          | DATE
            부처님오신날            | 2025-05-05                          | DATE
            2012~2016년             | 2012/2016                           | INTERVAL
            8월 1일 ~ 15일          | 2024-08-01/2024-08-15               | INTERVAL
            이번 주말               | 2024-07-12T18:00+09:00/2024-07-14T23:00+09:00 | INTERVAL
            """)
    void resolves(String text, String value, String unit) {
        TemporalScanner.Match m = TemporalScanner.match(text, 0, REF);
        assertEquals(value, m.value());
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"월드컵", "일본", "이사회", "사과", "밤하늘", "주민", "2021년 2월 29일"})
    void noTemporal(String text) {
        assertNull(TemporalScanner.match(text, 0, REF));
    }
}
