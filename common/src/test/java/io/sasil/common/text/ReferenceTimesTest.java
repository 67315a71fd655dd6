package io.sasil.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTimesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2025-02-03T09:00:00+09:00,            2025-02-03T09:00+09:00",
        "2025-02-03T00:00Z,                    2025-02-03T00:00Z",
        "' 2025-02-03T00:00Z ',                2025-02-03T00:00Z",
        "2013-02-12T04:30:00-02:00,            2013-02-12T04:30-02:00",
        "2025-02-03T09:00+09:00[Asia/Seoul],   2025-02-03T09:00+09:00",
        "2025-02-03T09:00,                     2025-02-03T09:00+09:00",
        "2025-02-03,                           2025-02-03T00:00+09:00",
        "1988-07-01,                           1988-07-01T00:00+10:00",
    })
    void isoFormsAreRead(String value, String expected) {
        // 1988: Seoul kept daylight saving time (+10:00) that summer
        assertEquals(OffsetDateTime.parse(expected), ReferenceTimes.parse(value, SEOUL));
    }

    @ParameterizedTest(name = "''{0}'' is no reference time")
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsNone(String value) {
        assertNull(ReferenceTimes.parse(value, SEOUL));
        assertNull(ReferenceTimes.parse(null, SEOUL));
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"yesterday", "어제", "2025-13-01", "2025-02-30", "2025/02/03", "03.02.2025", "2025-02-03T25:00",
        "1738540800", "2025-02-03T09:00+99:00"})
    void otherValuesAreRejected(String value) {
        assertThrows(DateTimeParseException.class, () -> ReferenceTimes.parse(value, SEOUL));
    }

    @org.junit.jupiter.api.Test
    void longValuesAreRejectedWithoutParsing() {
        assertThrows(DateTimeParseException.class, () -> ReferenceTimes.parse("2".repeat(100_000), SEOUL));
    }
}
