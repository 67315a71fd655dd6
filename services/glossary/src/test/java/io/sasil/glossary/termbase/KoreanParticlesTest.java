package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanParticlesTest {

    @ParameterizedTest
    @CsvSource({
        "가, true", "는, true", "의, true", "에서, true", "에서도, true", "와의, true", "으로부터, true",
        "라는, true", "이라는, true", "들은, true", "들에게만은, true", "측은, true", "이다, true", "였다, true",
        "처럼, true", "보다도, true", "까지도, true",
        "소스, false", "인, false", "스, false", "쇼크, false", "모델, false", "개발사, false",
        "에서도에서도에서도, false", "가가가가가, false",
    })
    void tails(String tail, boolean expected) {
        assertEquals(expected, KoreanParticles.isTail(tail), tail);
    }

    @Test
    void emptyAndTooLongAreNotTails() {
        assertFalse(KoreanParticles.isTail(""));
        assertFalse(KoreanParticles.isTailAt("딥시크" + "가".repeat(5000), 3));
    }

    @Test
    void tailStopsAtTheWordEnd() {
        assertEquals(true, KoreanParticles.isTailAt("딥시크가 발표했다", 3));
        assertEquals(true, KoreanParticles.isTailAt("‘딥시크’는", 5));
        assertEquals(false, KoreanParticles.isTailAt("오픈소스 기반", 2));
    }
}
