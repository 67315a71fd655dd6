package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinReadingTest {

    @ParameterizedTest
    @CsvSource({
        "GPT, 지피티",
        "AI, 에이아이",
        "IT, 아이티",
        "gpt, 지피티",
        "GPT-4, 지피티-4",
        "LLM, 엘엘엠",
        "KBS, 케이비에스",
        "SK, 에스케이",
        "LG, 엘지",
        "CJ, 씨제이",
        "KT, 케이티",
        "MZ, 엠제트",
        "WHO, 더블유에이치오",
        "VR, 브이알",
        "XQ, 엑스큐",
        "ＧＰＴ, 지피티",
        "오픈AI, 오픈에이아이",
        "5G, 5지",
        "R&D, 알&디",
        "Y2K, 와이2케이",
    })
    void readsLettersAloud(String latin, String korean) {
        assertEquals(korean, LatinReading.read(latin));
    }

    @Test
    void everyLetterHasAName() {
        for (char c = 'A'; c <= 'Z'; c++) {
            String name = LatinReading.letterName(c);
            assertTrue(name != null && !name.isEmpty(), "letter " + c);
            assertEquals(name, LatinReading.letterName(Character.toLowerCase(c)));
        }
    }

    @Test
    void keepsEverythingElse() {
        assertEquals("딥시크 😀 深度求索 123 é", LatinReading.read("딥시크 😀 深度求索 123 é"));
        assertNull(LatinReading.letterName('가'));
        assertFalse(LatinReading.isLatinLetter('é'));
        assertEquals("", LatinReading.read(""));
    }

    @Test
    void astralCharactersSurvive() {
        assertEquals("𠀀에이𠀀", LatinReading.read("𠀀A𠀀"));
    }
}
