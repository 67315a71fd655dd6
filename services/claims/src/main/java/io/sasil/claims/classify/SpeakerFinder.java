package io.sasil.claims.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds who said or reported a sentence's content.
 *
 * <ol>
 *   <li>{@code X에 따르면}: X is the noun phrase before {@code 에}.</li>
 *   <li>Otherwise, when the sentence has an attribution verb or direct speech: X is the first subject
 *       outside quotation marks (topic {@code 은/는} first, then {@code 이/가}) with the noun words
 *       before it ({@code ‘도널드 트럼프(Donald Trump)’ 미국 대통령은}); it may stand after the quotation
 *       ({@code “…”라고 김 장관은 말했다}).</li>
 * </ol>
 * The phrase is reduced to a name: an unnamed group from {@link UnnamedSources} ({@code unnamed experts});
 * else the last single-quoted name in it ({@code ‘샘 올트먼(Samuel Harris Altman)’} → {@code 샘 올트먼});
 * else, with titles ({@code 대통령, 장관, 최고경영자, 쪽, 측} …) removed, the last run of proper-noun words
 * (NNP, SL: {@code 영국 공영방송 BBC} → {@code BBC}, {@code 김민수 국토교통부 장관} → {@code 김민수}); else the
 * last word ({@code 정부}). Parenthetical glosses
 * are dropped. A pronoun subject ({@code 그는}) is reported as {@link Speaker#pronoun()} for the caller to
 * resolve from the previous sentence.
 */
final class SpeakerFinder {

    /** A speaker, or a pronoun that stands for the previous sentence's speaker. */
    record Speaker(String name, boolean pronoun) {
    }

    static final Set<String> TITLES = Set.of("대통령", "전 대통령", "장관", "차관", "총리", "대표", "최고경영자", "CEO",
            "의원", "위원장", "회장", "부회장", "사장", "총재", "교수", "대변인", "씨", "측", "쪽", "청장", "시장", "지사",
            "국무장관", "부총리", "원장", "소장", "단장", "연구원", "기자", "박사", "이사", "이사장", "본부장", "실장",
            "국장", "감독", "선수", "대사", "주석", "총통", "서기장", "부장", "당선인", "후보", "의장", "창업자", "설립자",
            "대통령실", "관계자들");
    private static final Set<String> PRONOUNS = Set.of("그", "그녀", "그들", "이들", "그분");
    private static final int MAX_WORDS = 6;

    private SpeakerFinder() {
    }

    static Speaker find(AnalyzedSentence s, List<Cue> cues) {
        int source = -1;
        int attribution = -1;
        for (Cue c : cues) {
            if (c.feature() == Feature.SOURCE && source < 0) {
                source = c.index();
            } else if ((c.feature() == Feature.ATTRIBUTION || c.feature() == Feature.DIRECT_QUOTE) && attribution < 0) {
                attribution = c.index();
            }
        }
        if (source > 0) {
            int particle = source - 1;
            List<Integer> phrase = phraseBefore(s, s.m(particle).chunk());
            Speaker sp = resolve(s, phrase);
            if (sp != null) {
                return sp;
            }
        }
        if (attribution < 0) {
            return null;
        }
        int subject = subjectChunk(s, Set.of("은", "는"));
        if (subject < 0) {
            subject = subjectChunk(s, Set.of("이", "가", "께서", "도"));
        }
        if (subject < 0) {
            return null;
        }
        return resolve(s, phraseBefore(s, subject));
    }

    /** The first chunk outside quotation marks that ends in one of the particles. */
    private static int subjectChunk(AnalyzedSentence s, Set<String> particles) {
        for (int c = 0; c < s.chunks().size(); c++) {
            Chunk ch = s.chunks().get(c);
            if (ch.isEmpty()) {
                continue;
            }
            int last = lastNonPunct(s, ch);
            if (last < 0) {
                continue;
            }
            Morpheme m = s.m(last);
            if (!m.quoted() && m.tag() == POS.Tag.J && particles.contains(m.form()) && last > ch.first()) {
                return c;
            }
        }
        return -1;
    }

    private static int lastNonPunct(AnalyzedSentence s, Chunk ch) {
        for (int i = ch.last(); i >= ch.first(); i--) {
            if (!s.m(i).isPunctuation()) {
                return i;
            }
        }
        return -1;
    }

    /** The chunk {@code end} and the noun-only chunks right before it, oldest first. */
    private static List<Integer> phraseBefore(AnalyzedSentence s, int end) {
        List<Integer> out = new ArrayList<>();
        out.add(end);
        for (int c = end - 1; c >= 0 && out.size() < MAX_WORDS; c--) {
            Chunk ch = s.chunks().get(c);
            if (ch.isEmpty()) {
                break;
            }
            int last = lastNonPunct(s, ch);
            if (last < 0 || s.m(last).quoted()) {
                break;
            }
            Morpheme m = s.m(last);
            boolean noun = m.isNoun() || m.tag() == POS.Tag.XSN || m.named();
            if (!noun) {
                break;
            }
            out.add(0, c);
        }
        return out;
    }

    private static Speaker resolve(AnalyzedSentence s, List<Integer> phrase) {
        List<String> words = new ArrayList<>();
        List<Boolean> proper = new ArrayList<>();
        String quotedName = null;
        for (int k = 0; k < phrase.size(); k++) {
            int c = phrase.get(k);
            Chunk ch = s.chunks().get(c);
            int last = ch.last();
            if (k == phrase.size() - 1) {
                while (last >= ch.first() && (s.m(last).tag() == POS.Tag.J || s.m(last).isPunctuation()
                        && !s.m(last).named())) {
                    last--;
                }
            }
            if (last < ch.first()) {
                continue;
            }
            int endChar = s.m(last).end();
            String raw = s.text().substring(ch.start(), Math.max(ch.start(), Math.min(endChar, ch.end())));
            String quoted = singleQuoted(raw);
            if (quoted != null) {
                quotedName = quoted;
            }
            String word = clean(raw);
            if (word.isEmpty()) {
                continue;
            }
            boolean allProper = true;
            for (int i = ch.first(); i <= last; i++) {
                Morpheme m = s.m(i);
                if (m.isPunctuation() || inParenthesis(raw, m, ch)) {
                    continue;
                }
                if (!(m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SH)) {
                    allProper = false;
                }
            }
            words.add(word);
            proper.add(allProper);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && PRONOUNS.contains(words.get(0))) {
            return new Speaker(null, true);
        }
        String unnamed = UnnamedSources.label(words);
        if (unnamed != null) {
            return new Speaker(unnamed, false);
        }
        if (quotedName != null && !quotedName.isEmpty()) {
            return new Speaker(quotedName, false);
        }
        int end = words.size();
        while (end > 1 && TITLES.contains(words.get(end - 1))) {
            end--;
        }
        int stop = end;
        while (stop > 0 && !proper.get(stop - 1)) {
            stop--;
        }
        int run = stop;
        while (run > 0 && proper.get(run - 1)) {
            run--;
        }
        if (run < stop) {
            return new Speaker(String.join(" ", words.subList(run, stop)), false);
        }
        return new Speaker(words.get(end - 1), false);
    }

    private static boolean inParenthesis(String raw, Morpheme m, Chunk ch) {
        int at = m.start() - ch.start();
        int open = raw.indexOf('(');
        return open >= 0 && at > open;
    }

    /** The content of the last ‘…’ or 「…」 in a word, its parenthetical dropped; null when none. */
    private static String singleQuoted(String raw) {
        int close = Math.max(raw.lastIndexOf('’'), raw.lastIndexOf('」'));
        if (close < 0) {
            return null;
        }
        int open = Math.max(raw.lastIndexOf('‘', close), raw.lastIndexOf('「', close));
        if (open < 0) {
            return null;
        }
        return clean(raw.substring(open + 1, close));
    }

    /** Drops quotation marks, brackets and a parenthetical gloss. */
    static String clean(String word) {
        int paren = word.indexOf('(');
        if (paren >= 0) {
            word = word.substring(0, paren);
        }
        int bracket = word.indexOf('[');
        if (bracket >= 0) {
            word = word.substring(0, bracket);
        }
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("‘’“”\"'「」『』".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}
