package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermKeyTest {

    /** Labels that name the same thing and must share a key (either key or reading key). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chat GPT|ChatGPT",
        "ChatGPT|CHATGPT",
        "챗GPT|챗 지피티",
        "챗GPT|챗gpt",
        "챗 GPT|챗지피티",
        "오픈AI|오픈에이아이",
        "오픈 AI|오픈에이아이",
        "GPT-4|지피티-4",
        "GPT-4|GPT4",
        "gpt-4|지피티4",
        "NVIDIA|Nvidia",
        "Open-Source|open source",
        "스푸트니크 모멘트|스푸트니크모멘트",
        "‘딥시크’|딥시크",
        "「표시광고법」|표시광고법",
        "U.S.|US",
        "반도체·인공지능|반도체인공지능",
        "ＧＰＴ－４|GPT-4",
        "LLM|엘엘엠",
        "Big-tech|Bigtech",
        "삼성SDI|삼성에스디아이",
        "KT&G|케이티&지",
        "Deep Seek|DeepSeek",
        "R1|알1",
    })
    void variantsMeet(String a, String b) {
        Set<String> keys = new HashSet<>(TermKey.of(a).keys());
        keys.retainAll(TermKey.of(b).keys());
        assertTrue(!keys.isEmpty(), a + " " + TermKey.of(a) + " vs " + b + " " + TermKey.of(b));
    }

    /** Different things, or pairs only a gloss may join. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IT|아이티",
        "AI|에이아이",
        "OpenAI|오픈AI",
        "Chat GPT|챗GPT",
        "오픈소스|오픈AI",
        "딥시크|딥시크 R1",
        "GPT-4|GPT-4o",
        "NAFTA|나프타",
        "Nvidia|엔비디아",
        "대|對",
        "Open|오픈",
    })
    void differentThingsDoNotMeet(String a, String b) {
        Set<String> keys = new HashSet<>(TermKey.of(a).keys());
        keys.retainAll(TermKey.of(b).keys());
        assertTrue(keys.isEmpty(), a + " " + TermKey.of(a) + " vs " + b + " " + TermKey.of(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OpenAI|openai|openai|open에이아이",
        "GPT-4|gpt4|gpt4|지피티4",
        "AI|ai|ai|",
        "IT|it|it|",
        "GPT|gpt|gpt|지피티",
        "오픈AI|오픈ai|오픈에이아이|",
        "챗 지피티|챗지피티|챗지피티|",
        "Donald Trump|donaldtrump|donaldtrump|",
        "NVIDIA|nvidia|nvidia|엔브이아이디아이에이",
        "iPhone 16|iphone16|iphone16|아이phone16",
        "深度求索|深度求索|深度求索|",
        "😀딥시크|😀딥시크|😀딥시크|",
    })
    void keysAreExact(String label, String plain, String value, String reading) {
        TermKey k = TermKey.of(label);
        assertEquals(plain, k.plain());
        assertEquals(value, k.value());
        assertEquals(reading, k.reading());
    }

    @ParameterizedTest
    @CsvSource({
        "ChatGPT, Chat|GPT",
        "GPTChat, GPT|Chat",
        "OpenAI, Open|AI",
        "iPhone, i|Phone",
        "NVIDIA, NVIDIA",
        "openai, openai",
        "DeepSeek, Deep|Seek",
    })
    void camelCaseSegments(String run, String expected) {
        assertEquals(List.of(expected.split("\\|")), TermKey.segments(run));
    }

    @ParameterizedTest
    @CsvSource({"GPT, true", "AI, true", "gpt, true", "ai, true", "Open, false", "Big, false", "chat, false",
        "NVIDIA, true", "Joe, false", "R, true"})
    void lettersOrWord(String segment, boolean letters) {
        assertEquals(letters, TermKey.isLetters(segment));
    }

    @Test
    void separatorsOnlyGiveAnEmptyKey() {
        assertTrue(TermKey.of(" - · ‘’ ").isEmpty());
        assertNull(TermKey.of("--").reading());
    }

    @Test
    void compatibilityHanjaFoldsToUnified() {
        // U+F900 豈 (CJK compatibility) normalises to U+8C48
        assertEquals(TermKey.of("\u8C48").value(), TermKey.of("\uF900").value());
        assertNotEquals(TermKey.of("北京").value(), TermKey.of("南京").value());
    }

    @Test
    void longLatinInputIsStillTransliterated() {
        String label = "A".repeat(200_000) + "가";
        TermKey k = TermKey.of(label);
        assertTrue(k.value().startsWith("에이에이"));
    }
}
