package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberedTermTest {

    @ParameterizedTest(name = "{0}({1}): {2}")
    @CsvSource(delimiter = '¶', value = {
        "5G ¶ 5세대 이동통신 ¶ true",
        "G7 ¶ 주요 7개국 ¶ true",
        "3D ¶ 3차원 ¶ true",
        "B2B ¶ 기업 간 2자 거래 ¶ true",
        "5G ¶ 6세대 이동통신 ¶ false",
        "5G ¶ 약 5조 5천억 원 ¶ false",
        "2위 ¶ 2조 원 ¶ false",
        "G ¶ 7개국 ¶ false",
        "1,000 ¶ 1천 ¶ false",
        "4K ¶ 초고화질 ¶ false",
    })
    void repeatsTheNumber(String word, String part, boolean expected) {
        assertEquals(expected, NumberedTerm.spellsOut(word, part));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¶', value = {
        "국내 5G(5세대) ¶ 5 ¶ 5G",
        "국내 5G (5세대) ¶ 6 ¶ 5G",
        "(5세대) ¶ 0 ¶ ''",
        "😀G7(주요 7개국) ¶ 4 ¶ G7",
    })
    void wordBeforeTheOpener(String text, int open, String expected) {
        assertEquals(expected, NumberedTerm.wordBefore(text, open));
    }
}
