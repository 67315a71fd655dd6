package io.sasil.korean;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The suite's one wrapper of Lucene Nori's {@link KoreanTokenizer}: text in, {@link Morpheme}s out.
 *
 * <ul>
 *   <li>White space (SP) is never a morpheme.</li>
 *   <li>{@link Builder#decompound compound nouns} are kept whole ({@code NONE}, the default) or split
 *       ({@code DISCARD}: {@code 삼성전자} → {@code 삼성 전자}).</li>
 *   <li>{@link Builder#keepPunctuation punctuation} is dropped (the default) or kept as SF, SSO, SY… morphemes.</li>
 *   <li>{@link Builder#expandInflections inflected tokens} stay one morpheme tagged with their first morpheme's
 *       tag ({@code 밝혔다/VV}, the default), or are expanded into their morphemes, each carrying the token's
 *       offsets ({@code 밝히/VV 었/E 다/E}).</li>
 *   <li>A {@link Builder#userDictionary user dictionary} adds nouns (the glossary's terms).</li>
 * </ul>
 *
 * <p>Thread-safe: each thread gets its own tokenizer. Cost is linear in the text's length.
 */
public final class NoriTokenizer {

    private final KoreanTokenizer.DecompoundMode decompound;
    private final boolean keepPunctuation;
    private final boolean expandInflections;
    private final UserDictionary userDictionary;
    private final ThreadLocal<Session> sessions;

    private NoriTokenizer(Builder b) {
        this.decompound = b.decompound;
        this.keepPunctuation = b.keepPunctuation;
        this.expandInflections = b.expandInflections;
        this.userDictionary = b.userDictionary;
        this.sessions = ThreadLocal.withInitial(Session::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The morphemes of {@code text}, with indices into it. */
    public List<Morpheme> analyse(String text) {
        return analyse(text, 0, text.length());
    }

    /** The morphemes of {@code text[start, end)}, with indices into {@code text}. */
    public List<Morpheme> analyse(String text, int start, int end) {
        return sessions.get().tokenize(text.substring(start, end), start);
    }

    /** The options of a {@link NoriTokenizer}. */
    public static final class Builder {
        private KoreanTokenizer.DecompoundMode decompound = KoreanTokenizer.DecompoundMode.NONE;
        private boolean keepPunctuation;
        private boolean expandInflections;
        private UserDictionary userDictionary;

        private Builder() {
        }

        /** How compound nouns come out: {@code NONE} (whole, the default), {@code DISCARD} or {@code MIXED}. */
        public Builder decompound(KoreanTokenizer.DecompoundMode mode) {
            this.decompound = mode;
            return this;
        }

        /** Whether punctuation and symbols come out as morphemes (default: dropped). */
        public Builder keepPunctuation(boolean keep) {
            this.keepPunctuation = keep;
            return this;
        }

        /** Whether an inflected token comes out as its morphemes (default: one morpheme). */
        public Builder expandInflections(boolean expand) {
            this.expandInflections = expand;
            return this;
        }

        /** Extra nouns, or null for none. */
        public Builder userDictionary(UserDictionary dictionary) {
            this.userDictionary = dictionary;
            return this;
        }

        public NoriTokenizer build() {
            return new NoriTokenizer(this);
        }
    }

    /** One tokenizer and its attributes; used by one thread at a time. */
    private final class Session {
        private final KoreanTokenizer tokenizer;
        private final CharTermAttribute term;
        private final PartOfSpeechAttribute pos;
        private final OffsetAttribute offset;

        Session() {
            tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, userDictionary, decompound,
                    false, !keepPunctuation);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
        }

        List<Morpheme> tokenize(String s, int shift) {
            List<Morpheme> out = new ArrayList<>(s.length() / 2 + 4);
            try {
                tokenizer.setReader(new StringReader(s));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    POS.Tag left = pos.getLeftPOS();
                    int start = offset.startOffset();
                    if (left == POS.Tag.SP || start >= s.length()) {
                        continue;
                    }
                    int end = offset.endOffset();
                    Dictionary.Morpheme[] parts = pos.getMorphemes();
                    if (expandInflections && pos.getPOSType() == POS.Type.INFLECT && parts != null && parts.length > 0) {
                        for (Dictionary.Morpheme p : parts) {
                            out.add(new Morpheme(p.surfaceForm, p.posTag, shift + start, shift + end));
                        }
                    } else {
                        out.add(new Morpheme(term.toString(), left, shift + start, shift + end));
                    }
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    // a StringReader does not fail to close
                }
            }
            return out;
        }
    }
}
