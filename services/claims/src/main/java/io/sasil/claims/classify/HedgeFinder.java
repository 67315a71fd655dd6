package io.sasil.claims.classify;

import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the writer's hedge: the mark that a fact is second-hand or uncertain, returned as written.
 *
 * <p>Evidential and hearsay markers first, in sentence order: a final {@code ~다고/라고 한다}
 * ({@code 이라고 한다}), {@code 알려졌다}, {@code 전해졌다}, {@code ~로 보인다}, {@code 셈이다},
 * {@code 추정된다}, {@code 후문이다}. Then approximate values: {@code 약} before a number; {@code 여},
 * {@code 가량}, {@code 정도}, {@code 안팎}, {@code 내외}, {@code 쯤} after a number or its counter.
 * Markers inside double quotation marks belong to the speaker and are skipped.
 */
final class HedgeFinder {

    private static final Set<String> APPROXIMATE_AFTER = Set.of("가량", "정도", "안팎", "내외", "쯤", "남짓");

    private HedgeFinder() {
    }

    static String find(AnalyzedSentence s) {
        String evidential = evidential(s);
        return evidential != null ? evidential : approximate(s);
    }

    private static String evidential(AnalyzedSentence s) {
        int finalStart = s.finalChunkStart();
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            if (m.quoted()) {
                continue;
            }
            POS.Tag t = m.tag();
            String f = m.form();
            if ((t == POS.Tag.VX || t == POS.Tag.VV) && f.equals("하") && i >= finalStart && i > 0
                    && s.m(i - 1).tag() == POS.Tag.E && ReportingCues.isQuotative(s, i - 1)
                    && s.m(i - 1).chunk() != m.chunk()) {
                return ReportingCues.quotativeForm(s, i - 1) + " " + s.wordAt(i);
            }
            if (t == POS.Tag.VV && (f.equals("알리") || f.equals("전하")) && ReportingCues.passive(s, i)) {
                return s.wordAt(i);
            }
            if (t == POS.Tag.VV && f.equals("보이") && i > 0 && (s.m(i - 1).form().equals("으로")
                    || s.m(i - 1).form().equals("로")) && s.m(i - 1).tag() == POS.Tag.J) {
                return s.wordAt(i - 1) + " " + s.wordAt(i);
            }
            if (t == POS.Tag.NNB && f.equals("셈") && s.at(i + 1) != null && s.m(i + 1).tag() == POS.Tag.VCP) {
                return s.wordAt(i);
            }
            if (t == POS.Tag.NNG && f.equals("추정") && s.at(i + 1) != null && s.m(i + 1).is(POS.Tag.XSV, "되")) {
                return s.wordAt(i);
            }
            if (t == POS.Tag.NNG && f.equals("후문") && i >= finalStart) {
                return s.wordAt(i);
            }
        }
        return null;
    }

    private static String approximate(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Morpheme m = s.m(i);
            if (m.quoted()) {
                continue;
            }
            String f = m.form();
            Morpheme next = s.at(i + 1);
            Morpheme prev = s.at(i - 1);
            if (f.equals("약") && (m.tag() == POS.Tag.MM || m.tag() == POS.Tag.NNG || m.tag() == POS.Tag.MAG)
                    && next != null && next.tag() == POS.Tag.SN) {
                return "약";
            }
            if (f.equals("여") && m.tag() == POS.Tag.XSN && prev != null
                    && (prev.tag() == POS.Tag.SN || prev.tag() == POS.Tag.NR)) {
                return "여";
            }
            if (APPROXIMATE_AFTER.contains(f) && prev != null && (prev.tag() == POS.Tag.NNBC || prev.tag() == POS.Tag.SN
                    || prev.tag() == POS.Tag.NR || (prev.tag() == POS.Tag.SY && prev.form().startsWith("%"))
                    || (prev.tag() == POS.Tag.NNB && !prev.form().equals("것")))) {
                return f;
            }
        }
        return null;
    }
}
