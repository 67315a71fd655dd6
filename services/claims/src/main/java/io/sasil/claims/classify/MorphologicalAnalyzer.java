package io.sasil.claims.classify;

import io.sasil.korean.NoriTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Runs Nori ({@link NoriTokenizer}: compounds whole, punctuation kept, inflected tokens expanded) over one
 * sentence and returns its morphemes and bracket-aware words.
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
 * <p>Thread-safe (so is {@link NoriTokenizer}). Cost is linear in the sentence length (bracket
 * matching uses one stack pass).
 */
public final class MorphologicalAnalyzer {

    private final NoriTokenizer nori;

    /** @param userDictionary extra nouns (the glossary's terms), or null */
    public MorphologicalAnalyzer(UserDictionary userDictionary) {
        this.nori = NoriTokenizer.builder().keepPunctuation(true).expandInflections(true)
                .userDictionary(userDictionary).build();
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
        List<io.sasil.korean.Morpheme> words = nori.analyse(sentence);
        List<Morpheme> morphemes = new ArrayList<>(words.size());
        for (io.sasil.korean.Morpheme w : words) {
            morphemes.add(new Morpheme(w, chunkOf[w.start()], quoted[w.start()], named[w.start()]));
        }
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
}
