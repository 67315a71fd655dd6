package io.sasil.claims.classify;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the reporting and event features of a sentence: who said it, that it happened.
 *
 * <ul>
 *   <li>ATTRIBUTION: outside quotation marks, the verbs {@code 밝히다, 전하다, 덧붙이다, 답하다} and the
 *       nouns {@code 말, 발표, 강조, 보도, 설명, 주장, 언급, 발언, 답변, 공개} + 하다; the nouns {@code 평가, 지적,
 *       전망, 예상, 분석, 진단, 비판, 촉구, 경고, 확인, 인정, 부인, 요구, 반박, 해명, 예측} + 하다 only after a
 *       quotative ending ({@code ~다고/라고/라며}) or {@code 것으로}. {@code 전해졌다} is hearsay, not attribution.</li>
 *   <li>SOURCE: {@code X에 따르면}.</li>
 *   <li>DIRECT_QUOTE: a closing {@code ”} followed by {@code (이)라고/라며/고/며}.</li>
 *   <li>HEARSAY: a final {@code ~다고/라고 한다}; {@code 알려지다}, {@code 전해지다}.</li>
 *   <li>EVENT: an event noun + {@code 하다/되다/시키다} (Nori tags some of these 하 as XSA) (or {@code 을/를 하다}), or an event verb; see the
 *       lists {@link #EVENT_NOUNS} and {@link #EVENT_VERBS}.</li>
 *   <li>PAST: the final predicate holds the past tense {@code 었/았/였}.</li>
 *   <li>FACT_CLAUSE: a past clause closed by {@code ~다는} before {@code 점, 사실, 소식}.</li>
 * </ul>
 */
final class ReportingCues {

    static final Set<String> SPEECH_VERBS = Set.of("밝히", "전하", "덧붙이", "답하", "말하");
    static final Set<String> SPEECH_NOUNS = Set.of("말", "발표", "강조", "보도", "설명", "주장", "언급", "발언", "답변",
            "브리핑", "증언", "토로");
    static final Set<String> QUOTED_SPEECH_NOUNS = Set.of("평가", "지적", "전망", "예상", "분석", "진단", "비판",
            "촉구", "경고", "확인", "인정", "부인", "요구", "반박", "해명", "예측", "시사", "호소", "당부", "공개");
    /** Nouns that name an event when followed by 하다/되다/시키다. */
    static final Set<String> EVENT_NOUNS = Set.of("출시", "설립", "출범", "발표", "기록", "차지", "개발", "공개", "도입",
            "폐기", "발사", "성공", "투자", "폭락", "폭등", "급등", "급락", "상승", "하락", "증가", "감소", "인수", "합병",
            "체결", "선출", "임명", "취임", "사임", "사퇴", "체포", "구속", "기소", "선고", "판결", "승인", "통과", "의결",
            "시행", "개최", "출간", "발생", "사망", "파견", "방문", "주도", "지원", "장려", "제재", "금지", "생산", "판매",
            "계약", "착공", "완공", "개통", "철수", "배치", "분리", "배출", "달성", "돌파", "유치", "합의", "서명", "제출",
            "제정", "개정", "폐지", "신설", "반복", "사용", "구현", "개방", "적용", "수출", "수입", "출연", "인상", "인하",
            "확정", "집계", "조사", "공급", "파업", "철회", "보류", "연기", "발행", "매각", "매입", "추격", "창업", "창립",
            "개설", "개업", "개관", "준공", "상장", "붕괴", "침몰", "추락", "충돌", "방류", "지급", "부과", "적발", "검거");
    /** Verb stems that name an event. */
    static final Set<String> EVENT_VERBS = Set.of("내놓", "세우", "만들", "이루", "팔", "사들이", "잃", "오르", "내리",
            "늘", "줄", "떨어지", "뛰어넘", "빠뜨리", "흔들", "뒤흔들", "쓰", "주", "받", "열", "숨지", "다치", "무너지",
            "끝내", "마치", "넘기", "거두", "올리", "낮추", "늘리", "줄이", "따내", "뽑", "꺾", "이기", "지", "터지",
            "일으키", "벌이", "벌어지", "치르", "내", "들");
    private static final Set<String> FACT_NOUNS = Set.of("점", "사실", "소식");

    private ReportingCues() {
    }

    static void find(AnalyzedSentence s, List<Cue> out) {
        int n = s.size();
        int lastQuotative = -1;
        int finalStart = s.finalChunkStart();
        for (int i = 0; i < n; i++) {
            Morpheme m = s.m(i);
            POS.Tag t = m.tag();
            if (isReportBoundary(s, i)) {
                lastQuotative = i;
            }
            if (t == POS.Tag.SSC || (t == POS.Tag.SY && m.form().contains("\""))) {
                directQuote(s, i, out);
            }
            if (m.quoted()) {
                continue;
            }
            if (t == POS.Tag.VV && SPEECH_VERBS.contains(m.form()) && !passive(s, i)) {
                out.add(new Cue(Feature.ATTRIBUTION, s.wordAt(i), i, null));
            } else if (t == POS.Tag.NNG && s.at(i + 1) != null && s.m(i + 1).tag() == POS.Tag.XSV
                    && s.m(i + 1).form().equals("하")
                    && (SPEECH_NOUNS.contains(m.form())
                    || (lastQuotative >= 0 && QUOTED_SPEECH_NOUNS.contains(m.form())))) {
                out.add(new Cue(Feature.ATTRIBUTION, s.wordAt(i), i, null));
            } else if (t == POS.Tag.VV && m.form().equals("따르") && s.formIs(i - 1, "에")
                    && s.at(i + 1) != null && s.m(i + 1).form().startsWith("면")) {
                out.add(new Cue(Feature.SOURCE, "에 따르면", i, null));
            } else if ((t == POS.Tag.VV && (m.form().equals("알리") || m.form().equals("전하"))) && passive(s, i)) {
                out.add(new Cue(Feature.HEARSAY, s.wordAt(i), i, null));
            } else if ((t == POS.Tag.VX || t == POS.Tag.VV) && m.form().equals("하") && i >= finalStart
                    && i > 0 && s.m(i - 1).tag() == POS.Tag.E && isQuotative(s, i - 1)
                    && s.m(i - 1).chunk() != m.chunk()) {
                out.add(new Cue(Feature.HEARSAY, "~" + quotativeForm(s, i - 1) + " 한다", i, null));
            }
            if (t == POS.Tag.NNG && EVENT_NOUNS.contains(m.form()) && eventVerbFollows(s, i)) {
                out.add(new Cue(Feature.EVENT, s.wordAt(i), i, null));
            } else if (t == POS.Tag.VV && EVENT_VERBS.contains(m.form())) {
                out.add(new Cue(Feature.EVENT, s.wordAt(i), i, null));
            }
            if (t == POS.Tag.E && m.form().endsWith("다는") && pastBefore(s, i) && s.at(i + 1) != null
                    && FACT_NOUNS.contains(s.m(i + 1).form())) {
                out.add(new Cue(Feature.FACT_CLAUSE, "-었다는 " + s.m(i + 1).form(), i, null));
            }
        }
        if (finalStart >= 0) {
            for (int i = finalStart; i <= s.lastContentIndex(); i++) {
                Morpheme m = s.m(i);
                if (m.tag() == POS.Tag.E && isPast(m.form()) && !m.quoted()) {
                    out.add(new Cue(Feature.PAST, s.wordAt(i), i, null));
                    break;
                }
            }
        }
    }

    /** {@code 알려지다}, {@code 전해지다}: the stem followed by 어/아 and the auxiliary 지. */
    static boolean passive(AnalyzedSentence s, int i) {
        return s.at(i + 2) != null && s.m(i + 1).tag() == POS.Tag.E && s.m(i + 2).is(POS.Tag.VX, "지");
    }

    private static boolean eventVerbFollows(AnalyzedSentence s, int i) {
        Morpheme next = s.at(i + 1);
        if (next == null) {
            return false;
        }
        if (next.tag() == POS.Tag.XSV || next.is(POS.Tag.XSA, "하")) {
            return true;
        }
        return (next.form().equals("을") || next.form().equals("를")) && s.at(i + 2) != null
                && s.m(i + 2).is(POS.Tag.VV, "하");
    }

    private static boolean pastBefore(AnalyzedSentence s, int i) {
        Morpheme prev = s.at(i - 1);
        return prev != null && prev.tag() == POS.Tag.E && isPast(prev.form());
    }

    static boolean isPast(String ending) {
        return ending.equals("었") || ending.equals("았") || ending.equals("였") || ending.equals("ㅆ")
                || ending.equals("었었") || ending.equals("았었");
    }

    /**
     * A quotative ending: {@code 다고, 라고, 냐고, 자고, 라며, 다며}, or a bare {@code 고/며} right after a
     * closing quotation mark.
     */
    static boolean isQuotative(AnalyzedSentence s, int i) {
        String f = s.m(i).form();
        if (f.endsWith("다고") || f.endsWith("라고") || f.endsWith("냐고") || f.endsWith("자고")
                || f.equals("라며") || f.equals("다며") || f.endsWith("라면서") || f.endsWith("다면서")) {
            return true;
        }
        if (f.equals("고") || f.equals("며") || f.equals("면서")) {
            Morpheme prev = s.at(i - 1);
            return prev != null && (prev.form().contains("”") || prev.form().contains("\""));
        }
        return false;
    }

    /**
     * The end of reported content: a quotative ending, or {@code 것으로} as in {@code …걸릴 것으로 예상했다}.
     */
    static boolean isReportBoundary(AnalyzedSentence s, int i) {
        Morpheme m = s.m(i);
        if (m.tag() == POS.Tag.E) {
            return isQuotative(s, i);
        }
        return m.tag() == POS.Tag.J && (m.form().equals("으로") || m.form().equals("로")) && i > 0
                && s.m(i - 1).is(POS.Tag.NNB, "것");
    }

    /** The quotative ending as written, with the copula when there is one ({@code 이라고}). */
    static String quotativeForm(AnalyzedSentence s, int i) {
        String f = s.m(i).form();
        Morpheme prev = s.at(i - 1);
        if (prev != null && prev.tag() == POS.Tag.VCP) {
            Morpheme e = s.m(i);
            if (prev.start() == e.start() && s.text().startsWith("이", e.start())) {
                return "이" + f;
            }
            if (prev.end() == e.start() && s.text().startsWith("이", prev.start())) {
                return "이" + f;
            }
        }
        return f;
    }

    private static void directQuote(AnalyzedSentence s, int i, List<Cue> out) {
        Morpheme m = s.m(i);
        if (!(m.form().contains("”") || m.form().contains("\""))) {
            return;
        }
        int j = i + 1;
        if (s.at(j) != null && s.m(j).tag() == POS.Tag.VCP) {
            j++;
        }
        Morpheme e = s.at(j);
        if (e != null && e.tag() == POS.Tag.E && e.start() <= m.end() + 1 && isQuotative(s, j)) {
            String written = s.text().substring(m.start(), e.end());
            out.add(new Cue(Feature.DIRECT_QUOTE, written, i, null));
        }
    }
}
