package io.sasil.glossary.extract;

import io.sasil.common.text.Hangul;
import io.sasil.korean.Morpheme;
import io.sasil.korean.NoriTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the term a parenthetical glosses: the shortest span directly before the opener that the
 * gloss names. Works in UTF-16 indices.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a closing quote or bracket right before the opener ({@code ‘딥시크’(…)}, {@code 「…법」(이하 …)})
 *       makes the quoted text the term;</li>
 *   <li>otherwise the words before the opener are read back to the line start, an opening quote or
 *       punctuation ({@code ·}, {@code ,}), at most {@value #MAX_WORDS} of them; a word is a run of
 *       letters, digits, {@code -}, {@code &}, {@code +};</li>
 *   <li>alignment with each gloss part, the longest aligned span winning:
 *       <em>Hanja</em> — the last n syllables (n = number of Hanja) read as the Hanja
 *       ({@link HanjaReader}); <em>letters</em> — a suffix of the last word or the last words read as the
 *       gloss's Latin letters ({@link LetterNames}: 오픈에이아이(AI) → 에이아이); <em>sound</em> — the last
 *       word, a suffix of it at a morpheme boundary (stricter threshold) or the last 2–4 words, best
 *       {@link PhoneticMatcher} score; <em>acronym</em> — from the last word, earlier words made only of
 *       nouns are added while the content nouns counted so far are fewer than the acronym's capitals
 *       (a last word that is already a compound of two nouns or more takes no proper noun, by either
 *       rule: 샘 올트먼 최고경영자(CEO) → 최고경영자);
 *       then, for acronyms of three or more capitals, one directly preceding proper noun
 *       (the country of an institution: 미국 연방 통신 위원회(FCC)); <em>translation</em> — for another
 *       Latin gloss of two or more content words, earlier noun-only words are added while the term has
 *       fewer noun morphemes than the gloss has content words (기후 위기(climate crisis));</li>
 *   <li>without alignment: the quoted phrase when an opening quote starts at most four words back
 *       ({@code ‘대중창업 만중창신 전략(…)}), else the last word with a final particle removed; a last
 *       word that ends in a verb, ending or adverb gives no term (the parenthesis continues a clause).</li>
 * </ol>
 */
final class TermFinder {

    static final int MAX_WORDS = 5;
    /** Words read back before a short-form label ({@code 이하}, {@code 약칭}): law and body names are long. */
    static final int MAX_LABELLED_WORDS = 10;
    /** Similarity at or above which a Korean word is taken to transliterate one word of a Latin name. */
    static final double WORD_THRESHOLD = 0.6;
    /** The same for the word before the parenthesis, which alone may carry a longer name (the surname). */
    static final double LAST_WORD_THRESHOLD = 0.75;
    private static final int MAX_HEAD_SYLLABLES = 3;
    private static final int MAX_WRAPPED_WORDS = 8;
    private static final int WINDOW = 80;
    private static final int MAX_QUOTED = 60;
    private static final double SUFFIX_THRESHOLD = 0.8;
    private static final int MAX_NAME_WORDS = 3;

    private static final String CLOSE_QUOTES = "’”'\"」』》〉>＞";
    private static final String OPEN_QUOTES = "‘“'\"「『《〈<＜";
    private static final Set<String> NOT_NAME_WORDS = Set.of("최근", "지난해", "올해", "내년", "이번", "당시", "현재", "지난달",
            "이달", "오늘", "내일", "어제", "전", "각", "등", "및", "또", "즉", "이른바", "일명", "바로", "특히");

    /** Country and region names that precede a person's name as a modifier (중국 알리(阿里巴巴) is not a name). */
    private static final Set<String> COUNTRY_WORDS = Set.of("한국", "북한", "남한", "중국", "일본", "미국", "대만", "홍콩",
            "러시아", "영국", "독일", "프랑스", "인도", "베트남", "태국", "유럽", "국내", "해외", "현지", "전", "前", "현");

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "a", "an", "in", "on", "to",
            "with", "by", "at", "&", "de", "du", "des", "la", "le", "les", "l", "d", "del", "della", "di", "da", "do",
            "der", "die", "das", "den", "von", "van", "y", "e", "et", "und");
    private static final Set<String> CLAUSE_ENDINGS = Set.of("다", "고", "며", "면", "서", "어", "아", "지", "게", "는", "은",
            "ㄴ", "ㄹ", "을", "던", "요", "니다", "습니다", "도록", "지만", "는데", "니까", "으며", "으면", "해", "여");

    /** How the term was found. */
    enum Basis { QUOTED, HANJA, LETTERS, SOUND, ACRONYM, TRANSLATION, SHORT_FORM, PHRASE, WORD }

    /** A found term, UTF-16 indices. */
    record TermSpan(int start, int end, Basis basis) {
        int length() {
            return end - start;
        }
    }

    private final HanjaReader hanja;
    private final PhoneticMatcher phonetic;
    private final NoriTokenizer nori;

    TermFinder(HanjaReader hanja, PhoneticMatcher phonetic, NoriTokenizer nori) {
        this.hanja = hanja;
        this.phonetic = phonetic;
        this.nori = nori;
    }

    /** The term glossed by the parenthetical opening at {@code open}, or null when there is none. */
    TermSpan find(String text, int open, List<GlossPart> parts) {
        return find(text, open, -1, parts);
    }

    /**
     * The term glossed by the parenthetical opening at {@code open} and ending before {@code end}
     * (the index after its closer, or -1 when unknown), or null when there is none.
     */
    TermSpan find(String text, int open, int end, List<GlossPart> parts) {
        int lineStart = Math.max(0, open - WINDOW);
        for (int k = open - 1; k >= lineStart; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                lineStart = k + 1;
                break;
            }
        }
        int e = open;
        if (e > lineStart && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e <= lineStart) {
            return null;
        }
        char before = text.charAt(e - 1);
        if (CLOSE_QUOTES.indexOf(before) >= 0) {
            if (isOpeningStraightQuote(text, lineStart, e - 1)) {
                return null; // "(대한민국) 국민…: an insertion at the start of a quotation glosses nothing before it
            }
            TermSpan quoted = quoted(text, lineStart, e);
            if (quoted != null) {
                return quoted;
            }
        }
        boolean shortFormLabel = parts.stream().anyMatch(
                pt -> pt.label() != null && GlossPartSplitter.SHORT_FORM_LABELS.contains(pt.label()));
        int maxWords = shortFormLabel ? MAX_LABELLED_WORDS : MAX_WORDS;
        // words, nearest first
        List<int[]> words = new ArrayList<>();
        int quoteAt = -1;
        int k = e;
        while (words.size() < maxWords && k > lineStart) {
            int we = k;
            while (k > lineStart && isWordChar(text.codePointBefore(k))) {
                k -= Character.charCount(text.codePointBefore(k));
            }
            if (k == we) {
                break;
            }
            words.add(new int[] {k, we});
            if (k > lineStart && OPEN_QUOTES.indexOf(text.charAt(k - 1)) >= 0) {
                quoteAt = k - 1;
                break;
            }
            if (k > lineStart && text.charAt(k - 1) == ' ') {
                k--;
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int segStart = words.get(words.size() - 1)[0];
        final int from = segStart;
        final int to = e;
        Lazy morphemes = new Lazy(text, () -> nori.analyse(text, from, to));

        TermSpan wrapped = quoteAt >= 0 ? quoteWrapped(text, quoteAt, e, end, parts) : null;
        if (wrapped != null) {
            return wrapped;
        }
        for (GlossPart part : parts) {
            TermSpan shortened = alignShortForm(text, e, words, part);
            if (shortened != null) {
                return shortened;
            }
        }
        boolean longForm = hasLongForm(parts);
        TermSpan best = null;
        for (GlossPart part : parts) {
            if (longForm && LetterNames.isAcronymShaped(part.text()) && isLongFormOf(parts, part.text())) {
                // the long form, not the acronym's letter count, says how far the term reaches
                TermSpan word = nounWord(words.get(0), morphemes);
                if (word != null && (best == null || word.length() > best.length())) {
                    best = word;
                }
                continue;
            }
            TermSpan aligned = align(text, e, words, morphemes, part);
            if (aligned != null && (best == null || aligned.length() > best.length())) {
                best = aligned;
            }
        }
        if (best != null) {
            return best;
        }
        if (quoteAt >= 0 && words.size() <= 4 && e - quoteAt - 1 <= MAX_QUOTED
                && bareNouns(morphemes, segStart, words.get(0)[0])) {
            return new TermSpan(quoteAt + 1, e, Basis.PHRASE);
        }
        return lastWord(words.get(0), morphemes);
    }

    /** Whether some Latin part is the long form of another, acronym-shaped part of the same parenthesis. */
    private static boolean hasLongForm(List<GlossPart> parts) {
        if (parts.size() < 2) {
            return false;
        }
        for (GlossPart part : parts) {
            if (LetterNames.isAcronymShaped(part.text()) && isLongFormOf(parts, part.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLongFormOf(List<GlossPart> parts, String acronym) {
        for (GlossPart other : parts) {
            String t = other.text();
            if (!t.equals(acronym) && Script.of(t) == Script.LATIN && !LetterNames.isAcronymShaped(t)
                    && initialsSpell(acronym, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acronym's letters are, in order, initials of the long form's words (function words
     * may be skipped), the first letter being the first word's: EV ← Electric Vehicle, NASA ← National
     * Aeronautics and Space Administration.
     */
    static boolean initialsSpell(String acronym, String longForm) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        String[] ws = longForm.trim().split("[\\s\\-]+");
        if (letters.length() < 2 || ws.length < 2 || ws.length > 12 || ws[0].isEmpty()) {
            return false;
        }
        int i = 0;
        for (int w = 0; w < ws.length && i < letters.length(); w++) {
            // an elided article is not a word of its own: l'Automobile → Automobile
            String word = ws[w].length() > 2 && "’'".indexOf(ws[w].charAt(1)) >= 0
                    && "lLdD".indexOf(ws[w].charAt(0)) >= 0 ? ws[w].substring(2) : ws[w];
            if (word.isEmpty()) {
                continue;
            }
            char c = Character.toUpperCase(word.charAt(0));
            if (c == letters.charAt(i)) {
                i++;
            } else if (w == 0 || !FUNCTION_WORDS.contains(LetterNames.lower(word))) {
                return false;
            }
        }
        return i == letters.length();
    }

    /** The last word as a term when it is made only of nouns, else null. */
    private static TermSpan nounWord(int[] word, Lazy morphemes) {
        return bareNouns(morphemes, word[0], word[1]) ? new TermSpan(word[0], word[1], Basis.ACRONYM) : null;
    }

    /**
     * Whether the straight quote at {@code q} opens a quotation rather than closes one: it follows a space,
     * the line start or an opening bracket ({@code 반발했다. "(대한민국) 국민…}).
     */
    private static boolean isOpeningStraightQuote(String text, int lineStart, int q) {
        char c = text.charAt(q);
        if (c != '"' && c != '\'') {
            return false;
        }
        return q == lineStart || Character.isWhitespace(text.charAt(q - 1)) || ParenthesisScanner.isOpener(text.charAt(q - 1));
    }

    /**
     * A name quoted together with its gloss ({@code ‘외국 학생 교류 프로그램(VISTA)’}, {@code 「…」}): when the
     * closer is directly followed by the closing quote that matches the opening quote before the words,
     * the whole quoted name is the term, unless the gloss is Hanja or the Latin letters read aloud (those
     * align exactly and may gloss only its last word: {@code ‘중국 AI 굴기(崛起)’} → 굴기). At most
     * {@value #MAX_WRAPPED_WORDS} words; quotes of the same kind nested inside stop the rule.
     */
    private TermSpan quoteWrapped(String text, int quoteAt, int e, int end, List<GlossPart> parts) {
        if (end < 0 || end >= text.length()) {
            return null;
        }
        char open = text.charAt(quoteAt);
        char close = text.charAt(end);
        if (CLOSE_QUOTES.indexOf(close) < 0 || closingFor(close) != open) {
            return null;
        }
        String inside = text.substring(quoteAt + 1, e).strip();
        if (inside.isEmpty() || inside.split("\\s+").length > MAX_WRAPPED_WORDS || inside.indexOf(open) >= 0) {
            return null;
        }
        for (GlossPart part : parts) {
            Script script = Script.of(part.text());
            if (script == Script.HAN || script == Script.HANGUL
                    || script == Script.LATIN && LetterNames.matches(lastWordOf(inside), part.text())) {
                return null;
            }
        }
        int s = quoteAt + 1;
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        return new TermSpan(s, e, Basis.QUOTED);
    }

    private static String lastWordOf(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }

    private static char closingFor(char close) {
        return switch (close) {
            case '’' -> '‘';
            case '”' -> '“';
            case '」' -> '「';
            case '』' -> '『';
            case '》' -> '《';
            case '〉' -> '〈';
            case '>' -> '<';
            case '＞' -> '＜';
            default -> close;
        };
    }

    /**
     * A Korean short form ({@code 일석 문학 연구 지원상(일석지원상)}, {@code …에 관한 법률(이하 …법)}): the
     * span from the nearest word that starts with the short form's first syllable, when the short form's
     * syllables appear in order in it ({@link GlossClassifier#isShortForm}), the first at its start. Words
     * bearing particles or endings may lie inside (law names: {@code 등에서의}, {@code 관한}); the term is the
     * shortest such span.
     */
    private static TermSpan alignShortForm(String text, int e, List<int[]> words, GlossPart part) {
        String gloss = part.text();
        if (Script.of(gloss) != Script.HANGUL || gloss.indexOf(' ') >= 0) {
            return null;
        }
        for (int w = 0; w < words.size(); w++) {
            int s = words.get(w)[0];
            if (text.charAt(s) != gloss.charAt(0)) {
                continue;
            }
            String span = text.substring(s, e);
            if (GlossClassifier.isShortForm(gloss, span)) {
                return w == 0 && span.length() <= gloss.length() ? null : new TermSpan(s, e, Basis.SHORT_FORM);
            }
        }
        return null;
    }

    private TermSpan quoted(String text, int lineStart, int e) {
        char close = text.charAt(e - 1);
        char open = closingFor(close);
        for (int k = e - 2; k >= lineStart && e - k <= MAX_QUOTED + 2; k--) {
            if (text.charAt(k) == open) {
                int s = k + 1;
                int end = e - 1;
                while (s < end && text.charAt(s) == ' ') {
                    s++;
                }
                while (end > s && text.charAt(end - 1) == ' ') {
                    end--;
                }
                return s < end ? new TermSpan(s, end, Basis.QUOTED) : null;
            }
        }
        return null;
    }

    private TermSpan align(String text, int e, List<int[]> words, Lazy morphemes, GlossPart part) {
        String gloss = part.text();
        Script script = Script.of(gloss);
        if (script == Script.HAN) {
            return alignHanja(text, e, words, morphemes, gloss);
        }
        if (script != Script.LATIN) {
            return null;
        }
        // letters read aloud
        int[] last = words.get(0);
        for (int s = last[0]; s < last[1]; s++) {
            if (LetterNames.matches(text.substring(s, e), gloss)) {
                return new TermSpan(s, e, Basis.LETTERS);
            }
        }
        for (int w = 1; w < words.size() && w < 3; w++) {
            if (LetterNames.matches(text.substring(words.get(w)[0], e), gloss)) {
                return new TermSpan(words.get(w)[0], e, Basis.LETTERS);
            }
        }
        // a Latin acronym written before its long form: FIA(Federation Internationale de l'Automobile)
        String lastText = text.substring(last[0], last[1]);
        if (Script.of(lastText) == Script.LATIN && LetterNames.isAcronymShaped(lastText)
                && initialsSpell(lastText, gloss)) {
            return new TermSpan(last[0], last[1], Basis.ACRONYM);
        }
        // sound
        TermSpan best = soundOfName(text, e, words, morphemes, gloss);
        double bestScore = best == null ? 0 : 1;
        if (best == null) {
            double score = phonetic.similarity(text.substring(last[0], e), gloss);
            if (score >= PhoneticMatcher.THRESHOLD) {
                bestScore = score;
                best = new TermSpan(last[0], e, Basis.SOUND);
            }
        }
        for (Morpheme m : best != null ? List.<Morpheme>of() : morphemes.get()) {
            if (m.start() > last[0] && m.start() < last[1] && e - m.start() >= 2) {
                double score = phonetic.similarity(text.substring(m.start(), e), gloss);
                if (score >= SUFFIX_THRESHOLD && score > bestScore + 1e-9) {
                    bestScore = score;
                    best = new TermSpan(m.start(), e, Basis.SOUND);
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (LetterNames.isAcronymShaped(gloss)) {
            return alignAcronym(words, morphemes, e, LetterNames.capitals(gloss));
        }
        return alignTranslation(words, morphemes, e, gloss);
    }

    /**
     * A Latin name transliterated word by word ({@code 도널드 트럼프(Donald Trump)}, {@code 드 캉돌(Augustin de
     * Candolle)}, {@code 타림 분지(Tarim Basin)}): the longest span of the last one to four words in which every
     * word transliterates one word of the gloss ({@link PhoneticMatcher#wordSimilarity} at least
     * {@value #WORD_THRESHOLD}), in the same order, the last word transliterating the gloss's last word;
     * gloss words may be skipped (first and middle names, initials: Korean often writes only the surname;
     * numbers are not gloss words).
     * A last Korean word that is a common noun may instead translate the gloss's last word, or stand
     * after a transliterated name that the gloss gives alone ({@code 카라코람 고개(Karakoram)}), when at
     * least one earlier word transliterates. Earlier words must be bare nouns: a word with a particle or
     * an ending ({@code 이루는}, {@code 탑재될}) ends the term. Null when no span qualifies.
     */
    private TermSpan soundOfName(String text, int e, List<int[]> words, Lazy morphemes, String gloss) {
        List<String> gw = new ArrayList<>();
        for (String w : gloss.split("[\\s,:;/]+")) {
            String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!t.isEmpty() && !(t.length() == 1 && Character.isUpperCase(t.charAt(0)))
                    && t.codePoints().anyMatch(Character::isLetter)) {
                gw.add(t); // initials (J., F.) and numbers are not transliterated
            }
        }
        if (gw.isEmpty() || gw.size() > 12 || LetterNames.isAcronymShaped(gloss)) {
            return null;
        }
        TermSpan best = null;
        for (int n = 1; n <= Math.min(4, words.size()); n++) {
            if (n > 1 && closesPhrase(morphemes, words.get(n - 1))) {
                break;
            }
            if (alignsWordByWord(text, e, words, morphemes, n, gw)) {
                best = new TermSpan(words.get(n - 1)[0], e, Basis.SOUND);
            }
        }
        return best;
    }

    /** Whether the last {@code n} words align with the gloss words as {@link #soundOfName} requires. */
    private boolean alignsWordByWord(String text, int e, List<int[]> words, Lazy morphemes, int n, List<String> gw) {
        int g = gw.size() - 1;
        boolean headNoun = false;
        int transliterated = 0;
        for (int w = 0; w < n; w++) { // nearest word first
            int[] word = words.get(w);
            String k = text.substring(word[0], w == 0 ? e : word[1]);
            if (w == 0) {
                if (phonetic.wordSimilarity(k, gw.get(g)) >= LAST_WORD_THRESHOLD) {
                    g--;
                    transliterated++;
                    continue;
                }
                if (n == 1 || !isCommonNounWord(morphemes, word) || k.length() > MAX_HEAD_SYLLABLES) {
                    return false;
                }
                headNoun = true; // 산맥 ← Range, or 고개 after 카라코람(Karakoram)
                continue;
            }
            boolean found = false;
            for (int j = g; j >= 0; j--) {
                if (phonetic.wordSimilarity(k, gw.get(j)) >= WORD_THRESHOLD) {
                    found = true;
                    g = j - 1;
                    break;
                }
            }
            if (!found) {
                return false;
            }
            transliterated++;
        }
        return transliterated > 0;
    }

    /**
     * Whether a word ends a noun phrase read backwards: it ends in a particle or an ending, or contains a
     * verb or adjective suffix ({@code 이루는}, {@code 탑재될}, {@code 학생의}). Loanwords Nori misreads
     * ({@code 크비아티} → 크/VA …) without a particle or ending do not.
     */
    private static boolean closesPhrase(Lazy morphemes, int[] word) {
        List<Morpheme> ms = within(morphemes, word[0], word[1]);
        if (ms.isEmpty()) {
            return true;
        }
        for (Morpheme m : ms) {
            if (m.tag() == POS.Tag.XSV || m.tag() == POS.Tag.XSA || m.tag() == POS.Tag.VCP) {
                return true;
            }
        }
        Morpheme tail = ms.get(ms.size() - 1);
        return tail.isParticle() || tail.tag() == POS.Tag.E;
    }

    /** A word made only of common nouns (NNG), the head of a descriptive name: 산맥, 분지, 고개. */
    private static boolean isCommonNounWord(Lazy morphemes, int[] word) {
        List<Morpheme> ms = within(morphemes, word[0], word[1]);
        if (ms.isEmpty()) {
            return false;
        }
        for (Morpheme m : ms) {
            if (m.tag() != POS.Tag.NNG) {
                return false;
            }
        }
        return true;
    }

    private TermSpan alignHanja(String text, int e, List<int[]> words, Lazy morphemes, String gloss) {
        int n = (int) gloss.codePoints().filter(cp -> HanjaReader.isHan(cp) || Hangul.isSyllable(cp)).count();
        if (n == 0 || n > 16) {
            return null;
        }
        int farthest = words.get(words.size() - 1)[0];
        int k = e;
        int syllables = 0;
        while (k > farthest && syllables < n) {
            char c = text.charAt(k - 1);
            if (c == ' ') {
                k--;
                continue;
            }
            if (!Hangul.isSyllable(c)) {
                return null;
            }
            k--;
            syllables++;
        }
        if (syllables == n && hanja.reads(gloss, text.substring(k, e))) {
            return new TermSpan(k, e, Basis.HANJA);
        }
        return alignName(words, morphemes, n);
    }

    /**
     * A name in Han script whose reading is not the term (아베 신조(安倍晋三)): when the last word has fewer
     * syllables than the gloss has characters, earlier Hangul noun words are taken while they fit, and
     * kept only when their syllables add up exactly to the gloss's characters and there are at most
     * {@value #MAX_NAME_WORDS} of them. An earlier word must not be a country or time word
     * ({@code 일본}, {@code 당시}) nor a dictionary common noun (one NNG morpheme of two syllables or
     * more: {@code 기업 알리(阿里巴巴)}); proper nouns ({@code 아베}) and words Nori splits into single
     * syllables ({@code 고노} → 고/노) are name parts.
     */
    private TermSpan alignName(List<int[]> words, Lazy morphemes, int n) {
        int[] last = words.get(0);
        int total = hangulSyllables(morphemes, last);
        if (total <= 0 || total >= n || !bareNouns(morphemes, last[0], last[1])) {
            return null;
        }
        for (int w = 1; w < words.size() && w < MAX_NAME_WORDS; w++) {
            int[] word = words.get(w);
            int syl = hangulSyllables(morphemes, word);
            String wt = wordText(morphemes, word);
            if (syl <= 0 || !bareNouns(morphemes, word[0], word[1]) || NOT_NAME_WORDS.contains(wt)
                    || COUNTRY_WORDS.contains(wt) || isCommonNoun(morphemes, word)) {
                return null;
            }
            total += syl;
            if (total == n) {
                return new TermSpan(word[0], last[1], Basis.HANJA);
            }
            if (total > n) {
                return null;
            }
        }
        return null;
    }

    /** A word that is one dictionary common noun of two syllables or more (기업, 정부, 업체). */
    private static boolean isCommonNoun(Lazy morphemes, int[] word) {
        List<Morpheme> ms = within(morphemes, word[0], word[1]);
        return ms.size() == 1 && ms.get(0).tag() == POS.Tag.NNG && ms.get(0).form().length() >= 2;
    }

    /** Hangul syllables of a word, or -1 when it has any other character. */
    private static int hangulSyllables(Lazy morphemes, int[] word) {
        String t = morphemes.text(word[0], word[1]);
        for (int i = 0; i < t.length(); i++) {
            if (!Hangul.isSyllable(t.charAt(i))) {
                return -1;
            }
        }
        return t.length();
    }

    private TermSpan alignAcronym(List<int[]> words, Lazy morphemes, int e, int letters) {
        int[] last = words.get(0);
        if (!bareNouns(morphemes, last[0], e)) {
            return null;
        }
        int start = last[0];
        int count = contentNouns(morphemes, last[0], e);
        boolean compound = count >= 2;
        int w = 1;
        while (count < letters && w < words.size()) {
            int[] word = words.get(w);
            if (!bareNouns(morphemes, word[0], word[1]) || NOT_NAME_WORDS.contains(wordText(morphemes, word))
                    || compound && hasProperNoun(morphemes, word)) {
                break;
            }
            count += contentNouns(morphemes, word[0], word[1]);
            start = word[0];
            w++;
        }
        if (letters >= 3 && !compound && w < words.size()) {
            int[] word = words.get(w);
            List<Morpheme> ms = within(morphemes, word[0], word[1]);
            if (ms.size() == 1 && ms.get(0).tag() == POS.Tag.NNP) {
                start = word[0];
            }
        }
        return new TermSpan(start, e, Basis.ACRONYM);
    }

    /**
     * A Latin translation of several content words (function words such as "of" and "the" not
     * counted) takes earlier words while the term stands for fewer words than the gloss has content
     * words (기후 위기(climate crisis)). An earlier word must be made of nouns, or of nouns and the
     * genitive {@code 의} when the gloss has "of" (Korean {@code Y의 X} for English {@code X of Y}:
     * 물질의 위상적 상(topological phases of matter)); a word with any other particle or an ending is never
     * taken (…를 기술 패권(tech hegemony) → 기술 패권).
     */
    private TermSpan alignTranslation(List<int[]> words, Lazy morphemes, int e, String gloss) {
        int content = 0;
        boolean of = false;
        for (String w : gloss.split("[\\s\\-]+")) {
            String lw = LetterNames.lower(w);
            of |= lw.equals("of") || lw.equals("de") || lw.equals("des") || lw.equals("du");
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(lw)) {
                content++;
            }
        }
        int[] last = words.get(0);
        if (content < 2 || content > 8 || !bareNouns(morphemes, last[0], e)
                || Script.of(morphemes.text(last[0], e)) == Script.LATIN) {
            return null; // a Latin word before a Latin long form is the term on its own: Tm(melting temperature)
        }
        int count = translatedWords(morphemes, last[0], e);
        if (count >= content) {
            return null;
        }
        int start = last[0];
        for (int w = 1; w < words.size() && count < content; w++) {
            int[] word = words.get(w);
            boolean genitive = of && genitiveNoun(morphemes, word);
            if (!genitive && !bareNouns(morphemes, word[0], word[1])
                    || NOT_NAME_WORDS.contains(wordText(morphemes, word))) {
                break;
            }
            count += translatedWords(morphemes, word[0], word[1]);
            start = word[0];
        }
        return start == last[0] ? null : new TermSpan(start, e, Basis.TRANSLATION);
    }

    /** A word of nouns ending in the genitive particle 의 (물질의). */
    private static boolean genitiveNoun(Lazy morphemes, int[] word) {
        List<Morpheme> ms = within(morphemes, word[0], word[1]);
        if (ms.size() < 2) {
            return false;
        }
        Morpheme tail = ms.get(ms.size() - 1);
        return tail.isParticle() && tail.form().equals("의") && bareNouns(morphemes, word[0], tail.start());
    }

    /**
     * How many words of a translation a span of noun morphemes stands for: one per content morpheme,
     * two for a morpheme of three syllables or more (a root and a one-syllable suffix: 우주국 = space
     * administration, 수사국 = bureau of investigation); derivational suffixes ({@code 적}, {@code 성}: 위상적
     * = topological) and particles add nothing.
     */
    private static int translatedWords(Lazy morphemes, int s, int e) {
        int count = 0;
        for (Morpheme m : within(morphemes, s, e)) {
            int syllables = m.form().codePointCount(0, m.form().length());
            if (m.tag() != POS.Tag.XSN && m.tag() != POS.Tag.J) {
                count += syllables >= 3 ? 2 : 1;
            }
        }
        return count;
    }

    private TermSpan lastWord(int[] word, Lazy morphemes) {
        List<Morpheme> ms = within(morphemes, word[0], word[1]);
        int end = word[1];
        if (ms.size() > 1 && ms.get(ms.size() - 1).isParticle()) {
            end = ms.get(ms.size() - 1).start();
            ms = ms.subList(0, ms.size() - 1);
        }
        if (!ms.isEmpty()) {
            Morpheme tail = ms.get(ms.size() - 1);
            // loanwords Nori does not know may come out as verbs (지피티 → 지피/VV 티/E): only a real
            // ending or an adverb closes the clause
            if (tail.tag() == POS.Tag.MAG || tail.tag() == POS.Tag.MAJ || tail.tag() == POS.Tag.IC
                    || tail.tag() == POS.Tag.E && CLAUSE_ENDINGS.contains(tail.form())) {
                return null;
            }
        }
        return end > word[0] ? new TermSpan(word[0], end, Basis.WORD) : null;
    }

    private static boolean bareNouns(Lazy morphemes, int s, int e) {
        List<Morpheme> ms = within(morphemes, s, e);
        if (ms.isEmpty()) {
            return false;
        }
        for (Morpheme m : ms) {
            if (!m.isNoun()) {
                return false;
            }
        }
        return true;
    }

    /** Nouns that carry a letter of an acronym: prefixes, suffixes and one-syllable tails of a noun excluded. */
    private static int contentNouns(Lazy morphemes, int s, int e) {
        int count = 0;
        Morpheme prev = null;
        for (Morpheme m : within(morphemes, s, e)) {
            boolean noun = switch (m.tag()) {
                case NNG, NNP, SL, SH, XR -> true;
                default -> false;
            };
            if (noun && !(m.form().length() == 1 && prev != null && prev.isNoun() && prev.end() == m.start())) {
                count++;
            }
            prev = m;
        }
        return Math.max(count, 1);
    }

    private static boolean hasProperNoun(Lazy morphemes, int[] word) {
        for (Morpheme m : within(morphemes, word[0], word[1])) {
            if (m.tag() == POS.Tag.NNP) {
                return true;
            }
        }
        return false;
    }

    private static String wordText(Lazy morphemes, int[] word) {
        StringBuilder sb = new StringBuilder();
        for (Morpheme m : within(morphemes, word[0], word[1])) {
            sb.append(m.form());
        }
        return sb.toString();
    }

    private static List<Morpheme> within(Lazy morphemes, int s, int e) {
        List<Morpheme> out = new ArrayList<>();
        for (Morpheme m : morphemes.get()) {
            if (m.start() >= s && m.end() <= e) {
                out.add(m);
            }
        }
        return out;
    }

    /** Nori's analysis of the words before the parenthesis, run only when a rule needs it. */
    private static final class Lazy {
        private final String text;
        private final java.util.function.Supplier<List<Morpheme>> supplier;
        private List<Morpheme> value;

        Lazy(String text, java.util.function.Supplier<List<Morpheme>> supplier) {
            this.text = text;
            this.supplier = supplier;
        }

        String text(int s, int e) {
            return text.substring(s, e);
        }

        List<Morpheme> get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '&' || cp == '+';
    }
}
