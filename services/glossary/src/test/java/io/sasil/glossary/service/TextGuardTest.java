package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sasil.common.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "정부는 반도체(半導體) 지원을 늘렸다.",
            "🚀 발사체(Launcher)가 𠀀 올라갔다.",
            "탭\t과 줄바꿈\n\r이 있는 글",
            "제어문자 하나\u0007가 섞인 충분히 긴 한국어 문장입니다 정말로 길게"})
    void acceptsText(String text) {
        assertDoesNotThrow(() -> TextGuard.check("text", text, 100));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|400", "'   '|400", "가나다라마바사아자차카타파하가나다라마바사아자차카|413",
            "글\u0000자|422", "'\u0001\u0002\u0003 가'|422", "\uFFFD\uFFFD 깨짐|422", "\uFFFF 비문자|422"})
    void refuses(String text, int status) {
        ProblemException e = assertThrows(ProblemException.class, () -> TextGuard.check("text", text, 20));
        assertEquals(status, e.status());
    }

    @org.junit.jupiter.api.Test
    void countsCodePointsNotCharsAgainstTheLimit() {
        String astral = "😀".repeat(20);
        assertDoesNotThrow(() -> TextGuard.check("text", astral, 20));
        assertEquals(413, assertThrows(ProblemException.class,
                () -> TextGuard.check("text", astral + "😀", 20)).status());
        assertThrows(ProblemException.class, () -> TextGuard.check("text", null, 20));
    }
}
