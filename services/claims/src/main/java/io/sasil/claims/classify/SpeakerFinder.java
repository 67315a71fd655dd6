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
 *
 * <p>docs/claims.md (Speaker) lists every rule with an example: the reporting verb's subject over
 * {@code X에 따르면}, the subject nearest before a quotation, subjects that are not speakers (demonstratives,
 * topics after another particle, subjects of an embedded clause), speech acts and what is not one (negated,
 * passive, definitional), unnamed and indefinite groups, report owners and parent bodies.
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
            "대통령실", "관계자들", "교장", "교감");
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
    /**
     * Nouns that say what kind of body a name is, written before the name in apposition ({@code 싱크탱크
     * 미래경제연구소}, {@code 공영방송 BBC}): a description, not part of the name.
     */
    static final Set<String> DESCRIPTORS = Set.of("싱크탱크", "공영방송", "방송사", "통신사", "신문사", "일간지", "주간지",
            "매체", "단체", "무장단체", "시민단체", "연구기관", "기관", "스타트업", "자회사", "계열사", "정당", "야당", "여당");
    /** Demonstratives: a subject that points back at a thing or a fact ({@code 이는}, {@code 이것은}) is no speaker. */
    private static final Set<String> DEMONSTRATIVES = Set.of("이", "이것", "그것", "저것", "이곳", "그곳", "여기", "거기",
            "이번", "이때", "그때", "이거", "그거", "저거");
    /** Words that begin a public body's name when written apart: {@code 국립 기상청}, {@code 왕립 학회}. */
    private static final Set<String> NAME_PREFIXES = Set.of("국립", "왕립", "시립", "도립", "구립", "공립", "사립", "국영",
            "주립", "연방");
    /** Words that count a part of a group rather than name it: {@code 일부 의원들}. */
    private static final Set<String> QUANTIFIERS = Set.of("일부", "다수", "상당수", "대부분", "모든", "여러");
    private static final Set<String> PRONOUNS = Set.of("그", "그녀", "그들", "이들", "그분");
    private static final int MAX_WORDS = 6;

    private SpeakerFinder() {
    }

    static Speaker find(AnalyzedSentence s, List<Cue> all) {
        List<Cue> cues = all.stream().filter(c -> c.feature() != Feature.ATTRIBUTION
                || !negated(s, c.index()) && !definition(s, c.index())).toList();
        int source = -1;
        int attribution = -1;
        for (Cue c : cues) {
            if (c.feature() == Feature.SOURCE && source < 0) {
                source = c.index();
            } else if ((c.feature() == Feature.ATTRIBUTION || c.feature() == Feature.DIRECT_QUOTE) && attribution < 0) {
                attribution = c.index();
            }
        }
        int verb = attributionVerb(cues);
        if (source > 0) {
            if (verb > source) {
                // X에 따르면 … 했다고 Y는 전했다: Y reports what X said
                int boundary = reportBoundary(s, verb);
                if (boundary > source) {
                    int subject = subjectChunk(s, SUBJECT_PARTICLES, s.m(boundary).chunk() + 1, s.m(verb).chunk());
                    Speaker sp = subject < 0 ? null : resolve(s, phraseBefore(s, subject));
                    if (sp != null) {
                        return sp;
                    }
                }
            }
            int particle = source - 1;
            List<Integer> phrase = phraseBefore(s, s.m(particle).chunk());
            Speaker sp = ownedDocument(s, phrase);
            if (sp == null) {
                sp = resolve(s, phrase);
            }
            if (sp != null) {
                return sp;
            }
        }
        boolean weak = attribution < 0;
        if (weak) {
            List<String> owners = quotationOwners(s);
            if (!owners.isEmpty()) {
                return new Speaker(String.join(", ", owners), false);
            }
        }
        if (weak && !speechAct(s)) {
            return null;
        }
        int subject = -1;
        int boundary = reportBoundary(s, verb >= 0 ? verb : s.size());
        if (boundary >= 0 && verb >= 0) {
            subject = subjectChunk(s, SUBJECT_PARTICLES, s.m(boundary).chunk() + 1, s.m(verb).chunk());
        }
        if (subject < 0 && boundary >= 0) {
            int quote = quotationStart(s, boundary);
            if (quote > 0) {
                // A는 …했지만 B는 “…”라고 밝혔다: the subject nearest before the quotation
                subject = lastSubjectChunk(s, TOPIC_PARTICLES, quote);
                if (subject < 0) {
                    subject = lastSubjectChunk(s, SUBJECT_PARTICLES, quote);
                }
            }
        }
        boolean inContent = false;
        if (subject < 0 && boundary < 0 && verb >= 0) {
            // 김 의원이 입장을 밝혔지만, 회의는 …: the subject before the verb of speech
            subject = subjectChunk(s, TOPIC_PARTICLES, 0, s.m(verb).chunk());
            if (subject < 0) {
                subject = subjectChunk(s, SUBJECT_PARTICLES, 0, s.m(verb).chunk());
            }
        }
        if (subject < 0) {
            subject = subjectChunk(s, TOPIC_PARTICLES, 0, s.chunks().size());
            inContent = boundary >= 0 && subject >= 0;
        }
        if (subject < 0) {
            subject = subjectChunk(s, SUBJECT_PARTICLES, 0, s.chunks().size());
            inContent = boundary >= 0 && subject >= 0;
        }
        if (subject < 0) {
            subject = subjectBeforeAdverb(s);
        }
        if (subject < 0) {
            return null;
        }
        List<Integer> phrase = phraseBefore(s, subject);
        if (inContent && subject <= s.m(boundary).chunk() && (!plausible(s, phrase)
                && (clauseBefore(s, subject) || !topic(s, subject)
                || otherSubjectAfterClause(s, subject, s.m(boundary).chunk()))
                || clauseBefore(s, subject) && clauseEnds(s, subject + 1, s.m(boundary).chunk()))) {
            // …있지만, 헬기는 …한다고 덧붙였다: a subject of the reported content, after a clause of it
            return null;
        }
        if (weak && !plausible(s, phrase)) {
            return null;
        }
        return resolve(s, phrase);
    }

    /**
     * The first word of the quotation that ends right before the report boundary ({@code B는 “…”라고}), or
     * -1 when the reported content is not quoted.
     */
    private static int quotationStart(AnalyzedSentence s, int boundary) {
        int i = boundary - 1;
        if (i >= 0 && s.m(i).tag() == POS.Tag.VCP) {
            i--;
        }
        if (i < 0 || !s.m(i).isPunctuation()) {
            return -1;
        }
        String text = s.text();
        int close = -1;
        for (int k = s.m(i).end() - 1; k >= s.m(i).start() && close < 0; k--) {
            if (CLOSING.indexOf(text.charAt(k)) >= 0) {
                close = k;
            }
        }
        if (close < 0) {
            return -1;
        }
        char opening = OPENING.charAt(CLOSING.indexOf(text.charAt(close)));
        int open = text.lastIndexOf(opening, close - 1);
        if (open < 0) {
            return -1;
        }
        for (int c = 0; c < s.chunks().size(); c++) {
            Chunk ch = s.chunks().get(c);
            if (open >= ch.start() && open < ch.end()) {
                return c;
            }
        }
        return -1;
    }

    private static final String CLOSING = "”’\"'」』";
    private static final String OPENING = "“‘\"'「『";

    /** The last chunk before {@code to} outside quotation marks that is a subject, as {@link #subjectChunk}. */
    private static int lastSubjectChunk(AnalyzedSentence s, Set<String> particles, int to) {
        int found = -1;
        for (int c = subjectChunk(s, particles, 0, to); c >= 0; c = subjectChunk(s, particles, c + 1, to)) {
            found = c;
        }
        return found;
    }

    /** Whether another clause with its own subject follows the subject before {@code to}: {@code 장비는 …지만, 부품은}. */
    private static boolean otherSubjectAfterClause(AnalyzedSentence s, int subject, int to) {
        int other = subjectChunk(s, SUBJECT_PARTICLES, subject + 1, to);
        return other >= 0 && clauseBefore(s, other);
    }

    /** Whether the subject word ends in the topic particle {@code 은/는}. */
    private static boolean topic(AnalyzedSentence s, int chunk) {
        Chunk ch = s.chunks().get(chunk);
        int last = lastNonPunct(s, ch);
        return last >= 0 && (TOPIC_PARTICLES.contains(s.m(last).form()) && s.m(last).tag() == POS.Tag.J
                || misparsedTopic(s, ch, last));
    }

    /**
     * Whether a clause ends before the word: a predicate outside quotation marks with a connective or
     * nominal ending ({@code 있지만}, {@code 개혁하여}, {@code 있었기}), not an adnominal one
     * ({@code 조사한 경찰은}).
     */
    private static boolean clauseBefore(AnalyzedSentence s, int chunk) {
        return clauseEnds(s, 0, chunk);
    }

    /** Whether a clause ends in the words {@code [from, to)}, as {@link #clauseBefore}. */
    private static boolean clauseEnds(AnalyzedSentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        int start = Math.max(1, s.chunks().get(from).first());
        int first = to < s.chunks().size() ? s.chunks().get(to).first() : s.size();
        for (int i = start; i < first; i++) {
            Morpheme m = s.m(i);
            if (m.quoted() || m.tag() != POS.Tag.E || !s.m(i - 1).isPredicate() && s.m(i - 1).tag() != POS.Tag.E) {
                continue;
            }
            if (s.m(i - 1).tag() == POS.Tag.VV && POSTPOSITIONAL_VERBS.contains(s.m(i - 1).form())) {
                continue; // 이에 반해, 이와 더불어, 회의를 통해: a verb used as a postposition, not a clause
            }
            int j = i + 1;
            while (s.at(j) != null && s.m(j).chunk() == m.chunk() && s.m(j).tag() == POS.Tag.J) {
                j++; // 대해서는, 하고도
            }
            Morpheme next = s.at(j);
            boolean endOfWord = next == null || next.chunk() != m.chunk() || next.isPunctuation();
            if (endOfWord && !ADNOMINAL.contains(m.form())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that, with {@code -아/어}, work as postpositions: {@code 이에 반해}, {@code 이에 따라}, {@code 회의를 통해}. */
    private static final Set<String> POSTPOSITIONAL_VERBS = Set.of("반하", "더불", "따르", "대하", "관하", "비하", "위하",
            "통하", "의하", "향하", "걸치", "이르", "비롯하", "불구하", "덧붙이");
    private static final Set<String> ADNOMINAL = Set.of("ᆫ", "ᆯ", "은", "는", "을", "던", "ㄴ", "ㄹ", "다는", "라는",
            "이라는", "ᆫ다는", "는다는");

    /**
     * The document cited by {@code X의 비행 계획에 따르면}: when the source phrase holds only common nouns and an
     * owner with {@code 의} stands before it, the owner with the document ({@code LG전자의 비행 계획}); else null.
     */
    private static Speaker ownedDocument(AnalyzedSentence s, List<Integer> phrase) {
        int first = phrase.get(0);
        if (first == 0) {
            return null;
        }
        for (int c : phrase) {
            Chunk ch = s.chunks().get(c);
            for (int i = ch.first(); i >= 0 && i <= ch.last(); i++) {
                Morpheme m = s.m(i);
                if (m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL || m.named()) {
                    return null;
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (int c : phrase) {
            words.add(stem(s, s.chunks().get(c), lastNonParticle(s, s.chunks().get(c))));
        }
        String head = words.get(words.size() - 1);
        if (GENERIC_SOURCES.contains(head) || organisation(head) || title(head) || UnnamedSources.label(words) != null) {
            return null;
        }
        Chunk owner = s.chunks().get(first - 1);
        int last = lastNonPunct(s, owner);
        if (last <= owner.first() || !s.m(last).is(POS.Tag.J, "의") || s.m(last).quoted()) {
            return null;
        }
        String name = stem(s, owner, last - 1);
        boolean named = false;
        for (int i = owner.first(); i < last; i++) {
            named |= s.m(i).tag() == POS.Tag.NNP || s.m(i).tag() == POS.Tag.SL || s.m(i).named();
        }
        if (!named && !organisation(name)) {
            return null;
        }
        return new Speaker(name + "의 " + String.join(" ", words), false);
    }

    private static int lastNonParticle(AnalyzedSentence s, Chunk ch) {
        int last = ch.last();
        while (last > ch.first() && (s.m(last).tag() == POS.Tag.J || s.m(last).isPunctuation())) {
            last--;
        }
        return last;
    }

    /**
     * Whether the sentence goes on with what someone said, in the writer's {@code ~다는/라는 것이다} ("the point
     * being that …"): {@code 주말에도 문을 연다는 것이다}, {@code …있다는 겁니다}.
     */
    static boolean reportedContinuation(AnalyzedSentence s) {
        int last = s.lastContentIndex();
        for (int i = Math.max(1, last - 4); i <= last; i++) {
            Morpheme m = s.m(i);
            if (!m.quoted() && m.tag() == POS.Tag.NNB && (m.form().equals("것") || m.form().equals("거"))
                    && s.m(i - 1).tag() == POS.Tag.E && (s.m(i - 1).form().endsWith("다는")
                    || s.m(i - 1).form().endsWith("라는")) && s.at(i + 1) != null
                    && s.m(i + 1).tag() == POS.Tag.VCP) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence ends on {@code X에 따르면}, its content following in the next sentence. */
    static boolean endsOnSource(AnalyzedSentence s, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.feature() == Feature.SOURCE) {
                for (int i = c.index() + 2; i < s.size(); i++) {
                    if (s.m(i).tag() != POS.Tag.J && s.m(i).tag() != POS.Tag.E && !s.m(i).isPunctuation()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Nouns of a speech act, with 하다 or as the object of 하다/내놓다/표하다: {@code 발언을 했다}, {@code 답했다}. */
    static final Set<String> SPEECH_ACT_NOUNS = Set.of("발언", "논평", "답", "대답", "반발", "비판", "촉구", "요구",
            "주장", "강조", "지적", "경고", "우려", "언급", "답변", "성명", "비난", "반박", "해명", "호소", "당부", "요청",
            "전망", "예측", "입장", "의견");
    /** Nouns that a quotation names as speech: {@code “…”이라는 표현을 썼다}, {@code ‘…’라는 메시지를 냈다}. */
    static final Set<String> QUOTED_SPEECH_NOUNS = Set.of("표현", "말", "발언", "메시지", "입장", "논평", "글", "주장",
            "경고", "답", "답변");
    /** Verbs of a speech act: {@code 알렸다} (not {@code 알려졌다}), {@code 꼽았다}, {@code 봤다} after {@code ~다고}. */
    static final Set<String> SPEECH_ACT_VERBS = Set.of("알리", "묻", "되묻", "외치", "비꼬", "말하", "밝히", "전하",
            "덧붙이", "답하", "짚");
    /** Adverbs that may stand between a subject and its predicate in place of a particle: {@code 의원들 또한}. */
    private static final Set<String> SUBJECT_ADVERBS = Set.of("또한", "역시", "마저", "조차");

    /**
     * Whether the writer reports a speech act outside quotation marks: a speech-act noun used with a verb
     * ({@code 발언을 했다}, {@code 답했다}, {@code 우려를 표했다}) or a speech-act verb ({@code 알렸다}).
     */
    static boolean speechAct(AnalyzedSentence s) {
        return speechAct(s, true);
    }

    /**
     * Whether the sentence reports a speech act whose speaker it leaves out, to be taken from the sentence
     * before ({@code …같다고 답했다}): {@link #speechAct} without {@code 알리다}, whose subject is as often a thing
     * that shows something ({@code 새겨진 글씨가 연도를 알려준다}).
     */
    static boolean speechActWithoutSubject(AnalyzedSentence s) {
        return speechAct(s, false) || reportsSaying(s);
    }

    /**
     * Whether the sentence reports speech: direct speech, a verb of speech that is neither negated nor a
     * definition ({@code …을 말한다}), or {@link #speechActWithoutSubject}.
     */
    static boolean reportsSpeech(AnalyzedSentence s, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.feature() == Feature.DIRECT_QUOTE || c.feature() == Feature.ATTRIBUTION && !negated(s, c.index())
                    && !definition(s, c.index())) {
                return true;
            }
        }
        return speechActWithoutSubject(s);
    }

    private static boolean speechAct(AnalyzedSentence s, boolean inform) {
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            if (m.quoted()) {
                continue;
            }
            if (m.tag() == POS.Tag.VV && SPEECH_ACT_VERBS.contains(m.form()) && !ReportingCues.passive(s, i)
                    && !negated(s, i) && !definition(s, i) && (inform || !m.form().equals("알리"))) {
                return true;
            }
            if (quotedSaying(s, i)) {
                return true;
            }
            if (m.tag() == POS.Tag.E && (m.form().endsWith("라는") || m.form().endsWith("다는")) && afterQuotation(s, i)
                    && s.at(i + 1) != null && QUOTED_SPEECH_NOUNS.contains(s.m(i + 1).form())) {
                return true;
            }
            if ((m.form().equals("게시") || m.form().equals("공격") || m.form().equals("발표"))
                    && m.tag() == POS.Tag.NNG && s.at(i + 1) != null && s.m(i + 1).tag() == POS.Tag.XSV) {
                return true;
            }
            if (m.tag() == POS.Tag.NNG && SPEECH_ACT_NOUNS.contains(m.form()) && s.at(i + 1) != null) {
                Morpheme next = s.m(i + 1);
                if (next.is(POS.Tag.XSV, "하")) {
                    return !negated(s, i); // 우려했다, not 우려된다
                }
                Morpheme verb = s.at(i + 2);
                if ((next.form().equals("을") || next.form().equals("를") || next.form().equals("도")) && verb != null
                        && (verb.is(POS.Tag.VV, "하") || verb.is(POS.Tag.VV, "내놓") || verb.is(POS.Tag.VV, "표하")
                        || verb.is(POS.Tag.VV, "밝히") || verb.is(POS.Tag.VV, "보이") || verb.is(POS.Tag.VV, "내"))
                        && !negated(s, i + 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence reports what someone said or judged by a quotative and a verb of saying outside
     * quotation marks: {@code …무효라고 봤다}, {@code …있었다고 했다}, {@code ‘영웅’이라고 불렀다}.
     */
    static boolean reportsSaying(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.m(i).quoted() && quotedSaying(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quotedSaying(AnalyzedSentence s, int i) {
        Morpheme m = s.m(i);
        boolean quotative = m.tag() == POS.Tag.E && (m.form().endsWith("다고") || m.form().endsWith("라고"))
                || quotativeParticle(s, i) && m.form().endsWith("라고");
        return quotative && s.at(i + 1) != null && s.m(i + 1).chunk() != m.chunk() && sayingVerb(s, i + 1);
    }

    /**
     * Whether the word at morpheme {@code i} says or judges what the quotative ending before it reports:
     * {@code 하다}, {@code 보다} ({@code 무효라고 봤다}), {@code 부르다} ({@code ‘영웅’이라고 불렀다}), read from the
     * written word, since Nori may read {@code 하였다} as another verb.
     */
    private static boolean sayingVerb(AnalyzedSentence s, int i) {
        Morpheme m = s.m(i);
        if (m.tag() == POS.Tag.VV && m.form().equals("부르")) {
            return true;
        }
        if (m.tag() != POS.Tag.VV && m.tag() != POS.Tag.VX) {
            return false;
        }
        String w = s.chunkText(m.chunk());
        return w.startsWith("하") || w.startsWith("했") || w.startsWith("보") || w.startsWith("봤") || w.startsWith("봐");
    }

    /** Whether a quotation mark closes right before the ending at {@code i} (or its copula {@code 이}). */
    private static boolean afterQuotation(AnalyzedSentence s, int i) {
        int at = s.m(i).start();
        Morpheme prev = s.at(i - 1);
        if (prev != null && prev.tag() == POS.Tag.VCP) {
            at = Math.min(at, prev.start());
        }
        while (at > 0 && s.text().charAt(at - 1) == ' ') {
            at--;
        }
        return at > 0 && "’'”\"」』".indexOf(s.text().charAt(at - 1)) >= 0;
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
            String stem = ch.first() < 0 ? "" : s.text().substring(s.m(ch.first()).start(), s.m(last).end());
            if (misparsedVerbTopic(s, ch) || last >= 0 && misparsedTopic(s, ch, last)) {
                stem = stem.substring(0, stem.length() - 1);
            }
            stems.add(stem);
        }
        for (String w : stems) {
            String singular = w.endsWith("들") ? w.substring(0, w.length() - 1) : w;
            if (title(w) || title(singular) || organisation(w) || STATE_BODIES.contains(w)) {
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
            if (ReportingCues.isReportBoundary(s, i) || quotativeParticle(s, i)) {
                boundary = i;
            }
        }
        return boundary;
    }

    /**
     * A quotative particle right after a closing quotation mark: Nori reads {@code ’고}, {@code ”라고} and
     * {@code '이라고} as particles rather than endings.
     */
    static boolean quotativeParticle(AnalyzedSentence s, int i) {
        Morpheme m = s.m(i);
        if (m.tag() != POS.Tag.J || m.quoted() || !QUOTATIVE_PARTICLES.contains(m.form()) || i == 0) {
            return false;
        }
        if (m.form().endsWith("라고")) {
            return true; // the quotative particle itself: 7%라고
        }
        Morpheme prev = s.m(i - 1);
        return prev.isPunctuation() && (prev.form().contains("\"") || prev.form().contains("'")
                || prev.form().contains("”") || prev.form().contains("’"));
    }

    private static final Set<String> QUOTATIVE_PARTICLES = Set.of("고", "라고", "이라고", "며", "라며", "이라며", "하고");

    /**
     * Whether {@code 말하다} defines rather than reports: a present-tense {@code X는 Y를 말한다} ("X means Y").
     */
    private static boolean definition(AnalyzedSentence s, int i) {
        Morpheme m = s.m(i);
        int verb = m.is(POS.Tag.NNG, "말") && s.is(i + 1, POS.Tag.XSV, "하") ? i + 1 : m.is(POS.Tag.VV, "말하") ? i : -1;
        if (verb < 0 || i == 0 || !(s.formIs(i - 1, "을") || s.formIs(i - 1, "를"))) {
            return false;
        }
        for (int j = verb + 1; j < s.size() && s.m(j).chunk() == m.chunk(); j++) {
            if (s.m(j).tag() == POS.Tag.E && ReportingCues.isPast(s.m(j).form())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The people whose words the sentence quotes with a genitive: {@code 김구의 “…”와 안창호의 “…”라는 말} →
     * 김구, 안창호 (names or bodies only).
     */
    private static List<String> quotationOwners(AnalyzedSentence s) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < s.chunks().size(); c++) {
            Chunk ch = s.chunks().get(c);
            int last = lastNonPunct(s, ch);
            if (last <= ch.first() || s.m(last).quoted() || !s.m(last).is(POS.Tag.J, "의")) {
                continue;
            }
            Morpheme next = s.at(last + 1);
            if (next == null || !next.quoted()) {
                continue;
            }
            List<Integer> phrase = phraseBefore(s, c);
            if (!plausible(s, phrase)) {
                continue;
            }
            Speaker sp = resolve(s, phrase);
            if (sp != null && sp.name() != null && !out.contains(sp.name())) {
                out.add(sp.name());
            }
        }
        return out;
    }

    /** Whether a verb of speech is negated: {@code 입장을 밝히지 않았다}, {@code 언급하지 않았다}. */
    private static boolean negated(AnalyzedSentence s, int i) {
        int j = i + 1;
        if (s.at(j) != null && s.m(j).tag() == POS.Tag.XSV) {
            j++;
        }
        return s.at(j + 1) != null && s.m(j).is(POS.Tag.E, "지")
                && (s.m(j + 1).is(POS.Tag.VX, "않") || s.m(j + 1).is(POS.Tag.VX, "못하"));
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
            if (m.quoted()) {
                continue;
            }
            if (particles.contains("는") && misparsedVerbTopic(s, ch)) {
                return c;
            }
            boolean misparsed = particles.contains("는") && misparsedTopic(s, ch, last);
            boolean bodyAsSubject = m.is(POS.Tag.J, "에서") && particles.contains("이")
                    && body(s, ch, last - 1);
            if (!misparsed && !bodyAsSubject && (m.tag() != POS.Tag.J || !particles.contains(m.form()))) {
                continue;
            }
            int head = misparsed ? last : last - 1;
            if (!misparsed && s.m(head).tag() == POS.Tag.J && !s.m(head).form().equals("께서")
                    && !(s.m(head).form().equals("에서") && body(s, ch, head - 1))) {
                continue; // 인터뷰에서는, 발언과는, 현장에는: a topic of place, time or comparison, not a subject
            }
            while (head > ch.first() && (s.m(head).tag() == POS.Tag.J || s.m(head).isPunctuation())) {
                head--;
            }
            Morpheme h = s.m(head);
            if (h.tag() == POS.Tag.NP && DEMONSTRATIVES.contains(h.form())) {
                continue;
            }
            boolean noun = (h.isNoun() || h.named() || h.tag() == POS.Tag.XSN || h.isPunctuation() && h.named())
                    && !h.quoted() && h.tag() != POS.Tag.NNB;
            boolean boundNoun = h.tag() == POS.Tag.NNB && !TITLES.contains(h.form());
            if (noun || (h.tag() == POS.Tag.NNB && !boundNoun)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether a word's last morpheme is a noun that Nori read together with the topic particle
     * ({@code 진흥원은} → {@code 원은/NNG}, which happens to unknown names): it ends in {@code 은/는}, as the
     * word does, after at least one other morpheme.
     */
    static boolean misparsedTopic(AnalyzedSentence s, Chunk ch, int last) {
        Morpheme m = s.m(last);
        String f = m.form();
        return last > ch.first() && m.tag() == POS.Tag.NNG && f.length() >= 2 && (f.endsWith("은") || f.endsWith("는"))
                && s.text().substring(ch.start(), m.end()).endsWith(f);
    }

    /**
     * Whether Nori read a title or a body with its topic particle as a verb with an adnominal ending
     * ({@code 교감은} → {@code 교감/VV 은/E}): a word of just those two morphemes whose text without the
     * particle is a title or an organisation.
     */
    static boolean misparsedVerbTopic(AnalyzedSentence s, Chunk ch) {
        if (ch.isEmpty() || ch.last() != ch.first() + 1 || s.m(ch.first()).quoted()) {
            return false;
        }
        Morpheme v = s.m(ch.first());
        Morpheme e = s.m(ch.last());
        if (v.tag() != POS.Tag.VV || e.tag() != POS.Tag.E || !(e.form().equals("은") || e.form().equals("는"))) {
            return false;
        }
        String w = clean(s.chunkText(s.m(ch.first()).chunk()));
        if (!(w.endsWith("은") || w.endsWith("는")) || w.length() < 3) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        return title(stem) || organisation(stem);
    }

    /** The text of a word from its start to the end of morpheme {@code to}, cleaned; "" when none. */
    private static String stem(AnalyzedSentence s, Chunk ch, int to) {
        if (to < ch.first()) {
            return "";
        }
        return clean(s.text().substring(ch.start(), Math.max(ch.start(), s.m(to).end())));
    }

    /**
     * Whether the word up to morpheme {@code to} names a body that may take {@code 에서} as its subject
     * particle: an organisation ({@code 협회에서는}), a state body, an unnamed group ({@code 언론에서는}) or a
     * name that is not a country ({@code 연합뉴스에서는}).
     */
    private static boolean body(AnalyzedSentence s, Chunk ch, int to) {
        String word = stem(s, ch, to);
        if (word.isEmpty() || UnnamedSources.COUNTRIES.containsKey(word)) {
            return false;
        }
        boolean proper = true;
        for (int i = ch.first(); i <= to; i++) {
            proper &= s.m(i).tag() == POS.Tag.NNP || s.m(i).tag() == POS.Tag.SL || s.m(i).isPunctuation();
        }
        return proper || organisation(word) || STATE_BODIES.contains(word) || UnnamedSources.label(List.of(word)) != null;
    }

    private static int lastNonPunct(AnalyzedSentence s, Chunk ch) {
        for (int i = ch.last(); i >= ch.first(); i--) {
            if (!s.m(i).isPunctuation()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The chunk {@code end} and the noun-only chunks right before it, oldest first. A report noun with an
     * owner ({@code 미국무부의 인신매매 보고서}) gives the owner and the nouns before it instead.
     */
    private static List<Integer> phraseBefore(AnalyzedSentence s, int end) {
        List<Integer> out = new ArrayList<>();
        out.add(end);
        boolean report = GENERIC_SOURCES.contains(headWord(s, end));
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
            boolean noun = m.isNoun() || m.tag() == POS.Tag.XSN || m.named()
                    || UnnamedSources.COUNTRIES.containsKey(clean(s.chunkText(c))); // 우크라이나 read 우크라+이나
            boolean indefinite = m.is(POS.Tag.MM, "한") && ch.first() == last; // 한 인권 단체: an unnamed one
            boolean countryOfIndefinite = m.is(POS.Tag.J, "의") && !out.isEmpty() && s.m(s.chunks().get(out.get(0))
                    .first()).is(POS.Tag.MM, "한") && UnnamedSources.COUNTRIES.containsKey(stem(s, ch, last - 1));
            if (indefinite || countryOfIndefinite) {
                out.add(0, c);
                continue;
            }
            boolean owner = m.is(POS.Tag.J, "의") && report;
            if (!noun && !owner) {
                break;
            }
            if (owner) {
                out.clear();
                report = false;
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
            if (k == phrase.size() - 1 && (misparsedTopic(s, ch, last) || misparsedVerbTopic(s, ch))) {
                endChar = s.text().offsetByCodePoints(endChar, -1); // 진흥원은 → 진흥원
            }
            if (UnnamedSources.COUNTRIES.containsKey(clean(s.chunkText(c)))) {
                endChar = ch.end(); // 우크라이나, which Nori reads 우크라+이나
            }
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
        String unnamed = words.contains("한") ? UnnamedSources.indefinite(words) : UnnamedSources.label(words);
        if (unnamed != null && title(words.get(words.size() - 1)) && nameLike.subList(0, words.size() - 1).contains(true)) {
            unnamed = null; // 김민호 시장: a mayor, not the market
        }
        if (unnamed != null) {
            return new Speaker(unnamed, false);
        }
        if (quotedName != null && !quotedName.isEmpty()) {
            return new Speaker(quotedName, false);
        }
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && last.endsWith("들") && title(last.substring(0, last.length() - 1))
                && !SIDES.contains(last) && !QUANTIFIERS.contains(words.get(0))) {
            return new Speaker(String.join(" ", words), false); // 야당 의원들: a group, as written
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
            while (from > 0 && proper.get(from - 1) && !UnnamedSources.COUNTRIES.containsKey(words.get(from - 1))
                    && !DESCRIPTORS.contains(words.get(from - 1))) {
                from--;
            }
            if (from > 0 && NAME_PREFIXES.contains(words.get(from - 1))) {
                from--; // 국립 기상청: part of the body's name
            }
            if (organisation(words.get(end - 1))) {
                // a body inside another: 국토부 항공철도사고조사위원회, 왕립과학원 노벨 물리학상 선정위원회
                for (int k = from - 1; k >= 0; k--) {
                    if (organisation(words.get(k)) && !UnnamedSources.COUNTRIES.containsKey(words.get(k))) {
                        from = k;
                    }
                }
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
        int named = 0;
        while (named < end && !nameLike.get(named)) {
            named++;
        }
        while (named < end && nameLike.get(named)) {
            named++;
        }
        if (named > 0 && named < words.size()) {
            // the title written after the name: 사나 마린 핀란드 총리 is 총리, whatever titles come before
            titles = String.join(" ", words.subList(named, words.size()).stream().filter(SpeakerFinder::title)
                    .toList());
        }
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
        // a body's name ending in 청, 부, 처, 당 (소방방재청, 재판부, 정의당), or of four syllables or more in 원, 회, 당, 단;
        // a person's name rarely has either shape (박지원 keeps three syllables)
        int n = word.codePointCount(0, word.length());
        return n >= 3 && word.matches(".*[가-힣]{2}[청부처당]") || n >= 4 && word.matches(".*[가-힣]{3}[원회당단]");
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
