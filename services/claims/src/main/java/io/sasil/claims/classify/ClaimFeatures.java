package io.sasil.claims.classify;

import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.Units;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.ko.POS;

/**
 * The features of the check-worthiness model: a few, linguistically motivated facts about a sentence,
 * computed from what the service already finds. Every feature is binary (1 when it holds) and named
 * {@code family:value}; the families are closed, so a model never meets an open vocabulary of words.
 *
 * <ul>
 *   <li>{@code cue:<label>} — a {@link Feature} that fired ({@code cue:attribution}, {@code cue:opinion});
 *       {@code cue:<label>+fact} for a stance cue (exhortation, prediction, opinion, restatement,
 *       question, verdict, unattributed) in a sentence that also states a checkable fact, since SPEC §3
 *       keeps such a sentence a claim when the fact is its point.</li>
 *   <li>{@code stance:writer-only} — a stance cue with no checkable fact and no speaker, reported speech or
 *       hearsay in the sentence: the writer's own exhortation, prediction, opinion or verdict, which SPEC
 *       §3 calls no claim; {@code stance:final} — a stance cue in the last two words, the main predicate
 *       ({@code …해야 한다}, {@code …셈이다}); {@code cue:stance-several} — two stance cues or more.</li>
 *   <li>{@code qty:<kind>} — what {@link io.sasil.claims.quantity.QuantityParser} found: {@code money},
 *       {@code percent}, {@code count}, {@code date}, {@code duration}, {@code biographic}, {@code rank},
 *       {@code ratio}, {@code measure}, {@code number}; {@code qty:any}, {@code qty:several} (three or more).</li>
 *   <li>{@code mood:<m>} — the sentence-final ending: {@code declarative} ({@code ~다}, {@code ~습니다},
 *       {@code ~요}), {@code question}, {@code imperative} ({@code ~라/자/세요}), {@code connective}
 *       (the sentence stops on {@code ~고/며/는데}), {@code nominal} (it ends on a noun: a headline or a
 *       list), {@code none} (no Korean predicate at all).</li>
 *   <li>{@code predicate:<p>} — the final predicate: {@code verb}, {@code adjective}, {@code copula},
 *       {@code negative-copula}, {@code copula-on-것} ({@code …한 것이다}: an explanation).</li>
 *   <li>{@code register:polite} — a polite final ending ({@code ~습니다}, {@code ~요}), as in broadcast
 *       transcripts.</li>
 *   <li>{@code start:connective} — the sentence opens on a conjunctive adverb ({@code 그러나, 결국, 또한}).</li>
 *   <li>{@code adverb:stance} — an intensifying or epistemic adverb outside quotation marks
 *       ({@code 매우, 너무, 정말, 과연, 결코, 물론, 반드시, 새삼}): the writer grading or vouching.</li>
 *   <li>{@code clause:past} — a past tense anywhere outside quotation marks (an event in a subordinate
 *       clause).</li>
 *   <li>{@code tense:past}, {@code tense:future} ({@code -겠-}, {@code ~ㄹ 것}), {@code modal:possibility}
 *       ({@code ~ㄹ 수 있다}).</li>
 *   <li>{@code punct:none} (no final . ! ?), {@code punct:!}.</li>
 *   <li>{@code layout:headline}, {@code layout:own-line}, {@code layout:first}, {@code layout:last}.</li>
 *   <li>{@code quote:has} (double quotation marks), {@code quote:continued} (starts inside a quotation).</li>
 *   <li>{@code name:one}, {@code name:several} — proper nouns and Latin names (NNP, SL) outside quotes.</li>
 *   <li>{@code person:first} — {@code 우리/나/저} outside quotation marks: the writer speaking.</li>
 *   <li>{@code start:demonstrative} — the sentence opens on {@code 이는/이것은/이러한/그것은}: it refers back.</li>
 *   <li>{@code length:short} (≤ 4 words), {@code length:long} (≥ 25 words).</li>
 *   <li>{@code speaker:named}, {@code speaker:unnamed}, {@code hedge} — from {@link SpeakerFinder} and
 *       {@link HedgeFinder}.</li>
 * </ul>
 */
public final class ClaimFeatures {

    /** The version of the feature set; a model records the version it was trained with. */
    public static final String VERSION = "2";

    private static final Set<Feature> STANCE = Set.of(Feature.EXHORTATION, Feature.PREDICTION, Feature.OPINION,
            Feature.RESTATEMENT, Feature.QUESTION, Feature.VERDICT, Feature.UNATTRIBUTED);
    /** The writer's own stance with no checkable fact and no one reported: SPEC §3's non-claims. */
    public static final String WRITER_STANCE = "stance:writer-only";

    private static final Set<String> QUESTION_ENDINGS = Set.of("까", "ᆯ까", "을까", "는가", "ᆫ가", "은가", "냐", "니",
            "나", "나요", "는지", "ᆫ지", "ᆯ지", "가");
    private static final Set<String> IMPERATIVE_ENDINGS = Set.of("라", "자", "세요", "으세요", "십시오", "으십시오", "거라",
            "아라", "어라", "여라", "자고");
    private static final Set<String> CONNECTIVE_ENDINGS = Set.of("고", "며", "으며", "면서", "는데", "ᆫ데", "지만", "어",
            "아", "여", "니까", "으니", "서", "어서", "아서", "도록", "게", "면", "으면");
    private static final Set<String> STANCE_ADVERBS = Set.of("매우", "너무", "아주", "정말", "참", "굉장히", "무척",
            "상당히", "꽤", "더욱", "새삼", "결코", "과연", "물론", "반드시", "응당", "당연히", "분명히", "아마", "어쩌면",
            "오히려", "단순히", "도저히", "제발", "부디", "마땅히", "충분히", "특히");
    private static final Set<String> FIRST_PERSON = Set.of("우리", "나", "저", "저희", "내");
    private static final Set<String> DEMONSTRATIVE_STARTS = Set.of("이", "이것", "그것", "이러", "이런", "그러", "그런");

    private ClaimFeatures() {
    }

    /**
     * The features of one analysed sentence.
     *
     * @param s          the sentence
     * @param cues       the cues found in it
     * @param quantities the quantities {@link io.sasil.claims.quantity.QuantityParser} found in it
     * @param context    where it stands in its text
     * @param speaker    its speaker, or null
     * @param hedge      its hedge, or null
     * @return feature name → value, sorted by name
     */
    static SortedMap<String, Double> of(AnalyzedSentence s, List<Cue> cues, List<Quantity> quantities,
            SentenceContext context, SpeakerFinder.Speaker speaker, String hedge) {
        SortedMap<String, Double> f = new TreeMap<>();
        boolean fact = false;
        for (Cue c : cues) {
            fact |= c.feature().checkable() || c.feature() == Feature.RANKING;
        }
        fact |= quantities.stream().anyMatch(q -> !Units.NUMBER.equals(q.unit()));
        boolean speech = false;
        int stance = 0;
        for (Cue c : cues) {
            f.put("cue:" + c.feature().label(), 1.0);
            if (fact && STANCE.contains(c.feature())) {
                f.put("cue:" + c.feature().label() + "+fact", 1.0);
            }
            stance += STANCE.contains(c.feature()) ? 1 : 0;
            if (STANCE.contains(c.feature()) && c.index() < s.size() && s.lastContentIndex() >= 0
                    && s.m(c.index()).chunk() >= s.m(s.lastContentIndex()).chunk() - 1) {
                f.put("stance:final", 1.0);
            }
            speech |= c.feature() == Feature.ATTRIBUTION || c.feature() == Feature.SOURCE
                    || c.feature() == Feature.DIRECT_QUOTE || c.feature() == Feature.HEARSAY;
        }
        if (stance > 0 && !fact && !speech) {
            f.put(WRITER_STANCE, 1.0);
        }
        if (stance > 1) {
            f.put("cue:stance-several", 1.0);
        }
        quantities(quantities, f);
        ending(s, f);
        punctuation(s.text(), f);
        layout(context, f);
        words(s, f);
        if (speaker != null && speaker.name() != null) {
            f.put(speaker.name().startsWith("unnamed ") ? "speaker:unnamed" : "speaker:named", 1.0);
        }
        if (hedge != null) {
            f.put("hedge", 1.0);
        }
        return f;
    }

    /** The kind of a quantity's unit, as named in {@code qty:<kind>}. */
    static String kind(String unit) {
        if (unit == null) {
            return "number";
        }
        return switch (unit) {
            case Units.PERCENT, Units.PERCENT_POINT -> "percent";
            case Units.PERSON, Units.COUNT -> "count";
            case Units.DATE, Units.DATETIME, Units.INTERVAL -> "date";
            case Units.DURATION -> "duration";
            case Units.AGE_YEARS, Units.BIRTH_YEAR -> "biographic";
            case Units.RANK, Units.ORDINAL -> "rank";
            case Units.RATIO -> "ratio";
            case Units.NUMBER -> "number";
            default -> unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase) ? "money" : "measure";
        };
    }

    private static void quantities(List<Quantity> quantities, SortedMap<String, Double> f) {
        for (Quantity q : quantities) {
            f.put("qty:" + kind(q.unit()), 1.0);
        }
        if (!quantities.isEmpty()) {
            f.put("qty:any", 1.0);
        }
        if (quantities.size() >= 3) {
            f.put("qty:several", 1.0);
        }
    }

    /** Mood, final predicate, tense and modality from the sentence's last word. */
    private static void ending(AnalyzedSentence s, SortedMap<String, Double> f) {
        int last = s.lastContentIndex();
        if (last < 0) {
            f.put("mood:none", 1.0);
            return;
        }
        Morpheme end = s.m(last);
        if (end.isNoun() || end.tag() == POS.Tag.XSN || end.tag() == POS.Tag.J && s.at(last - 1) != null
                && s.m(last - 1).isNoun() && !s.m(last).form().equals("요")) {
            f.put("mood:nominal", 1.0);
        } else if (end.tag() == POS.Tag.E) {
            String e = end.form();
            if (QUESTION_ENDINGS.contains(e)) {
                f.put("mood:question", 1.0);
            } else if (IMPERATIVE_ENDINGS.contains(e)) {
                f.put("mood:imperative", 1.0);
            } else if (e.endsWith("니다") || e.endsWith("요") || e.endsWith("죠")) {
                f.put(e.endsWith("까요") || e.endsWith("나요") || e.endsWith("니까") ? "mood:question"
                        : "mood:declarative", 1.0);
                f.put("register:polite", 1.0);
            } else if (CONNECTIVE_ENDINGS.contains(e)) {
                f.put("mood:connective", 1.0);
            } else if (e.endsWith("다")) {
                f.put("mood:declarative", 1.0);
            } else {
                f.put("mood:other", 1.0);
            }
        } else if (end.tag() == POS.Tag.J && end.form().equals("요")) {
            f.put("mood:declarative", 1.0);
            f.put("register:polite", 1.0);
        } else {
            f.put("mood:other", 1.0);
        }
        int start = s.finalChunkStart();
        for (int i = last; i >= Math.max(0, start - 1); i--) {
            Morpheme m = s.m(i);
            POS.Tag t = m.tag();
            if (t == POS.Tag.VCP) {
                Morpheme before = s.at(i - 1);
                f.put(before != null && before.is(POS.Tag.NNB, "것") ? "predicate:copula-on-것" : "predicate:copula",
                        1.0);
                break;
            } else if (t == POS.Tag.VCN) {
                f.put("predicate:negative-copula", 1.0);
                break;
            } else if (t == POS.Tag.VA || t == POS.Tag.XSA) {
                f.put("predicate:adjective", 1.0);
                break;
            } else if (t == POS.Tag.VV || t == POS.Tag.XSV) {
                f.put("predicate:verb", 1.0);
                break;
            }
        }
        for (int i = Math.max(0, start); i <= last; i++) {
            Morpheme m = s.m(i);
            if (m.tag() == POS.Tag.E && ReportingCues.isPast(m.form())) {
                f.put("tense:past", 1.0);
            } else if (m.tag() == POS.Tag.E && m.form().equals("겠")) {
                f.put("tense:future", 1.0);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            if (m.quoted()) {
                continue;
            }
            if (m.is(POS.Tag.NNB, "수") && (exists(s, i + 1) || exists(s, i + 2))) {
                f.put("modal:possibility", 1.0);
            }
            if (m.is(POS.Tag.NNB, "것") && i > 0 && s.m(i - 1).tag() == POS.Tag.E
                    && (s.m(i - 1).form().endsWith("ᆯ") || s.m(i - 1).form().equals("을")) && i >= start - 2) {
                f.put("tense:future", 1.0);
            }
        }
    }

    private static boolean exists(AnalyzedSentence s, int i) {
        Morpheme m = s.at(i);
        return m != null && (m.is(POS.Tag.VA, "있") || m.is(POS.Tag.VV, "있"));
    }

    private static void punctuation(String text, SortedMap<String, Double> f) {
        String t = text.strip();
        int k = t.length();
        while (k > 0 && "”\"’')]」』".indexOf(t.charAt(k - 1)) >= 0) {
            k--;
        }
        char c = k > 0 ? t.charAt(k - 1) : ' ';
        if (c == '!') {
            f.put("punct:!", 1.0);
        } else if (c != '.' && c != '?' && c != '。' && c != '？' && c != '！') {
            f.put("punct:none", 1.0);
        }
    }

    private static void layout(SentenceContext c, SortedMap<String, Double> f) {
        if (c.headline()) {
            f.put("layout:headline", 1.0);
        }
        if (c.ownLine()) {
            f.put("layout:own-line", 1.0);
        }
        if (c.index() == 0 && c.count() > 1) {
            f.put("layout:first", 1.0);
        }
        if (c.count() > 1 && c.index() == c.count() - 1) {
            f.put("layout:last", 1.0);
        }
        if (c.startsInsideQuote()) {
            f.put("quote:continued", 1.0);
        }
    }

    private static void words(AnalyzedSentence s, SortedMap<String, Double> f) {
        int names = 0;
        boolean quote = false;
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            quote |= m.quoted();
            if (m.quoted()) {
                continue;
            }
            if (m.tag() == POS.Tag.NNP || (m.tag() == POS.Tag.SL && m.form().length() >= 2)) {
                names++;
            }
            if (m.tag() == POS.Tag.NP && FIRST_PERSON.contains(m.form())) {
                f.put("person:first", 1.0);
            }
            if (m.tag() == POS.Tag.MAG && STANCE_ADVERBS.contains(m.form())) {
                f.put("adverb:stance", 1.0);
            }
            if (m.tag() == POS.Tag.E && ReportingCues.isPast(m.form())) {
                f.put("clause:past", 1.0);
            }
        }
        if (names >= 1) {
            f.put(names >= 3 ? "name:several" : "name:one", 1.0);
        }
        if (quote) {
            f.put("quote:has", 1.0);
        }
        if (s.size() > 0) {
            Morpheme first = s.m(0);
            Morpheme second = s.at(1);
            if (first.tag() == POS.Tag.MAJ) {
                f.put("start:connective", 1.0);
            }
            if ((first.tag() == POS.Tag.NP || first.tag() == POS.Tag.MM || first.tag() == POS.Tag.VA)
                    && DEMONSTRATIVE_STARTS.contains(first.form()) && second != null
                    && (second.tag() == POS.Tag.J || second.tag() == POS.Tag.E || second.tag() == POS.Tag.NNG)) {
                f.put("start:demonstrative", 1.0);
            }
        }
        int chunks = s.chunks().size();
        if (chunks <= 4) {
            f.put("length:short", 1.0);
        } else if (chunks >= 25) {
            f.put("length:long", 1.0);
        }
    }
}
