package io.sasil.claims.classify;

import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Finds the writer's hedge: the mark that a fact is second-hand or uncertain, returned as written.
 *
 * <p>Evidential and hearsay markers first, in sentence order: a final {@code ~다고/라고 한다}
 * ({@code 이라고 한다}), {@code 알려졌다}, {@code 전해졌다}, {@code ~로 보인다}, {@code 셈이다},
 * {@code 추정된다}, {@code 후문이다}, {@code 풀이된다}, {@code ~듯이/듯한} (a bare {@code ~듯}
 * compares manners: {@code 조종하듯}). A final {@code ~다고 했다} (past, with a
 * subject) is reported speech, not hearsay; {@code ~로 보인다} counts in the final predicate or after
 * {@code 것으로}, not {@code 보여 주다} (to show). Then approximate values: {@code 약}, {@code 대략} before a
 * number; {@code 여}, {@code 가량}, {@code 정도}, {@code 안팎}, {@code 내외}, {@code 쯤}, {@code 경},
 * {@code 즈음}, {@code 무렵}, {@code 초반/중반/후반} after a number or its counter.
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
                    && s.m(i - 1).chunk() != m.chunk() && !pastAfter(s, i)) {
                return ReportingCues.quotativeForm(s, i - 1) + " " + s.wordAt(i);
            }
            if (t == POS.Tag.VV && (f.equals("알리") || f.equals("전하")) && ReportingCues.passive(s, i)) {
                return s.wordAt(i);
            }
            if (t == POS.Tag.VV && f.equals("보이") && i > 0 && (s.m(i - 1).form().equals("으로")
                    || s.m(i - 1).form().equals("로")) && s.m(i - 1).tag() == POS.Tag.J
                    && (i >= finalStart || s.formIs(i - 2, "것")) && !shows(s, i)) {
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
            if (t == POS.Tag.NNG && f.equals("풀이") && s.at(i + 1) != null && s.m(i + 1).is(POS.Tag.XSV, "되")) {
                return s.wordAt(i);
            }
            if ((t == POS.Tag.NNB || t == POS.Tag.VA || t == POS.Tag.XSA) && f.startsWith("듯")
                    || t == POS.Tag.E && f.equals("듯이")) {
                return s.wordAt(i);
            }
        }
        return null;
    }

    /** Whether the predicate at {@code i} is in the past tense ({@code 했다}): reported speech, not hearsay. */
    private static boolean pastAfter(AnalyzedSentence s, int i) {
        Morpheme next = s.at(i + 1);
        return next != null && next.tag() == POS.Tag.E && ReportingCues.isPast(next.form());
    }

    /** {@code 보여 주다} (to show), not {@code 보이다} (to seem). */
    private static boolean shows(AnalyzedSentence s, int i) {
        for (int k = i + 1; k <= i + 2 && k < s.size(); k++) {
            if (s.m(k).form().equals("주") && (s.m(k).tag() == POS.Tag.VX || s.m(k).tag() == POS.Tag.VV)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number stands within two morphemes before {@code i}. */
    private static boolean numberBefore(AnalyzedSentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            POS.Tag t = s.m(k).tag();
            if (t == POS.Tag.SN || t == POS.Tag.NR || t == POS.Tag.MM) {
                return true;
            }
        }
        return false;
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
            if (f.equals("분경") && prev != null && prev.tag() == POS.Tag.SN) {
                return "경";
            }
            if ((f.equals("경") || f.equals("즈음") || f.equals("무렵")) && prev != null
                    && (prev.tag() == POS.Tag.NNBC || prev.tag() == POS.Tag.NNB || prev.tag() == POS.Tag.NNG)
                    && numberBefore(s, i)) {
                return f;
            }
            if (f.equals("대략") && next != null && (next.tag() == POS.Tag.SN || next.tag() == POS.Tag.NR)) {
                return f;
            }
            if ((f.equals("초반") || f.equals("중반") || f.equals("후반") || f.equals("초반대")) && prev != null
                    && (prev.tag() == POS.Tag.SN || prev.tag() == POS.Tag.NNBC || prev.tag() == POS.Tag.SY
                    && prev.form().startsWith("%")) && numberBefore(s, i)) {
                return f;
            }
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
                    || (prev.tag() == POS.Tag.NNB && !prev.form().equals("것"))
                    || (prev.tag() == POS.Tag.NNG && numberBefore(s, i - 1)))) {
                return f;
            }
        }
        return null;
    }
}
