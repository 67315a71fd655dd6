package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MorphologicalAnalyzerTest {

    private static final MorphologicalAnalyzer ANALYZER = new MorphologicalAnalyzer(null);

    @Test
    void inflectedWordsAreExpandedIntoMorphemes() {
        AnalyzedSentence s = ANALYZER.analyze("사장은 계획을 밝혔다.", false);
        List<String> tags = s.morphemes().stream().map(m -> m.form() + "/" + m.tag()).toList();
        assertTrue(tags.contains("밝히/VV"), tags::toString);
        assertTrue(tags.contains("었/E"), tags::toString);
        assertEquals("밝혔다", s.wordAt(tags.indexOf("밝히/VV")));
    }

    @ParameterizedTest(name = "{0} → {1} words")
    @CsvSource(delimiter = '|', textBlock = """
            최고경영자 ‘샘 올트먼(Samuel Harris Altman)’은 밝혔다.   | 3
            스타트업 ‘딥시크(DeepSeek │ 深度求索)’가 출시했다.       | 3
            하이플라이어((High-Flyer │ 幻方量化)’에서 분리했다.       | 2
            괄호가 (닫히지 않은 채 끝난다                             | 5
            「반도체 특별법」은 표류하고 있다.                         | 3
            """)
    void bracketsKeepTheirWordsTogether(String sentence, int words) {
        assertEquals(words, ANALYZER.analyze(sentence, false).chunks().size(),
                () -> ANALYZER.analyze(sentence, false).chunks().toString());
    }

    @Test
    void doubleQuotesMarkReportedSpeech() {
        AnalyzedSentence s = ANALYZER.analyze("그는 “공장을 짓겠다”고 말했다.", false);
        for (Morpheme m : s.morphemes()) {
            boolean inside = m.form().equals("공장") || m.form().equals("짓") || m.form().equals("겠");
            if (inside) {
                assertTrue(m.quoted(), m::toString);
            }
            if (m.form().equals("그") || m.form().equals("말")) {
                assertFalse(m.quoted(), m::toString);
            }
        }
        assertFalse(s.endsInsideQuote());
    }

    @Test
    void aClosingQuoteWithoutAnOpeningOneQuotesWhatPrecedesIt() {
        AnalyzedSentence s = ANALYZER.analyze("내년에도 투자를 늘리겠다”며 웃었다.", false);
        assertTrue(s.morphemes().get(0).quoted());
        assertFalse(s.morphemes().get(s.size() - 2).quoted(), () -> s.morphemes().toString());
    }

    @Test
    void anOpenQuotationCarriesOver() {
        AnalyzedSentence first = ANALYZER.analyze("대표는 “올해 매출이 늘었다.", false);
        assertTrue(first.endsInsideQuote());
        AnalyzedSentence second = ANALYZER.analyze("내년에도 늘 것이다.", true);
        assertTrue(second.morphemes().stream().filter(m -> !m.isPunctuation()).allMatch(Morpheme::quoted));
    }

    @Test
    void singleQuotesMarkNames() {
        AnalyzedSentence s = ANALYZER.analyze("‘글로벌 3강’ 구호", false);
        assertTrue(s.morphemes().stream().filter(m -> m.tag() == POS.Tag.SN).allMatch(Morpheme::named));
    }

    @Test
    void aUserDictionaryMakesATermOneNoun() {
        String sentence = "딥시크는 새 모델을 출시했다.";
        MorphologicalAnalyzer withTerms = new MorphologicalAnalyzer(TermDictionary.of(List.of("딥시크", "엔비디아")));
        assertEquals("딥시크", withTerms.analyze(sentence, false).morphemes().get(0).form());
        assertEquals(0, withTerms.analyze(sentence, false).morphemes().get(0).start());
    }

    @Test
    void pathologicalBracketsMakeOneCappedChunk() {
        String s = "(".repeat(20000) + "가" + "’".repeat(20000);
        AnalyzedSentence a = ANALYZER.analyze(s, false);
        assertEquals(1, a.chunks().size());
        assertTrue(a.text().length() <= MorphologicalAnalyzer.MAX_SENTENCE_CHARS);
    }
}
