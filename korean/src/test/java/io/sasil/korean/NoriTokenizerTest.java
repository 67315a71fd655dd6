package io.sasil.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.junit.jupiter.api.Test;

class NoriTokenizerTest {

    private static String tagged(List<Morpheme> ms) {
        return ms.stream().map(m -> m.form() + "/" + m.tag()).collect(Collectors.joining(" "));
    }

    @Test
    void compoundsStayWholeByDefaultAndSplitWhenDiscarded() {
        String s = "삼성전자가 신제품을 공개했다";
        assertTrue(tagged(NoriTokenizer.builder().build().analyse(s)).startsWith("삼성전자/NNP 가/J"));
        assertTrue(tagged(NoriTokenizer.builder().decompound(KoreanTokenizer.DecompoundMode.DISCARD).build().analyse(s))
                .startsWith("삼성/NNG 전자/NNG 가/J"));
    }

    @Test
    void inflectedTokensAreOneMorphemeUnlessExpanded() {
        String s = "장관이 밝혔다";
        List<Morpheme> whole = NoriTokenizer.builder().build().analyse(s);
        assertEquals("장관/NNG 이/J 밝혔/VV 다/E", tagged(whole));
        List<Morpheme> expanded = NoriTokenizer.builder().expandInflections(true).build().analyse(s);
        assertEquals("장관/NNG 이/J 밝히/VV 었/E 다/E", tagged(expanded));
        // every morpheme of the expanded token 밝혔 carries the token's offsets
        assertTrue(expanded.subList(2, 4).stream().allMatch(m -> m.start() == 4 && m.end() == 6), tagged(expanded));
    }

    @Test
    void whiteSpaceIsNeverAMorphemeAndPunctuationOnlyWhenKept() {
        String s = "“좋다.”  그는 말했다!";
        List<Morpheme> dropped = NoriTokenizer.builder().build().analyse(s);
        assertTrue(dropped.stream().noneMatch(Morpheme::isPunctuation), tagged(dropped));
        List<Morpheme> kept = NoriTokenizer.builder().keepPunctuation(true).build().analyse(s);
        assertTrue(kept.stream().anyMatch(m -> m.form().equals("!") && m.tag() == org.apache.lucene.analysis.ko.POS.Tag.SF),
                tagged(kept));
        assertTrue(kept.stream().noneMatch(m -> m.tag() == org.apache.lucene.analysis.ko.POS.Tag.SP), tagged(kept));
    }

    @Test
    void aSpanIsAnalysedWithIndicesIntoTheWholeText() {
        String text = "오늘 서울시청 앞에서";
        List<Morpheme> ms = NoriTokenizer.builder().build().analyse(text, 3, 7);
        assertEquals("서울시청", text.substring(ms.get(0).start(), ms.get(ms.size() - 1).end()));
        for (Morpheme m : ms) {
            assertEquals(m.form(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void userDictionaryNounsComeOutWhole() throws IOException {
        String s = "탄소국경세가 도입된다";
        UserDictionary dictionary = UserDictionary.open(new StringReader("탄소국경세"));
        List<Morpheme> ms = NoriTokenizer.builder().userDictionary(dictionary).build().analyse(s);
        assertEquals("탄소국경세", ms.get(0).form());
        assertTrue(ms.get(0).isNoun());
    }

    @Test
    void threadsShareOneTokenizerSafely() throws Exception {
        NoriTokenizer nori = NoriTokenizer.builder().expandInflections(true).build();
        String s = "정부는 내년 예산을 3조 원 늘리기로 했다고 발표했다";
        String expected = tagged(nori.analyse(s));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> tagged(nori.analyse(s))));
            }
            for (Future<String> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
