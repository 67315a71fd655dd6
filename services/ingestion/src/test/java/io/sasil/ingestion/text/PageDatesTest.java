package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageDatesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** value as a page writes it | the time read | whether the page stated the offset. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-11-03T09:30:00+09:00          | 2024-11-03T09:30+09:00 | true",
            "2024-11-03T09:30:00+0900           | 2024-11-03T09:30+09:00 | true",
            "2024-11-03T00:30:00Z               | 2024-11-03T00:30Z      | true",
            "2024-11-03T09:30:00.123+09:00      | 2024-11-03T09:30:00.123+09:00 | true",
            "2024-11-02T19:30:00-05:00          | 2024-11-02T19:30-05:00 | true",
            "2024-11-03 09:30:00                | 2024-11-03T09:30+09:00 | false",
            "2024-11-03T09:30                   | 2024-11-03T09:30+09:00 | false",
            "2024-11-03                         | 2024-11-03T00:00+09:00 | false",
            "Sun, 3 Nov 2024 09:30:00 +0900     | 2024-11-03T09:30+09:00 | true",
            "2024.11.03 09:30                   | 2024-11-03T09:30+09:00 | false",
            "2024.11.03. 09:30                  | 2024-11-03T09:30+09:00 | false",
            "2024. 11. 3. 오후 2:05             | 2024-11-03T14:05+09:00 | false",
            "2024. 11. 3. 오전 12:10            | 2024-11-03T00:10+09:00 | false",
            "2024-11-03(일) 09:30               | 2024-11-03T09:30+09:00 | false",
            "2024년 11월 3일 9시 30분           | 2024-11-03T09:30+09:00 | false",
            "2024/11/03                         | 2024-11-03T00:00+09:00 | false",
            "2024.11.03 09:30:15                | 2024-11-03T09:30:15+09:00 | false",
            "2024.11.03 2:05 PM                 | 2024-11-03T14:05+09:00 | false",
    })
    void readsTheFormsOfNewsPages(String value, String expected, boolean stated) {
        StatedTime t = PageDates.parse(value, SEOUL).orElseThrow();
        assertEquals(OffsetDateTime.parse(expected), t.at());
        assertEquals(stated, t.offsetStated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "어제", "2024-13-03", "2024.02.30 09:00", "2024.11.03 25:00", "11월 3일",
            "2024. 11. 3. 오후 13:05", "2024-11-03T09:30:00+25:00"})
    void refusesWhatIsNoDate(String value) {
        assertTrue(PageDates.parse(value, SEOUL).isEmpty(), value);
    }

    @org.junit.jupiter.api.Test
    void anotherNewsroomZoneReadsLocalTimesThere() {
        assertEquals(OffsetDateTime.parse("2024-11-03T09:30-05:00"),
                PageDates.parse("2024-11-03 09:30", ZoneId.of("America/New_York")).orElseThrow().at());
    }

    @org.junit.jupiter.api.Test
    void findsTheFirstDateInsideALine() {
        assertEquals(OffsetDateTime.parse("2024-11-03T09:30+09:00"),
                PageDates.find("김민수 기자 | 입력 2024.11.03 09:30 | 수정 2024.11.03 10:15", SEOUL).orElseThrow().at());
    }
}
