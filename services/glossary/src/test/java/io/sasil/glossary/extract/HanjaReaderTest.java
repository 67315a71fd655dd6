package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HanjaReaderTest {

    private static final HanjaReader READER = HanjaReader.fromClasspath();

    @ParameterizedTest
    @CsvSource({
        "他山之石, 타산지석, true",
        "崛起, 굴기, true",
        "兩强, 양강, true",    // 두음법칙: 량 → 양
        "兩强, 량강, true",
        "勞動, 노동, true",    // 로 → 노
        "女性, 여성, true",    // 녀 → 여
        "比率, 비율, true",    // 률 → 율 after a vowel
        "羅列, 나열, true",
        "梁文鋒, 량원펑, false", // a Chinese name read in Chinese
        "梁文鋒, 양문봉, true",
        "深度求索, 딥시크, false",
        "對, 대, true",
        "與, 여, true",
        "野, 야, true",
        "明若觀火, 명약관화, true",
        "快擧, 쾌거, true",
        "大衆 創業, 대중창업, true", // spaces ignored
        "漂流, 표류, true",
        "漂流, 표류기, false",   // length differs
        "𠀀, 가, false",       // astral ideograph without a kHangul reading
        // simplified Chinese and Japanese forms read through their Unihan variants (issue 11)
        "环境保护, 환경보호, true",
        "经济, 경제, true",
        "历史, 역사, true",
        "歴史, 역사, true",
        "変化, 변화, true",
        "関係, 관계, true",
        "鉄道, 철도, true",
        "经济, 경재, false",
        "环境, 원경, false"
    })
    void reads(String hanja, String hangul, boolean expected) {
        assertEquals(expected, READER.reads(hanja, hangul));
    }

    @ParameterizedTest
    @CsvSource({"량, 양", "리, 이", "로, 노", "녀, 여", "뇨, 요", "렬, 열", "률, 율", "래, 내", "강, 강", "a, a"})
    void initialSoundVariant(String from, String to) {
        assertEquals(to.codePointAt(0), HanjaReader.initialSoundVariant(from.codePointAt(0)));
    }

    @Test
    void readingsCombinePositions() {
        assertTrue(READER.readings("兩强", 10).contains("량강"));
        assertTrue(READER.readings("兩强", 10).contains("양강"));
        assertEquals(1, READER.readings("兩强", 1).size());
        assertTrue(READER.readings("A", 10).isEmpty());
    }

    @Test
    void isHan() {
        assertTrue(HanjaReader.isHan('漢'));
        assertTrue(HanjaReader.isHan(0x20000));
        assertFalse(HanjaReader.isHan('한'));
        assertFalse(HanjaReader.isHan('A'));
    }
}
