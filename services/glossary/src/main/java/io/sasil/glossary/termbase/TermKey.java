package io.sasil.glossary.termbase;

import io.sasil.common.text.Hangul;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The merge key of a label: two labels whose keys are equal name the same thing.
 *
 * <p>Rules, in the order applied:
 * <ol>
 *   <li><b>NFKC</b>: full-width Latin and digits, compatibility Hanja and ligatures fold to their
 *       canonical forms ({@code ＧＰＴ} = {@code GPT}, {@code 北} (U+F963) = {@code 北}).</li>
 *   <li><b>Separators removed</b>: white space, dashes and hyphens (Unicode category Pd), middle dots
 *       ({@code · ・ ‧ ∙ • ㆍ}), full stops, apostrophes and quotation marks of every kind, and the corner and
 *       angle brackets that surround law and book titles ({@code 「」 『』 《》 〈〉}):
 *       {@code Chat GPT} = {@code ChatGPT}, {@code 스푸트니크 모멘트} = {@code 스푸트니크모멘트},
 *       {@code U.S.} = {@code US}.</li>
 *   <li><b>Case folded</b> (root locale).</li>
 *   <li><b>Latin segments.</b> Each run of basic Latin letters is split at camel-case boundaries
 *       ({@code ChatGPT} → {@code Chat}, {@code GPT}; {@code GPTChat} → {@code GPT}, {@code Chat}). A segment is
 *       <em>letters</em> when it is all upper case ({@code GPT}, {@code AI}, {@code R}) or all lower case and
 *       at most three letters long ({@code gpt}, {@code ai}); otherwise it is a <em>word</em> ({@code Open},
 *       {@code Chat}, {@code Big}, {@code Nvidia}) and is never read letter by letter.</li>
 *   <li><b>Labels that contain Hangul</b> read their letters segments aloud ({@link LatinReading}) in the key
 *       itself: {@code 오픈AI} = {@code 오픈에이아이}, {@code 챗GPT} = {@code 챗 지피티} = {@code 챗gpt}.</li>
 *   <li><b>Labels without Hangul</b> keep their folded Latin as the key, so case variants of a word meet
 *       ({@code NVIDIA} = {@code Nvidia}, {@code Chat GPT} = {@code CHATGPT}); they get a second,
 *       <em>reading</em> key with their letters segments read aloud ({@code GPT-4} → {@code 지피티4},
 *       {@code OpenAI} → {@code open에이아이}) which meets the key of a Hangul spelling
 *       ({@code 지피티-4}). A bare two-letter initialism gets no reading key: {@code IT} would meet
 *       {@code 아이티} (Haiti) and {@code AI} {@code 에이아이}, pairs that only a gloss may join.</li>
 * </ol>
 * English words are never transliterated, so {@code OpenAI} and {@code 오픈AI} (or {@code Chat GPT} and
 * {@code 챗GPT}) do not share a key; a gloss pair that names both joins them in the {@link TermBase}.
 *
 * @param plain   the key without any Latin reading (rules 1–3): equality here is {@link MergeRule#SAME_KEY}
 * @param value   the key (rules 1–5)
 * @param reading the reading key of a label without Hangul, or null
 */
public record TermKey(String plain, String value, String reading) {

    /** Minimum number of letters read aloud for a label without Hangul to get a reading key on its own. */
    static final int MIN_READ_LETTERS = 3;

    /** The key of {@code label}. */
    public static TermKey of(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(text.length());
        StringBuilder read = new StringBuilder(text.length() * 2);
        boolean hasHangul = false;
        boolean hasOther = false;
        int readLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isAsciiLetter(cp)) {
                int end = i;
                while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                for (String segment : segments(text.substring(i, end))) {
                    String folded = segment.toLowerCase(Locale.ROOT);
                    plain.append(folded);
                    if (isLetters(segment)) {
                        read.append(LatinReading.read(segment));
                        readLetters += segment.length();
                    } else {
                        read.append(folded);
                        hasOther = true;
                    }
                }
                i = end;
                continue;
            }
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                continue;
            }
            if (Hangul.isHangul(cp)) {
                hasHangul = true;
            }
            hasOther = true;
            String folded = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            plain.append(folded);
            read.append(folded);
        }
        String p = plain.toString();
        String r = read.toString();
        if (hasHangul) {
            return new TermKey(p, r, null);
        }
        boolean readable = readLetters > 0 && (readLetters >= MIN_READ_LETTERS || hasOther);
        return new TermKey(p, p, readable ? r : null);
    }

    /** The keys this label can meet another label's keys on: the key and, when there is one, the reading key. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(2);
        keys.add(value);
        if (reading != null) {
            keys.add(reading);
        }
        return keys;
    }

    /** Whether the key is empty (a label of separators only). */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Number of code points of the key. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    /** Whether {@code cp} is removed from keys (rule 2). */
    static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.DASH_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.FORMAT) {
            return true;
        }
        switch (cp) {
            case '\'', '"', '`', '´', '.', '·', '・', '‧', '∙', '•', 'ㆍ', '\u2212',
                 '「', '」', '『', '』', '《', '》', '〈', '〉', '<', '>' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean isAsciiLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    /** A run of ASCII letters split at camel-case boundaries (rule 4). */
    static List<String> segments(String run) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 1; i < run.length(); i++) {
            char prev = run.charAt(i - 1);
            char c = run.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
            boolean acronymToWord = Character.isUpperCase(prev) && Character.isUpperCase(c)
                    && i + 1 < run.length() && Character.isLowerCase(run.charAt(i + 1));
            if (lowerToUpper || acronymToWord) {
                out.add(run.substring(start, i));
                start = i;
            }
        }
        out.add(run.substring(start));
        return out;
    }

    /** Whether a Latin segment is read letter by letter (rule 4). */
    static boolean isLetters(String segment) {
        boolean upper = true;
        boolean lower = true;
        for (int i = 0; i < segment.length(); i++) {
            upper &= Character.isUpperCase(segment.charAt(i));
            lower &= Character.isLowerCase(segment.charAt(i));
        }
        return upper || (lower && segment.length() <= 3);
    }
}
