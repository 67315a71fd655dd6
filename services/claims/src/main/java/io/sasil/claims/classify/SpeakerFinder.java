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
 *   <li>Otherwise, when the sentence has an attribution verb or direct speech: X is the subject between
 *       the end of the reported content ({@code ~다고/라고}, {@code 것으로}) and the last attribution verb
 *       ({@code …했다고 경찰은 밝혔다}, {@code “…”라고 김 장관은 말했다}); failing that, the first subject
 *       outside quotation marks (topic {@code 은/는} first, then {@code 이/가/도}), with the noun words
 *       before it ({@code ‘도널드 트럼프(Donald Trump)’ 미국 대통령은}). A bound noun ({@code 것은}) is no
 *       subject.</li>
 * </ol>
 * The phrase is reduced to a name: an unnamed group from {@link UnnamedSources} ({@code unnamed experts});
 * else the last single-quoted name in it ({@code ‘샘 올트먼(Samuel Harris Altman)’} → {@code 샘 올트먼});
 * else, with titles ({@code 대통령, 장관, 최고경영자, 쪽, 측} …) removed, the last run of proper-noun words
 * of a person (a title was removed: {@code 김민수 국토교통부 장관} → {@code 김민수}); without a title, an
 * organisation or medium: the head word with the proper nouns before it, report nouns ({@code 보도, 발표,
 * 등}) removed ({@code 영국 공영방송 BBC} → {@code BBC}, {@code 일본 마이니치 신문의 보도} → {@code 마이니치 신문},
 * {@code 일본 정부} → {@code 일본 정부}: a country stays before a state body only). Parenthetical glosses
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
    /** Nouns that name a kind of report rather than its source: {@code X의 보도에 따르면} → X. */
    static final Set<String> GENERIC_SOURCES = Set.of("보도", "발표", "조사", "자료", "집계", "분석", "설명", "통계",
            "보고서", "연구", "조사결과", "기사", "등", "인터넷판", "온라인판", "트위터", "홈페이지");
    /** Heads that keep the country before them: {@code 일본 정부}, {@code 미국 국무부}. */
    static final Set<String> STATE_BODIES = Set.of("정부", "당국", "외교부", "국방부", "국무부", "재무부", "상무부",
            "의회", "국회", "법원", "검찰", "경찰", "군", "대사관", "중앙은행", "대통령실", "백악관", "총리실");
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
        int verb = attributionVerb(cues);
        int subject = -1;
        if (verb >= 0) {
            int boundary = reportBoundary(s, verb);
            if (boundary >= 0) {
                subject = subjectChunk(s, SUBJECT_PARTICLES, s.m(boundary).chunk() + 1, s.m(verb).chunk());
            }
        }
        if (subject < 0) {
            subject = subjectChunk(s, TOPIC_PARTICLES, 0, s.chunks().size());
        }
        if (subject < 0) {
            subject = subjectChunk(s, SUBJECT_PARTICLES, 0, s.chunks().size());
        }
        if (subject < 0) {
            return null;
        }
        return resolve(s, phraseBefore(s, subject));
    }

    private static final Set<String> TOPIC_PARTICLES = Set.of("은", "는");
    private static final Set<String> SUBJECT_PARTICLES = Set.of("은", "는", "이", "가", "께서", "도");

    /** The last attribution verb: the main one ({@code …발표했다고 인디펜던트가 보도했다} → 보도했다). */
    private static int attributionVerb(List<Cue> cues) {
        int verb = -1;
        for (Cue c : cues) {
            if (c.feature() == Feature.ATTRIBUTION) {
                verb = Math.max(verb, c.index());
            }
        }
        return verb;
    }

    /**
     * The end of the reported content before an attribution verb: the last quotative ending
     * ({@code ~다고/라고}) or {@code 것으로} before it; -1 when there is none. The subject between this
     * boundary and the verb is the speaker ({@code …했다고 경찰은 밝혔다}, {@code …걸릴 것으로 행안부는 예상했다}).
     */
    private static int reportBoundary(AnalyzedSentence s, int verb) {
        int boundary = -1;
        for (int i = 0; i < verb; i++) {
            if (ReportingCues.isReportBoundary(s, i)) {
                boundary = i;
            }
        }
        return boundary;
    }

    /**
     * The first chunk in {@code [from, to)} outside quotation marks that ends in one of the particles after
     * a noun or a name; a bound noun ({@code 것은}, {@code 수가}) is no subject.
     */
    private static int subjectChunk(AnalyzedSentence s, Set<String> particles, int from, int to) {
        for (int c = Math.max(0, from); c < Math.min(to, s.chunks().size()); c++) {
            Chunk ch = s.chunks().get(c);
            if (ch.isEmpty()) {
                continue;
            }
            int last = lastNonPunct(s, ch);
            if (last < 0 || last <= ch.first()) {
                continue;
            }
            Morpheme m = s.m(last);
            if (m.quoted() || m.tag() != POS.Tag.J || !particles.contains(m.form())) {
                continue;
            }
            int head = last - 1;
            while (head > ch.first() && (s.m(head).tag() == POS.Tag.J || s.m(head).isPunctuation())) {
                head--;
            }
            Morpheme h = s.m(head);
            boolean noun = (h.isNoun() || h.named() || h.tag() == POS.Tag.XSN || h.isPunctuation() && h.named())
                    && !h.quoted() && h.tag() != POS.Tag.NNB;
            boolean boundNoun = h.tag() == POS.Tag.NNB && !TITLES.contains(h.form());
            if (noun || (h.tag() == POS.Tag.NNB && !boundNoun)) {
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
            boolean genitiveOfGeneric = m.is(POS.Tag.J, "의") && out.size() == 1
                    && GENERIC_SOURCES.contains(headWord(s, out.get(0)));
            if (!noun && !genitiveOfGeneric) {
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
            while (last >= ch.first() && (s.m(last).tag() == POS.Tag.J || s.m(last).isPunctuation()
                    && !s.m(last).named())) {
                last--;
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
        boolean titled = false;
        while (end > 1 && (TITLES.contains(words.get(end - 1)) || GENERIC_SOURCES.contains(words.get(end - 1)))) {
            titled |= TITLES.contains(words.get(end - 1));
            end--;
        }
        if (!titled) {
            // an organisation or medium: its head word with the proper nouns before it, countries left out
            int from = end - 1;
            while (from > 0 && proper.get(from - 1) && !UnnamedSources.COUNTRIES.containsKey(words.get(from - 1))) {
                from--;
            }
            if (from == end - 1 && from > 0 && UnnamedSources.COUNTRIES.containsKey(words.get(from - 1))
                    && STATE_BODIES.contains(words.get(end - 1))) {
                from--; // 일본 정부, but 교도통신 for 일본 교도통신
            }
            return new Speaker(String.join(" ", words.subList(from, end)), false);
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

    /** The first noun of a chunk ({@code 보도에} → {@code 보도}). */
    private static String headWord(AnalyzedSentence s, int chunk) {
        Chunk ch = s.chunks().get(chunk);
        return ch.isEmpty() ? "" : s.m(ch.first()).form();
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
