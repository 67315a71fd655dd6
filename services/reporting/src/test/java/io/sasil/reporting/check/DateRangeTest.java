package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023                      | 2023-01-01 | 2023-12-31 | 1
            2024-02                   | 2024-02-01 | 2024-02-29 | 2
            2025-01-20                | 2025-01-20 | 2025-01-20 | 3
            2025-02-03T15:00+09:00    | 2025-02-03 | 2025-02-03 | 3
            2019/2020                 | 2019-01-01 | 2020-12-31 | 1
            2024-01/2024-03           | 2024-01-01 | 2024-03-31 | 2
            """)
    void parsesAtItsPrecision(String iso, String first, String last, int precision) {
        DateRange r = DateRange.parse(iso).orElseThrow();
        assertEquals(first, r.first().toString());
        assertEquals(last, r.last().toString());
        assertEquals(precision, r.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P2Y", "20234", "2023-13", "2020/2019", "내년", "2023-02-30"})
    void rejectsWhatIsNotADate(String iso) {
        assertTrue(DateRange.parse(iso).isEmpty(), iso);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023       | 2023-05    | true
            2023-05    | 2023-05-17 | true
            2023-05    | 2023-06    | false
            2023       | 2024-01-01 | false
            2019/2020  | 2020-06    | true
            2019/2020  | 2021       | false
            """)
    void agreesAtTheCoarserPrecision(String a, String b, boolean expected) {
        DateRange ra = DateRange.parse(a).orElseThrow();
        DateRange rb = DateRange.parse(b).orElseThrow();
        assertEquals(expected, ra.agreesWith(rb));
        assertEquals(expected, rb.agreesWith(ra));
    }
}
