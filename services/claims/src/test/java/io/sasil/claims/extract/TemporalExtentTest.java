package io.sasil.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalExtentTest {

    @ParameterizedTest(name = "{0} covers [{1}, {2})")
    @CsvSource({
        "2025,                        2025-01-01, 2026-01-01",
        "2023-05,                     2023-05-01, 2023-06-01",
        "2024-02,                     2024-02-01, 2024-03-01",
        "2025-01-20,                  2025-01-20, 2025-01-21",
        "2024-12-31,                  2024-12-31, 2025-01-01",
        "2025-W06,                    2025-02-03, 2025-02-10",
        "2021-W01,                    2021-01-04, 2021-01-11",
        "2025-02-03T15:00+09:00,      2025-02-03, 2025-02-04",
        "2025-02-03T23:30:15-02:00,   2025-02-03, 2025-02-04",
        "2019/2020,                   2019-01-01, 2021-01-01",
        "2024-01/2024-03,             2024-01-01, 2024-04-01",
        "2025-02-03T09:00+09:00/2025-02-03T18:00+09:00, 2025-02-03, 2025-02-04",
    })
    void calendarValuesCoverTheirDays(String iso, LocalDate start, LocalDate end) {
        assertEquals(new TemporalExtent(start, end), TemporalExtent.of(iso).orElseThrow());
    }

    @ParameterizedTest(name = "{0} has no extent")
    @ValueSource(strings = {"", "P2Y", "PT52H", "P6M", "--01-20", "2025/2019", "20251", "2025-13", "2025-02-30",
        "2025-W60", "abc", "2025-1-5", "1/2/3", "１２３４"})
    void durationsYearlessDatesAndJunkHaveNone(String iso) {
        assertTrue(TemporalExtent.of(iso).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void longInputIsNotRead() {
        assertTrue(TemporalExtent.of("2025".repeat(10_000)).isEmpty());
        assertTrue(TemporalExtent.of(null).isEmpty());
    }
}
