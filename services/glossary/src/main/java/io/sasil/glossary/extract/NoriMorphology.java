package io.sasil.glossary.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Part-of-speech analysis of short Korean spans with Lucene Nori's {@link KoreanTokenizer}
 * (compounds decomposed, original discarded; punctuation dropped).
 *
 * <p>Thread-safe: the underlying {@link Analyzer} keeps one tokenizer per thread.
 */
final class NoriMorphology implements AutoCloseable {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.DISCARD, false, true);
            return new TokenStreamComponents(tokenizer);
        }
    };

    /** The morphemes of {@code text[start, end)}, with indices into {@code text}. */
    List<Morpheme> analyse(String text, int start, int end) {
        List<Morpheme> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text.substring(start, end))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Morpheme(term.toString(), start + offset.startOffset(), start + offset.endOffset(),
                        pos.getLeftPOS()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
