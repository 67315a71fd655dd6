package io.sasil.ingestion.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sasil.common.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLimitsTest {

    private static ArticleInput withUrl(String url) {
        return new ArticleInput(null, "기사 본문이다.", null, url, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.kr/a/1", "http://예시.한국/기사?id=3", "HTTPS://EXAMPLE.COM"})
    void httpAndHttpsUrlsAreKept(String url) {
        assertDoesNotThrow(() -> InputLimits.check(withUrl(url), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://example.com/a",
            "/relative/path", "https://", "http://exa mple.com"})
    void otherUrlsAreABadRequestNamingUrl(String url) {
        ProblemException e = assertThrows(ProblemException.class, () -> InputLimits.check(withUrl(url), null));
        assertEquals(400, e.status());
        assertEquals("url", e.problem().errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "language", "Idempotency-Key", "url"})
    void overlongValuesAreABadRequestNamingTheField(String field) {
        String longText = "가".repeat(4001);
        ArticleInput input = new ArticleInput(null, "본문.", null,
                field.equals("url") ? "https://example.com/" + longText : null,
                field.equals("source") ? longText : null, null,
                field.equals("language") ? "ko-" + "a".repeat(20) : null);
        ProblemException e = assertThrows(ProblemException.class,
                () -> InputLimits.check(input, field.equals("Idempotency-Key") ? "k".repeat(201) : null));
        assertEquals(field, e.problem().errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "zh-Hant", "ko-KR"})
    void languageTagsAreKept(String language) {
        assertDoesNotThrow(() -> InputLimits.check(new ArticleInput(null, "본문.", null, null, null, null, language), "abc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"한국어", "k", "ko_KR", "ko;drop"})
    void otherLanguagesAreABadRequest(String language) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> InputLimits.check(new ArticleInput(null, "본문.", null, null, null, null, language), null));
        assertEquals("language", e.problem().errors().get(0).field());
    }
}
