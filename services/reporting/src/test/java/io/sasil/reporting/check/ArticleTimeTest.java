package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTimeTest {

    private static DocumentView doc(String published, String timeZone) {
        ArticleMetadata m = timeZone == null ? null
                : new ArticleMetadata(null, null, null, null, null, null, timeZone, null, null, null);
        return new DocumentView(1, "t", null, null, OffsetDateTime.parse(published), "ko", DocumentStatus.ANALYSED, 1,
                null, null, null, "", null, m);
    }

    /** publishedAt as received | the article's zone | the configured zone | local date | shown. */
    @ParameterizedTest
    @CsvSource({
            "2025-02-02T15:00:00Z,      ,           Asia/Seoul, 2025-02-03, 2025-02-03T00:00+09:00",
            "2025-02-02T15:00:00Z,      Asia/Seoul, UTC,        2025-02-03, 2025-02-03T00:00+09:00",
            "2025-02-02T15:00:00Z,      Z,          Asia/Seoul, 2025-02-02, 2025-02-02T15:00Z",
            "2025-02-02T15:00:00Z,      +09:00,     UTC,        2025-02-03, 2025-02-03T00:00+09:00",
            "2025-03-09T14:59:00Z,      ,           Asia/Seoul, 2025-03-09, 2025-03-09T23:59+09:00",
            "2025-03-09T15:00:00Z,      ,           Asia/Seoul, 2025-03-10, 2025-03-10T00:00+09:00",
            "2025-02-02T15:00:00Z,      Mars/Base,  Asia/Seoul, 2025-02-03, 2025-02-03T00:00+09:00",
            "2025-02-03T09:30:00+09:00, ,           UTC,        2025-02-03, 2025-02-03T00:30Z",
    })
    void datesAsTheNewsroomReadsThem(String published, String articleZone, String configured, String date,
            String shown) {
        DocumentView d = doc(published, articleZone);
        ZoneId fallback = ZoneId.of(configured);
        assertEquals(LocalDate.parse(date), ArticleTime.publicationDate(d, fallback).orElseThrow());
        assertEquals(shown, ArticleTime.show(d.publishedAt(), ArticleTime.zoneOf(d, fallback)));
        assertEquals(OffsetDateTime.parse(published).toInstant(),
                ArticleTime.localize(d, fallback).publishedAt().toInstant());
    }
}
