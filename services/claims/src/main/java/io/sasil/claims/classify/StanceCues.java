package io.sasil.claims.classify;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the writer's stance: exhortation, prediction, opinion, interpretive restatement, question, bare
 * verdict and evaluations attributed to no one. These are the negative features of the model.
 *
 * <p>Only the writer's own words count: morphemes inside double quotation marks, and content reported
 * by a named or unnamed speaker (everything up to the quotative ending {@code ~다고/라고} that an
 * attribution verb follows, or a whole sentence with {@code X에 따르면}) are skipped.
 *
 * <ul>
 *   <li>EXHORTATION: {@code ~아야/어야 (만) 하다} ({@code 해야 한다}, {@code 해야만 할 것이다}), a sentence
 *       ending in {@code ~아야} (a headline), {@code ~할 필요가 있다}, {@code ~기 바란다}, a final {@code ~자}.</li>
 *   <li>PREDICTION: {@code ~ㄹ 것} ({@code 것이다, 것이 분명하다, 것으로 보인다, 것이란 전망}),
 *       {@code ~수밖에 없다}, {@code 가능성}, {@code 불가피}, {@code -겠-}, {@code 분명하다/확실하다/틀림없다},
 *       {@code 명약관화}, a final {@code 전망이다/전망된다/예상된다}.</li>
 *   <li>OPINION: {@code 아쉬움/아쉽다}, a final {@code ~대목이다}, {@code 과언}, a final {@code 시사한다},
 *       {@code 느껴지다}, {@code 형국, 미흡, 결단코, 안타깝다, 바람직하다, 유감}, {@code 얼마나}, the writer's
 *       {@code 우리}.</li>
 *   <li>RESTATEMENT: {@code ~ㄴ 셈이다}.</li>
 *   <li>QUESTION: a final {@code ?}, or a final ending {@code ~는가, ~ㄴ가, ~ㄹ까, ~냐, ~니}.</li>
 *   <li>VERDICT: a final {@code 사실이 아니다}, {@code 거짓이다}, {@code 옳다}, {@code 틀렸다}.</li>
 *   <li>UNATTRIBUTED: {@code 일각}, or a final {@code 평가/전망/지적/목소리/분석/관측/우려/비판 … 나온다}.</li>
 * </ul>
 */
final class StanceCues {

    private static final Set<String> OPINION_WORDS = Set.of("형국", "미흡", "결단코", "안타깝", "바람직", "유감",
            "개탄", "씁쓸", "한심", "아쉽", "아쉬움", "과언", "얼마나");
    private static final Set<String> CERTAINTY_WORDS = Set.of("분명", "확실", "틀림없", "명약관화");
    private static final Set<String> EVALUATION_NOUNS = Set.of("평가", "전망", "지적", "목소리", "분석", "관측", "우려",
            "비판", "의견", "시각", "반응", "해석", "주장");
    private static final Set<String> QUESTION_ENDINGS = Set.of("는가", "ᆫ가", "은가", "ᆯ까", "을까", "냐", "니",
            "는지", "나요", "까");

    private StanceCues() {
    }

    /**
     * @param reportedUpTo morphemes at or before this index are reported speech and skipped; -1 for none,
     *                     {@code Integer.MAX_VALUE} to skip all but questions
     */
    static void find(AnalyzedSentence s, int reportedUpTo, List<Cue> out) {
        int n = s.size();
        int last = s.lastContentIndex();
        int finalStart = s.finalChunkStart();
        int lastChunk = last < 0 ? -1 : s.m(last).chunk();
        for (int i = 0; i < n; i++) {
            Morpheme m = s.m(i);
            if (m.quoted() || i <= reportedUpTo) {
                continue;
            }
            POS.Tag t = m.tag();
            String f = m.form();
            boolean inFinal = i >= finalStart;
            boolean nearEnd = m.chunk() >= lastChunk - 1;
            if (t == POS.Tag.E && f.endsWith("야") && f.length() >= 2) {
                int j = i + 1;
                if (s.at(j) != null && s.m(j).tag() == POS.Tag.J) {
                    j++;
                }
                if (i == last || (s.at(j) != null && s.m(j).form().equals("하") && s.m(j).tag() != POS.Tag.XSV)) {
                    out.add(new Cue(Feature.EXHORTATION, i == last ? "-아야" : "-해야 한다", i, null));
                }
            } else if (t == POS.Tag.NNG && f.equals("필요") && nearEnd && s.at(i + 2) != null
                    && (s.m(i + 2).is(POS.Tag.VA, "있") || s.m(i + 1).is(POS.Tag.XSA, "하"))) {
                out.add(new Cue(Feature.EXHORTATION, "필요가 있다", i, null));
            } else if (t == POS.Tag.NNG && f.equals("필요") && inFinal && s.at(i + 1) != null
                    && s.m(i + 1).is(POS.Tag.XSA, "하")) {
                out.add(new Cue(Feature.EXHORTATION, "필요하다", i, null));
            } else if (t == POS.Tag.VV && f.equals("바라") && i > 0 && s.m(i - 1).is(POS.Tag.E, "기")) {
                out.add(new Cue(Feature.EXHORTATION, "-기 바란다", i, null));
            } else if (t == POS.Tag.E && f.equals("자") && i == last && i > 0 && s.m(i - 1).isPredicate()) {
                out.add(new Cue(Feature.EXHORTATION, "-자", i, null));
            } else if (t == POS.Tag.E && (f.endsWith("ᆯ") || f.equals("을") || f.equals("ㄹ")) && s.at(i + 1) != null
                    && s.m(i + 1).is(POS.Tag.NNB, "것")) {
                out.add(new Cue(Feature.PREDICTION, "-ㄹ 것", i, null));
            } else if (t == POS.Tag.NNB && f.equals("수") && s.formIs(i + 1, "밖에")) {
                out.add(new Cue(Feature.PREDICTION, "-ㄹ 수밖에 없다", i, null));
            } else if ((t == POS.Tag.NNG || t == POS.Tag.XR) && (f.equals("가능성") || f.equals("불가피"))) {
                out.add(new Cue(Feature.PREDICTION, f, i, null));
            } else if (t == POS.Tag.NNG && f.equals("가능") && s.at(i + 1) != null && s.m(i + 1).is(POS.Tag.XSN, "성")) {
                out.add(new Cue(Feature.PREDICTION, "가능성", i, null));
            } else if (t == POS.Tag.E && f.equals("겠")) {
                out.add(new Cue(Feature.PREDICTION, "-겠-", i, null));
            } else if (CERTAINTY_WORDS.contains(f) && (t == POS.Tag.MAG || t == POS.Tag.XR || t == POS.Tag.NNG
                    || t == POS.Tag.VA) && (inFinal || f.equals("명약관화"))) {
                out.add(new Cue(Feature.PREDICTION, f, i, null));
            } else if (t == POS.Tag.NNG && (f.equals("전망") || f.equals("예상") || f.equals("관측")) && inFinal
                    && s.at(i + 1) != null && (s.m(i + 1).tag() == POS.Tag.VCP || s.m(i + 1).is(POS.Tag.XSV, "되"))) {
                out.add(new Cue(Feature.PREDICTION, s.wordAt(i), i, null));
            } else if (OPINION_WORDS.contains(f) && t != POS.Tag.E && t != POS.Tag.J) {
                out.add(new Cue(Feature.OPINION, f, i, null));
            } else if (t == POS.Tag.NNG && f.equals("대목") && inFinal) {
                out.add(new Cue(Feature.OPINION, "대목이다", i, null));
            } else if (t == POS.Tag.NNG && f.equals("시사") && inFinal && s.at(i + 1) != null
                    && s.m(i + 1).tag() == POS.Tag.XSV) {
                out.add(new Cue(Feature.OPINION, "시사한다", i, null));
            } else if (t == POS.Tag.VV && f.equals("느끼") && ReportingCues.passive(s, i)) {
                out.add(new Cue(Feature.OPINION, "느껴지다", i, null));
            } else if ((t == POS.Tag.NP && f.equals("우리")) || (t == POS.Tag.NNG && f.equals("우리나라"))) {
                out.add(new Cue(Feature.OPINION, "우리", i, null));
            } else if (t == POS.Tag.NNB && f.equals("셈") && s.at(i + 1) != null
                    && s.m(i + 1).tag() == POS.Tag.VCP) {
                out.add(new Cue(Feature.RESTATEMENT, "셈이다", i, null));
            } else if (t == POS.Tag.NNG && f.equals("일각")) {
                out.add(new Cue(Feature.UNATTRIBUTED, "일각", i, null));
            } else if (t == POS.Tag.NNG && EVALUATION_NOUNS.contains(f) && s.at(i + 2) != null
                    && s.m(i + 1).tag() == POS.Tag.J && s.m(i + 2).is(POS.Tag.VV, "나오") && i + 2 >= finalStart) {
                out.add(new Cue(Feature.UNATTRIBUTED, f + " 나온다", i, null));
            }
        }
        question(s, last, out);
        verdict(s, finalStart, last, reportedUpTo, out);
    }

    private static void question(AnalyzedSentence s, int last, List<Cue> out) {
        String text = s.text().strip();
        if (text.endsWith("?") || text.endsWith("？")) {
            int at = last < 0 ? 0 : last;
            if (last < 0 || !s.m(last).quoted() || text.endsWith("?”") ) {
                out.add(new Cue(Feature.QUESTION, "?", at, null));
            }
            return;
        }
        if (last >= 0 && s.m(last).tag() == POS.Tag.E && QUESTION_ENDINGS.contains(s.m(last).form())
                && !s.m(last).quoted()) {
            out.add(new Cue(Feature.QUESTION, "~" + s.m(last).form(), last, null));
        }
    }

    private static void verdict(AnalyzedSentence s, int finalStart, int last, int reportedUpTo, List<Cue> out) {
        if (finalStart < 0 || finalStart <= reportedUpTo) {
            return;
        }
        Morpheme head = s.m(finalStart);
        if (head.quoted()) {
            return;
        }
        boolean verdict = false;
        if (head.is(POS.Tag.VCN, "아니") && finalStart > 0) {
            Morpheme before = s.m(finalStart - 1);
            Morpheme noun = before.tag() == POS.Tag.J && finalStart > 1 ? s.m(finalStart - 2) : before;
            verdict = noun.form().equals("사실") || noun.form().equals("진실");
        } else if ((head.form().equals("거짓") || head.form().equals("사실")) && s.at(finalStart + 1) != null
                && s.m(finalStart + 1).tag() == POS.Tag.VCP) {
            verdict = true;
        } else if (head.is(POS.Tag.VA, "옳") || head.is(POS.Tag.VV, "틀리") || head.is(POS.Tag.VA, "그르")) {
            verdict = true;
        }
        if (verdict) {
            out.add(new Cue(Feature.VERDICT, s.wordAt(last), last, null));
        }
    }
}
