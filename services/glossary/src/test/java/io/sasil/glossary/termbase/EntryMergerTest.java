package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryMergerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "딥시크|KOREAN|‘딥시크’|KOREAN|SAME_KEY",
        "챗 지피티|KOREAN|챗GPT|KOREAN|LATIN_READING",
        "지피티-4|KOREAN|GPT-4|LATIN|LATIN_READING",
        "오픈에이아이|KOREAN|오픈 AI|KOREAN|LATIN_READING",
        "NVIDIA|LATIN|Nvidia|LATIN|SHARED_ENGLISH_LABEL",
        "AI|ABBREVIATION|AI|LATIN|SHARED_ENGLISH_LABEL",
        "AI|ABBREVIATION|AI|ABBREVIATION|null",
        "梁文鋒|ORIGINAL_SCRIPT|梁文鋒|ORIGINAL_SCRIPT|SHARED_HANJA_LABEL",
        "他山之石|HANJA|他山之石|ORIGINAL_SCRIPT|SHARED_HANJA_LABEL",
        "對|HANJA|對|HANJA|null",
        "대|KOREAN|대|KOREAN|null",
        "거대기술기업|DEFINITION|거대기술기업|KOREAN|null",
        "아이티|KOREAN|IT|ABBREVIATION|null",
        "에이아이|KOREAN|AI|LATIN|null",
        "오픈소스|KOREAN|오픈AI|KOREAN|null",
        "LLM|ABBREVIATION|엘엘엠|KOREAN|LATIN_READING",
    })
    void rules(String a, LabelType ta, String b, LabelType tb, MergeRule expected) {
        assertEquals(expected, EntryMerger.rule(new Label(a, ta), new Label(b, tb)));
        assertEquals(expected, EntryMerger.rule(new Label(b, tb), new Label(a, ta)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "인공지능|AI|ABBREVIATION|KOREAN|ABBREVIATION",
        "NAFTA|North American Free Trade Agreement|ABBREVIATION|ABBREVIATION|LATIN",
        "연구개발|R&D|ABBREVIATION|KOREAN|ABBREVIATION",
        "FTA|자유무역협정|ABBREVIATION|ABBREVIATION|KOREAN",
        "엔비디아|NVIDIA|ENGLISH|KOREAN|LATIN",
        "타산지석|他山之石|HANJA|KOREAN|HANJA",
        "량원펑|梁文鋒|ORIGINAL_NAME|KOREAN|ORIGINAL_SCRIPT",
        "빅테크|거대기술기업|DEFINITION|KOREAN|DEFINITION",
        "DeepSeek|딥시크|ENGLISH|LATIN|KOREAN",
        "深度求索|DeepSeek|ENGLISH|HANJA|LATIN",
        "ディープ|Deep|ENGLISH|ORIGINAL_SCRIPT|LATIN",
    })
    void labelTypesOfAPair(String term, String gloss, GlossKind kind, LabelType termType, LabelType glossType) {
        assertEquals(termType, EntryMerger.termType(term, gloss, kind));
        assertEquals(glossType, EntryMerger.glossType(term, gloss, kind));
    }
}
