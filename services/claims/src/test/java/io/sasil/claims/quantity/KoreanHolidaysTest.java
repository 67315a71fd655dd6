package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanHolidaysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            설날          | 2024 | 2024-02-10
            설날          | 2025 | 2025-01-29
            추석          | 2023 | 2023-09-29
            한가위        | 2025 | 2025-10-06
            부처님오신날  | 2020 | 2020-04-30
            광복절        | 1990 | 1990-08-15
            한글날        | 2031 | 2031-10-09
            """)
    void dateInYear(String name, int year, String expected) {
        assertEquals(LocalDate.parse(expected), KoreanHolidays.in(name, year));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', textBlock = """
            추석          | 2024-09-18 | 2025-10-06
            추석          | 2024-09-17 | 2024-09-17
            크리스마스    | 2024-12-26 | 2025-12-25
            """)
    void nextOccurrence(String name, String from, String expected) {
        assertEquals(LocalDate.parse(expected), KoreanHolidays.next(name, LocalDate.parse(from)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            설날 연휴     | 설날
            설 연휴       | 설
            설명회        | -
            추석에        | 추석
            광복절날      | 광복절
            """)
    void nameAt(String text, String expected) {
        assertEquals(expected, KoreanHolidays.nameAt(text, 0));
    }

    @org.junit.jupiter.api.Test
    void lunarTableRange() {
        assertNull(KoreanHolidays.in("추석", 2009));
        assertNull(KoreanHolidays.in("추석", 2036));
    }
}
