package io.sasil.claims.classify;

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
 * Runs Nori's {@link KoreanTokenizer} (decompound mode NONE, punctuation kept) over one sentence and
 * returns its morphemes and bracket-aware words.
 *
 * <ul>
 *   <li>Inflected tokens are expanded into their morphemes ({@code 밝혔다} → {@code 밝히/VV 었/E 다/E});
 *       compound nouns stay whole, so a user-dictionary term or {@code 삼성전자} is one noun.</li>
 *   <li>A morpheme is <em>quoted</em> inside {@code “…”} or straight double quotes. A sentence that
 *       starts inside a quotation opened by an earlier sentence is passed {@code startsInsideQuote};
 *       when a closing {@code ”} comes before any opening one, everything before it counts as quoted.</li>
 *   <li>A morpheme is <em>named</em> inside {@code ‘…’}, {@code 「…」} or {@code 『…』}.</li>
 * </ul>
 *
 * <p>Thread-safe: each thread gets its own tokenizer. Cost is linear in the sentence length (bracket
 * matching uses one stack pass).
 */
public final class MorphologicalAnalyzer {

    private final ThreadLocal<Tokenizer> tokenizers;

    /** @param userDictionary extra nouns (the glossary's terms), or null */
    public MorphologicalAnalyzer(UserDictionary userDictionary) {
        this.tokenizers = ThreadLocal.withInitial(() -> new Tokenizer(userDictionary));
    }

    /**
     * Longest sentence analysed, in UTF-16 units; the rest of a longer "sentence" (a run-on paste, a table,
     * a wall of symbols) is ignored, so the cost of one sentence is bounded.
     */
    public static final int MAX_SENTENCE_CHARS = 4000;

    /**
     * @param sentence          the sentence; only its first {@link #MAX_SENTENCE_CHARS} characters are analysed
     * @param startsInsideQuote whether an earlier sentence opened a quotation that is still open
     */
    public AnalyzedSentence analyze(String sentence, boolean startsInsideQuote) {
        if (sentence.length() > MAX_SENTENCE_CHARS) {
            int cut = MAX_SENTENCE_CHARS;
            if (Character.isLowSurrogate(sentence.charAt(cut))) {
                cut--;
            }
            sentence = sentence.substring(0, cut);
        }
        boolean[] quoted = new boolean[sentence.length() + 1];
        boolean[] named = new boolean[sentence.length() + 1];
        boolean[] glued = new boolean[sentence.length() + 1];
        boolean endsInsideQuote = markQuotes(sentence, startsInsideQuote, quoted);
        markBrackets(sentence, named, glued);
        List<Chunk> chunkSpans = chunkSpans(sentence, glued);
        int[] chunkOf = new int[sentence.length() + 1];
        for (int c = 0; c < chunkSpans.size(); c++) {
            Chunk ch = chunkSpans.get(c);
            for (int i = ch.start(); i < ch.end(); i++) {
                chunkOf[i] = c;
            }
        }
        List<Morpheme> morphemes = tokenizers.get().tokenize(sentence, quoted, named, chunkOf);
        int[] first = new int[chunkSpans.size()];
        int[] last = new int[chunkSpans.size()];
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(last, -2);
        for (int i = 0; i < morphemes.size(); i++) {
            int c = morphemes.get(i).chunk();
            if (first[c] < 0) {
                first[c] = i;
            }
            last[c] = i;
        }
        List<Chunk> chunks = new ArrayList<>(chunkSpans.size());
        for (int c = 0; c < chunkSpans.size(); c++) {
            chunks.add(new Chunk(chunkSpans.get(c).start(), chunkSpans.get(c).end(), first[c], last[c]));
        }
        return new AnalyzedSentence(sentence, List.copyOf(morphemes), List.copyOf(chunks), endsInsideQuote);
    }

    /** Marks the characters inside double quotation marks; returns whether a quotation is open at the end. */
    static boolean markQuotes(String s, boolean startsInside, boolean[] quoted) {
        boolean inside = startsInside;
        boolean sawOpening = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                inside = true;
                sawOpening = true;
                quoted[i] = true;
            } else if (c == '”') {
                if (!inside && !sawOpening) {
                    for (int k = 0; k < i; k++) {
                        quoted[k] = true;
                    }
                }
                quoted[i] = true;
                inside = false;
            } else if (c == '"') {
                quoted[i] = true;
                inside = !inside;
                sawOpening |= inside;
            } else {
                quoted[i] = inside;
            }
        }
        return inside;
    }

    /**
     * Matches brackets with one stack pass (unmatched ones are ignored): characters inside {@code ‘’ 「」 『』}
     * are marked named; white space inside any matched pair (those and {@code () []}) is glued.
     */
    static void markBrackets(String s, boolean[] named, boolean[] glued) {
        int n = s.length();
        int[] stack = new int[Math.min(n, 4096) + 1];
        int depth = 0;
        int[] namedDiff = new int[n + 1];
        int[] gluedDiff = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '‘' || c == '「' || c == '『') {
                if (depth < stack.length) {
                    stack[depth++] = i;
                }
            } else if (c == ')' || c == ']' || c == '’' || c == '」' || c == '』') {
                char open = c == ')' ? '(' : c == ']' ? '[' : c == '’' ? '‘' : c == '」' ? '「' : '『';
                // pop to the nearest matching opener, dropping unmatched ones in between
                int k = depth - 1;
                while (k >= 0 && s.charAt(stack[k]) != open && depth - k < 8) {
                    k--;
                }
                if (k >= 0 && s.charAt(stack[k]) == open) {
                    int from = stack[k];
                    depth = k;
                    gluedDiff[from]++;
                    gluedDiff[i + 1]--;
                    if (open != '(' && open != '[') {
                        namedDiff[from]++;
                        namedDiff[i + 1]--;
                    }
                }
            }
        }
        int g = 0;
        int nm = 0;
        for (int i = 0; i < n; i++) {
            g += gluedDiff[i];
            nm += namedDiff[i];
            glued[i] = g > 0;
            named[i] = nm > 0;
        }
    }

    static List<Chunk> chunkSpans(String s, boolean[] glued) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i)) && !glued[i];
            if (space) {
                if (start >= 0) {
                    chunks.add(new Chunk(start, i, -1, -2));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            chunks.add(new Chunk(start, s.length(), -1, -2));
        }
        if (chunks.isEmpty()) {
            chunks.add(new Chunk(0, s.length(), -1, -2));
        }
        return chunks;
    }

    /** One tokenizer and its attributes; used by one thread at a time. */
    private static final class Tokenizer {
        private final KoreanTokenizer tokenizer;
        private final CharTermAttribute term;
        private final PartOfSpeechAttribute pos;
        private final OffsetAttribute offset;

        Tokenizer(UserDictionary userDictionary) {
            tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, userDictionary,
                    KoreanTokenizer.DecompoundMode.NONE, false, false);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
        }

        List<Morpheme> tokenize(String s, boolean[] quoted, boolean[] named, int[] chunkOf) {
            List<Morpheme> out = new ArrayList<>(s.length() / 2 + 4);
            try {
                tokenizer.setReader(new StringReader(s));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    POS.Tag left = pos.getLeftPOS();
                    if (left == POS.Tag.SP) {
                        continue;
                    }
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (start >= s.length()) {
                        continue;
                    }
                    int chunk = chunkOf[start];
                    boolean q = quoted[start];
                    boolean nm = named[start];
                    Dictionary.Morpheme[] parts = pos.getMorphemes();
                    if (pos.getPOSType() == POS.Type.INFLECT && parts != null && parts.length > 0) {
                        for (Dictionary.Morpheme p : parts) {
                            out.add(new Morpheme(p.surfaceForm, p.posTag, start, end, chunk, q, nm));
                        }
                    } else {
                        out.add(new Morpheme(term.toString(), left, start, end, chunk, q, nm));
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
