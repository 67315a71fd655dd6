package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterNamesTest {

    @ParameterizedTest
    @CsvSource({
        "에이아이, AI, true",
        "지피티-4, GPT-4, true",
        "지피티 4, GPT-4, true",
        "유엔, UN, true",
        "비비씨, BBC, true",
        "비비시, BBC, true",
        "케이티엑스, KTX, true",
        "아이비엠, IBM, true",
        "인공지능, AI, false",
        "에이아, AI, false",
        "에이아이아이, AI, false",
        "알앤디, R&D, false"   // 앤 (and) is read, not silent
    })
    void matches(String hangul, String latin, boolean expected) {
        assertEquals(expected, LetterNames.matches(hangul, latin));
    }

    @ParameterizedTest
    @CsvSource({"AI, true", "R&D, true", "GPT-4, true", "NVIDIA, true", "OpenAI, false", "chip, false",
        "Big-tech, false", "Start-up, false", "A, false", "U.S., true", "Chat GPT, false"})
    void acronymShape(String latin, boolean expected) {
        assertEquals(expected, LetterNames.isAcronymShaped(latin));
    }
}
