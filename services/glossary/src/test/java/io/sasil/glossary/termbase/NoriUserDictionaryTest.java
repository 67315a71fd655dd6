package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.GlossKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoriUserDictionaryTest {

    private static List<TermEntry> entries() {
        TermBase base = new TermBase();
        base.addPair("딥시크", "DeepSeek", GlossKind.ENGLISH, null);
        base.addPair("스푸트니크 모멘트", "Sputnik Moment", GlossKind.ENGLISH, null);
        base.addPair("챗 지피티", "Chat GPT", GlossKind.ENGLISH, null);
        base.addPair("오픈AI", "OpenAI", GlossKind.ENGLISH, null);
        base.addPair("량원펑", "梁文鋒", GlossKind.ORIGINAL_NAME, null);
        base.addPair("빅테크", "거대기술기업", GlossKind.DEFINITION, null);
        base.addPair("대", "對", GlossKind.HANJA, null);
        return base.entries();
    }

    private static List<String> tokens(String text, UserDictionary dict) throws IOException {
        List<String> out = new ArrayList<>();
        try (KoreanTokenizer t = new KoreanTokenizer(org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                dict, KoreanTokenizer.DecompoundMode.DISCARD, false)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                out.add(term.toString());
            }
            t.end();
        }
        return out;
    }

    @Test
    void dictionaryText() {
        assertEquals("딥시크\n량원펑\n모멘트\n빅테크\n스푸트니크\n스푸트니크모멘트 스푸트니크 모멘트\n지피티\n챗지피티 챗 지피티\n",
                NoriUserDictionary.text(entries()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "딥시크가 새 모델을 공개했다|딥시크",
        "량원펑은 창업자다|량원펑",
        "빅테크의 반응|빅테크",
        "스푸트니크모멘트라는 말|스푸트니크",
    })
    void knownTermsTokeniseAsOneNoun(String text, String term) throws IOException {
        UserDictionary dict = NoriUserDictionary.build(entries());
        List<String> with = tokens(text, dict);
        assertTrue(with.contains(term), with.toString());
    }

    @Test
    void withoutTheDictionaryDeepSeekIsSplit() throws IOException {
        List<String> without = tokens("딥시크가 새 모델을 공개했다", null);
        List<String> with = tokens("딥시크가 새 모델을 공개했다", NoriUserDictionary.build(entries()));
        assertNotEquals(without, with);
        assertEquals("딥시크", with.get(0));
    }

    @Test
    void emptyTermBaseGivesNoDictionary() {
        assertEquals("", NoriUserDictionary.text(List.of()));
        assertNull(NoriUserDictionary.build(List.of()));
    }
}
