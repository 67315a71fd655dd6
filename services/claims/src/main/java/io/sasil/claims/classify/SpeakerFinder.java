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

    /**
     * A speaker, or a pronoun that stands for an earlier speaker.
     *
     * @param name    the speaker as reported; null for a pronoun
     * @param pronoun whether the subject was a pronoun ({@code 그는})
     * @param person  whether the phrase named a person by a title ({@code … 대변인은}); {@code name} is then
     *                the person's name as written, perhaps only a surname or family name ({@code 김 청장} →
     *                {@code 김}), or the title alone when no name was written
     * @param title   the title written with a person's name ({@code 대변인}), or null
     */
    record Speaker(String name, boolean pronoun, boolean person, String title) {
        Speaker(String name, boolean pronoun) {
            this(name, pronoun, false, null);
        }
    }

    static final Set<String> TITLES = Set.of("대통령", "전 대통령", "장관", "차관", "총리", "대표", "최고경영자", "CEO",
            "의원", "위원장", "회장", "부회장", "사장", "총재", "교수", "대변인", "씨", "측", "쪽", "청장", "시장", "지사",
            "국무장관", "부총리", "원장", "소장", "단장", "연구원", "기자", "박사", "이사", "이사장", "본부장", "실장",
            "국장", "감독", "선수", "대사", "주석", "총통", "서기장", "부장", "당선인", "후보", "의장", "창업자", "설립자",
            "대통령실", "관계자들");
    /**
     * Title words that end a longer title word ({@code 국가안보보좌관}, {@code 서울항공청장}, {@code 수석대변인}); a
     * phrase ending in a title names a person.
     */
    static final Set<String> TITLE_SUFFIXES = Set.of("대통령", "총리", "장관", "차관", "대변인", "보좌관", "비서관", "조정관",
            "의원", "청장", "총장", "회장", "사장", "위원장", "원장", "지사", "총재", "교수", "기자", "감독", "대사", "주석",
            "지도자", "대표", "수석", "부총리", "재판장", "판사", "검사", "변호사", "국장", "실장", "단장", "소장", "부장",
            "이사장", "본부장", "특파원", "앵커", "주지사", "선임");
    /** Titles that name a side rather than a person: {@code ‘딥시크’ 쪽은} → 딥시크. */
    private static final Set<String> SIDES = Set.of("측", "쪽", "대통령실", "관계자들");
    /** Endings of an organisation's name ({@code 한국은행}, {@code 기획재정부}): such a word is not a person's name. */
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("은행", "센터", "공단", "공사", "대학", "대학교", "그룹",
            "전자", "통신", "일보", "신문", "방송", "재단", "협회", "연구소", "연구원", "위원회", "법원", "정부", "당국",
            "백악관", "청와대", "의회", "학회", "기업", "민주당", "국민의힘", "공화당", "노동당");

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
        boolean weak = attribution < 0;
        if (weak && !speechAct(s)) {
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
            subject = subjectBeforeAdverb(s);
        }
        if (subject < 0) {
            return null;
        }
        List<Integer> phrase = phraseBefore(s, subject);
        if (weak && !plausible(s, phrase)) {
            return null;
        }
        return resolve(s, phrase);
    }

    /** Nouns of a speech act, with 하다 or as the object of 하다/내놓다/표하다: {@code 발언을 했다}, {@code 답했다}. */
    static final Set<String> SPEECH_ACT_NOUNS = Set.of("발언", "논평", "답", "대답", "반발", "비판", "촉구", "요구",
            "주장", "강조", "지적", "경고", "우려", "언급", "답변", "성명", "비난", "반박", "해명", "호소", "당부");
    /** Verbs of a speech act: {@code 알렸다} (not {@code 알려졌다}), {@code 꼽았다}, {@code 봤다} after {@code ~다고}. */
    static final Set<String> SPEECH_ACT_VERBS = Set.of("알리", "묻", "되묻", "외치", "비꼬", "말하", "밝히", "전하",
            "덧붙이", "답하");
    /** Adverbs that may stand between a subject and its predicate in place of a particle: {@code 의원들 또한}. */
    private static final Set<String> SUBJECT_ADVERBS = Set.of("또한", "역시", "마저", "조차");

    /**
     * Whether the writer reports a speech act outside quotation marks: a speech-act noun used with a verb
     * ({@code 발언을 했다}, {@code 답했다}, {@code 우려를 표했다}) or a speech-act verb ({@code 알렸다}).
     */
    static boolean speechAct(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            if (m.quoted()) {
                continue;
            }
            if (m.tag() == POS.Tag.VV && SPEECH_ACT_VERBS.contains(m.form()) && !ReportingCues.passive(s, i)) {
                return true;
            }
            if (m.tag() == POS.Tag.E && (m.form().endsWith("다고") || m.form().endsWith("라고"))
                    && s.at(i + 1) != null && s.m(i + 1).tag() == POS.Tag.VV
                    && (s.m(i + 1).form().equals("보") || s.m(i + 1).form().equals("하"))) {
                return true;
            }
            if ((m.form().equals("게시") || m.form().equals("공격") || m.form().equals("발표"))
                    && m.tag() == POS.Tag.NNG && s.at(i + 1) != null && s.m(i + 1).tag() == POS.Tag.XSV) {
                return true;
            }
            if (m.tag() == POS.Tag.NNG && SPEECH_ACT_NOUNS.contains(m.form()) && s.at(i + 1) != null) {
                Morpheme next = s.m(i + 1);
                if (next.tag() == POS.Tag.XSV) {
                    return true;
                }
                Morpheme verb = s.at(i + 2);
                if ((next.form().equals("을") || next.form().equals("를") || next.form().equals("도")) && verb != null
                        && (verb.is(POS.Tag.VV, "하") || verb.is(POS.Tag.VV, "내놓") || verb.is(POS.Tag.VV, "표하")
                        || verb.is(POS.Tag.VV, "밝히") || verb.is(POS.Tag.VV, "보이"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a subject phrase can be a speaker: it holds a proper noun or a Latin name, a title, an unnamed
     * group, an organisation's name or a pronoun.
     */
    static boolean plausible(AnalyzedSentence s, List<Integer> phrase) {
        List<String> words = new ArrayList<>();
        for (int c : phrase) {
            Chunk ch = s.chunks().get(c);
            for (int i = ch.first(); i >= 0 && i <= ch.last(); i++) {
                Morpheme m = s.m(i);
                if (m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL || m.named()
                        || m.tag() == POS.Tag.NP && PRONOUNS.contains(m.form())) {
                    return true;
                }
            }
            String w = clean(s.chunkText(c));
            int k = w.length();
            while (k > 0 && !Character.isLetterOrDigit(w.charAt(k - 1))) {
                k--;
            }
            words.add(w);
        }
        List<String> stems = new ArrayList<>();
        for (int c : phrase) {
            Chunk ch = s.chunks().get(c);
            int last = ch.last();
            while (last > ch.first() && (s.m(last).tag() == POS.Tag.J || s.m(last).isPunctuation())) {
                last--;
            }
            stems.add(ch.first() < 0 ? "" : s.text().substring(s.m(ch.first()).start(), s.m(last).end()));
        }
        for (String w : stems) {
            if (title(w) || organisation(w)) {
                return true;
            }
        }
        return UnnamedSources.label(stems) != null;
    }

    /** A noun word outside quotation marks followed by {@code 또한/역시} ({@code 야당 의원들 또한 …}); -1 when none. */
    private static int subjectBeforeAdverb(AnalyzedSentence s) {
        for (int c = 0; c + 1 < s.chunks().size(); c++) {
            Chunk ch = s.chunks().get(c);
            Chunk next = s.chunks().get(c + 1);
            if (ch.isEmpty() || next.isEmpty() || s.m(ch.last()).quoted()) {
                continue;
            }
            Morpheme last = s.m(ch.last());
            if ((last.isNoun() || last.tag() == POS.Tag.XSN) && SUBJECT_ADVERBS.contains(s.m(next.first()).form())) {
                return c;
            }
        }
        return -1;
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
        List<Boolean> nameLike = new ArrayList<>();
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
            boolean someProper = false;
            boolean common = false;
            for (int i = ch.first(); i <= last; i++) {
                Morpheme m = s.m(i);
                if (m.isPunctuation() || inParenthesis(raw, m, ch)) {
                    continue;
                }
                boolean p = m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SH;
                allProper &= p;
                someProper |= p;
                common |= m.tag() == POS.Tag.NNG || m.isPredicate() || m.tag() == POS.Tag.SN;
            }
            words.add(word);
            proper.add(allProper);
            nameLike.add(someProper && !common && !UnnamedSources.COUNTRIES.containsKey(word) && !organisation(word)
                    && !title(word));
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
        boolean side = false;
        while (end > 1 && (title(words.get(end - 1)) || GENERIC_SOURCES.contains(words.get(end - 1)))) {
            titled |= title(words.get(end - 1));
            side |= SIDES.contains(words.get(end - 1));
            end--;
        }
        if (titled && !side) {
            return person(words, nameLike, end);
        }
        if (!titled && words.size() == 1 && title(words.get(0)) && !SIDES.contains(words.get(0))) {
            return new Speaker(words.get(0), false, true, words.get(0));
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

    /**
     * The person a titled phrase names: its first run of name words (proper nouns, not a country, an
     * organisation or a title), at most two words when the run is longer ({@code 사나 마린 핀란드 총리} →
     * {@code 사나 마린}); with no name word, the title alone, for the caller to resolve.
     */
    private static Speaker person(List<String> words, List<Boolean> nameLike, int end) {
        String titles = String.join(" ", words.stream().filter(SpeakerFinder::title).toList());
        int from = 0;
        while (from < end && !nameLike.get(from)) {
            from++;
        }
        if (from == end) {
            if (end == 1 && words.size() > 1 && !title(words.get(0)) && !organisation(words.get(0))
                    && !UnnamedSources.COUNTRIES.containsKey(words.get(0))) {
                return new Speaker(words.get(0), false, true, titles);
            }
            int k = 0;
            while (k < end && (UnnamedSources.COUNTRIES.containsKey(words.get(k)) || organisation(words.get(k)))) {
                k++;
            }
            if (k < end) {
                int to = Math.min(end, k + 2);
                return new Speaker(String.join(" ", words.subList(k, to)), false, true, titles);
            }
            return new Speaker(words.get(words.size() - 1), false, true, titles);
        }
        int to = from;
        while (to < end && nameLike.get(to)) {
            to++;
        }
        if (to - from >= 3) {
            to = from + 2;
        }
        return new Speaker(String.join(" ", words.subList(from, to)), false, true, titles);
    }

    /**
     * The people a sentence names with a title outside quotation marks ({@code 도널드 트럼프 미국 대통령이 …}),
     * whether or not they speak in it: what a later {@code 트럼프 대통령은} or {@code 그는} may refer to.
     */
    static List<Speaker> people(AnalyzedSentence s) {
        List<Speaker> out = new ArrayList<>();
        for (int c = 0; c < s.chunks().size(); c++) {
            Chunk ch = s.chunks().get(c);
            if (ch.isEmpty() || s.m(ch.first()).quoted()) {
                continue;
            }
            int last = ch.last();
            while (last > ch.first() && (s.m(last).tag() == POS.Tag.J || s.m(last).isPunctuation())) {
                last--;
            }
            String stem = s.text().substring(s.m(ch.first()).start(), s.m(last).end());
            if (!title(stem) || SIDES.contains(stem) || c == 0) {
                continue;
            }
            Speaker sp = resolve(s, phraseBefore(s, c));
            if (sp != null && sp.person() && sp.name() != null && !title(sp.name())
                    && (sp.name().contains(" ") || sp.name().codePointCount(0, sp.name().length()) >= 2)) {
                out.add(sp);
            }
        }
        return out;
    }

    /** Whether a word is a title or ends in one ({@code 대변인}, {@code 수석대변인}). */
    static boolean title(String word) {
        if (TITLES.contains(word)) {
            return true;
        }
        for (String t : TITLE_SUFFIXES) {
            if (word.endsWith(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean organisation(String word) {
        for (String e : ORGANISATION_ENDINGS) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        // a body's name ending in 청, 부, 처 (소방방재청, 재판부), or of four syllables or more in 원, 회, 당, 단;
        // a person's name rarely has either shape (박지원 keeps three syllables)
        int n = word.codePointCount(0, word.length());
        return n >= 3 && word.matches(".*[가-힣]{2}[청부처]") || n >= 4 && word.matches(".*[가-힣]{3}[원회당단]");
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
