package io.sasil.claims.classify;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the checkable-fact features of a sentence from its morphemes: numbers with counters or
 * units, dates, named entities, comparisons and rankings.
 *
 * <p>Rules:
 * <ul>
 *   <li>A number is a run of SN/NR morphemes ({@code 557만 6,000}) or a native numeral MM ({@code 두});
 *       it counts only with a counter or unit after it: NNBC/NNB ({@code 명}, {@code 달러}), {@code %},
 *       a Latin unit written against it ({@code 5km}) or {@code 배}. A number written against Latin letters
 *       ({@code H100}, {@code R1}) or inside single quotes ({@code ‘글로벌 AI 3강’}) is part of a name.</li>
 *   <li>{@code 년} after a number ≥ 1000, {@code 월}, {@code 일}, {@code 분기}, {@code 시} make a DATE;
 *       {@code 년} after a smaller number, {@code 시간}, {@code 개월}, {@code 주}, {@code N일간} a DURATION;
 *       {@code 세}, {@code 살}, {@code 년생} a BIOGRAPHIC detail; {@code 위}, {@code 등} a RANK (and a ranking);
 *       {@code N분의 M}, {@code N배} a RATIO (and a comparison); {@code %포인트}, {@code %p} a comparison.</li>
 *   <li>Relative dates: {@code 지난해, 올해, 작년, 내년, 지난달, 이달, 지난주, 어제, 그제, 전날, 금년, 전년}.</li>
 *   <li>Named entity: NNP, SL of two or more letters, or a single-quoted or 「」 name.</li>
 *   <li>Comparison: particle {@code 보다}; {@code 앞서다, 앞지르다, 제치다, 추월하다, 넘어서다, 맞먹다, 반하다
 *       (데 반해), 비슷하다}; {@code 압도하다, 비교하다}; {@code 대비} as a noun; {@code 훨씬}, {@code 나란히}.</li>
 *   <li>Ranking: {@code 최초, 최대, 최고, 최저, 최다, 최소, 최장, 최단} (not as the head of a
 *       compound: {@code 최고경영자}, {@code 최고급}), {@code 가장} before a
 *       measurable quality ({@code 가장 많은}), {@code 첫} after {@code 세계/국내/사상/역대}.</li>
 * </ul>
 */
final class FactCues {

    private static final Set<String> NATIVE_NUMERALS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟",
            "아홉", "열", "스무", "수십", "수백", "수천", "수만", "몇");
    private static final Set<String> RELATIVE_DATES = Set.of("지난해", "올해", "작년", "내년", "지난달", "이달",
            "지난주", "어제", "그제", "전날", "금년", "전년", "올초", "연초", "연말", "전일", "당일");
    private static final Set<String> DURATION_COUNTERS = Set.of("시간", "개월", "주", "주일", "년간", "초", "달",
            "주년", "세기");
    private static final Set<String> NOUN_COUNTERS = Set.of("달러", "원", "명", "개", "배", "위", "퍼센트", "프로",
            "포인트", "년", "월", "일", "분기", "가지", "곳", "건", "대", "척", "톤", "권", "편", "회", "차례", "번");
    private static final Set<String> RANK_WORDS = Set.of("최초", "최대", "최고", "최저", "최다", "최소", "최장", "최단",
            "최연소", "최고령");
    private static final Set<String> RANK_SCOPES = Set.of("세계", "국내", "사상", "역대");
    private static final Set<String> COMPARISON_VERBS = Set.of("앞서", "앞지르", "제치", "추월하", "넘어서", "맞먹",
            "반하", "비슷하", "뒤처지", "뒤지");
    /** Qualities {@code 가장} ranks measurably; figurative ones ({@code 가장 큰 문제}) are left out. */
    private static final Set<String> MEASURABLE = Set.of("많", "많이", "높", "낮", "적", "빠르", "늦", "비싸", "싸",
            "오래", "먼저", "길", "짧");
    private static final Set<String> COMPARISON_NOUNS = Set.of("압도", "비교", "추월");

    private FactCues() {
    }

    static void find(AnalyzedSentence s, List<Cue> out) {
        int n = s.size();
        boolean named = false;
        for (int i = 0; i < n; i++) {
            Morpheme m = s.m(i);
            POS.Tag t = m.tag();
            if (!named && (t == POS.Tag.NNP || (t == POS.Tag.SL && m.form().length() >= 2) || m.named())
                    && !m.isPunctuation()) {
                out.add(new Cue(Feature.NAMED_ENTITY, m.named() ? "quoted" : t.name(), i, null));
                named = true;
            }
            if (t == POS.Tag.SN || (t == POS.Tag.MM && NATIVE_NUMERALS.contains(m.form()))) {
                i = number(s, i, out);
                continue;
            }
            if ((t == POS.Tag.NNG || t == POS.Tag.MAG) && RELATIVE_DATES.contains(m.form())) {
                out.add(new Cue(Feature.RELATIVE_DATE, m.form(), i, QuantityKind.DATE));
            } else if (t == POS.Tag.J && m.form().equals("보다")) {
                out.add(new Cue(Feature.COMPARISON, "보다", i, null));
            } else if (t == POS.Tag.VV && COMPARISON_VERBS.contains(m.form())) {
                out.add(new Cue(Feature.COMPARISON, m.form() + "다", i, null));
            } else if (t == POS.Tag.XR && m.form().equals("비슷")) {
                out.add(new Cue(Feature.COMPARISON, "비슷하다", i, null));
            } else if (t == POS.Tag.NNG && COMPARISON_NOUNS.contains(m.form()) && s.at(i + 1) != null
                    && s.m(i + 1).tag() == POS.Tag.XSV) {
                out.add(new Cue(Feature.COMPARISON, m.form() + "하다", i, null));
            } else if (t == POS.Tag.NNG && m.form().equals("대비")
                    && (s.at(i + 1) == null || s.m(i + 1).tag() != POS.Tag.XSV)) {
                out.add(new Cue(Feature.COMPARISON, "대비", i, null));
            } else if (t == POS.Tag.MAG && (m.form().equals("훨씬") || m.form().equals("나란히"))) {
                out.add(new Cue(Feature.COMPARISON, m.form(), i, null));
            } else if (t == POS.Tag.NNG && RANK_WORDS.contains(m.form()) && !compoundHead(s, i)) {
                out.add(new Cue(Feature.RANKING, m.form(), i, null));
            } else if (t == POS.Tag.MAG && m.form().equals("가장") && measurableAfter(s, i)) {
                out.add(new Cue(Feature.RANKING, "가장", i, null));
            } else if (t == POS.Tag.MM && m.form().equals("첫") && i > 0
                    && RANK_SCOPES.contains(s.m(i - 1).form())) {
                out.add(new Cue(Feature.RANKING, s.m(i - 1).form() + " 첫", i, null));
            }
        }
    }

    /**
     * Whether the ranking word at {@code i} is only the head of a longer word: a noun written against it
     * ({@code 최고경영자}) or the suffix {@code 급} ({@code 최고급}); {@code 최고치} stays a ranking.
     */
    private static boolean compoundHead(AnalyzedSentence s, int i) {
        Morpheme next = s.at(i + 1);
        if (next == null || next.start() != s.m(i).end()) {
            return false;
        }
        return next.form().equals("급") || next.tag() == POS.Tag.NNG || next.tag() == POS.Tag.NNP;
    }

    /** Whether {@code 가장} grades a measurable quality ({@code 가장 많은}, {@code 가장 높은}, {@code 가장 먼저}). */
    private static boolean measurableAfter(AnalyzedSentence s, int i) {
        for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
            if (MEASURABLE.contains(s.m(k).form())) {
                return true;
            }
        }
        return false;
    }

    /** Reads the number starting at {@code i}; returns the index of the last morpheme it used. */
    private static int number(AnalyzedSentence s, int i, List<Cue> out) {
        Morpheme first = s.m(i);
        Morpheme prev = s.at(i - 1);
        boolean partOfName = first.named()
                || (prev != null && prev.end() == first.start() && (prev.tag() == POS.Tag.SL || prev.tag() == POS.Tag.SY
                && prev.form().endsWith("-")));
        int j = i + 1;
        if (first.tag() == POS.Tag.SN) {
            while (j < s.size()) {
                Morpheme m = s.m(j);
                if (m.tag() == POS.Tag.SN || m.tag() == POS.Tag.NR) {
                    j++;
                } else if ((m.form().equals(",") || m.form().equals(".")) && s.at(j + 1) != null
                        && s.m(j + 1).tag() == POS.Tag.SN && s.m(j + 1).start() == m.end()) {
                    j += 2;
                } else if (m.tag() == POS.Tag.XSN && m.form().equals("여")) {
                    j++;
                } else {
                    break;
                }
            }
        }
        Morpheme unit = s.at(j);
        if (unit == null || partOfName) {
            return j - 1;
        }
        String written = s.text().substring(first.start(), unit.end()).strip();
        long value = leadingValue(first);
        Morpheme next = s.at(j + 1);
        if (unit.tag() == POS.Tag.SY && unit.form().startsWith("%")) {
            boolean point = next != null && next.start() == unit.end()
                    && (next.form().equals("포인트") || next.form().equalsIgnoreCase("p"));
            if (point) {
                out.add(new Cue(Feature.COMPARISON, "%포인트", j, null));
                out.add(new Cue(Feature.NUMBER_COUNTER, written + next.form(), i, QuantityKind.MEASURE));
                return j + 1;
            }
            out.add(new Cue(Feature.NUMBER_COUNTER, written.strip(), i, QuantityKind.MEASURE));
            return j;
        }
        boolean counter = unit.tag() == POS.Tag.NNBC || unit.tag() == POS.Tag.NNB
                || (unit.tag() == POS.Tag.NNG && NOUN_COUNTERS.contains(unit.form()))
                || (unit.tag() == POS.Tag.SL && unit.start() == s.m(j - 1).end() && unit.form().length() <= 3);
        if (!counter || (first.tag() == POS.Tag.MM && unit.tag() == POS.Tag.SL)) {
            return j - 1;
        }
        String c = unit.form();
        if (c.equals("년")) {
            if (next != null && next.form().equals("생")) {
                out.add(new Cue(Feature.NUMBER_COUNTER, written + "생", i, QuantityKind.BIOGRAPHIC));
                return j + 1;
            }
            if (value >= 1000 && value <= 2999) {
                out.add(new Cue(Feature.DATE, written, i, QuantityKind.DATE));
            } else {
                out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.DURATION));
            }
        } else if (c.equals("월") || c.equals("분기") || c.equals("시")) {
            out.add(new Cue(Feature.DATE, written, i, QuantityKind.DATE));
        } else if (c.equals("일")) {
            boolean span = next != null && next.start() == unit.end() && (next.form().equals("간")
                    || next.form().equals("째"));
            out.add(span ? new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.DURATION)
                    : new Cue(Feature.DATE, written, i, QuantityKind.DATE));
        } else if (c.equals("분") && s.formIs(j + 1, "의") && s.at(j + 2) != null && s.m(j + 2).tag() == POS.Tag.SN) {
            String ratio = s.text().substring(first.start(), s.m(j + 2).end());
            out.add(new Cue(Feature.COMPARISON, "분의", i, null));
            out.add(new Cue(Feature.NUMBER_COUNTER, ratio, i, QuantityKind.RATIO));
            return j + 2;
        } else if (DURATION_COUNTERS.contains(c) || c.equals("분")) {
            out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.DURATION));
        } else if (c.equals("세") || c.equals("살")) {
            out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.BIOGRAPHIC));
        } else if (c.equals("위") || c.equals("등")) {
            out.add(new Cue(Feature.RANKING, written, i, QuantityKind.RANK));
            out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.RANK));
        } else if (c.equals("배")) {
            out.add(new Cue(Feature.COMPARISON, "배", i, null));
            out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.RATIO));
        } else {
            out.add(new Cue(Feature.NUMBER_COUNTER, written, i, QuantityKind.MEASURE));
        }
        return j;
    }

    /** The value of the first digit run (at most 9 digits, enough to tell a year); -1 when not digits. */
    private static long leadingValue(Morpheme m) {
        String f = m.form();
        if (m.tag() != POS.Tag.SN || f.isEmpty() || f.length() > 9) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
