package io.sasil.reporting.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parts and wholes. Within one claim, two counts in the same unit (PERSON; COUNT with the same counter; one
 * currency) where one is the whole and the other a part of it: the part must not exceed the whole
 * ({@code 직원 180명 … 연구 인력 139명} holds; {@code 직원 130명 … 연구 인력 139명} does not).
 *
 * <p>The earlier figure is the whole and the later the part when 그중, 이 중, 그 가운데, 이 가운데, 중에서 or a bare 중 stands
 * between them; otherwise a figure right after a whole noun (직원, 임직원, 전체, 총, 회원, 인구, 응답자, …) is the
 * whole and one right after a subgroup noun (연구 인력, 연구원, 개발자, 여성, 정규직, …) is the part. Bounds and
 * 약 are respected (the part's lowest value against the whole's highest).
 *
 * <p>Shares: a percentage above 100 stated as a share (차지, 비중, 점유율) is INCONSISTENT.
 */
public final class PartWholeCheck implements ConsistencyCheck {

    public static final String NAME = "part-whole";

    private static final List<String> MARKERS = List.of("그중", "그 중", "이 중", "이중", "그 가운데", "이 가운데",
            "중에서", "가운데");
    private static final List<String> WHOLE_NOUNS = List.of("임직원", "직원", "전체", "총", "모두", "전교생",
            "재학생", "인구", "회원", "구성원", "총원", "참가자", "응답자", "종업원");
    private static final List<String> PART_NOUNS = List.of("인력", "연구원", "연구진", "개발자", "엔지니어", "여성",
            "남성", "정규직", "비정규직", "계약직", "외국인", "임원", "신입", "박사", "석사", "학생");
    private static final List<String> SHARE_WORDS = List.of("차지", "비중", "점유율");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        for (int c = 0; c < context.claims().size(); c++) {
            final int claim = c;
            List<Located> qs = context.quantities().stream().filter(q -> q.claimIndex() == claim).toList();
            for (int i = 0; i < qs.size(); i++) {
                for (int j = i + 1; j < qs.size() && j <= i + 4; j++) {
                    pair(context, qs.get(i), qs.get(j)).ifPresent(out::add);
                }
            }
        }
        for (Located p : context.quantities("PERCENT")) {
            double v = Quantities.number(p.quantity().value());
            if (v > 100 && (contains(context.slice(p.end(), p.end() + 8), SHARE_WORDS)
                    || contains(context.slice(p.start() - 8, p.start()), SHARE_WORDS))) {
                out.add(new CheckResult(NAME, Verdict.INCONSISTENT, List.of(p.involved()),
                        "a share of " + Quantities.format(v, 2) + "% exceeds the whole (100%)", "share ≤ 100%"));
            }
        }
        return out;
    }

    private Optional<CheckResult> pair(CheckContext context, Located a, Located b) {
        boolean sameUnit = a.unit().equals(b.unit()) && (a.unit().equals("PERSON")
                || (a.unit().equals("COUNT") && Objects.equals(a.quantity().counter(), b.quantity().counter()))
                || Quantities.isMoney(a.unit()));
        if (!sameUnit || b.start() < a.end()) {
            return Optional.empty();
        }
        Located whole = null;
        Located part = null;
        String between = context.slice(a.end(), b.start());
        String lead = between.strip();
        if (contains(between, MARKERS) || between.contains(" 중 ") || lead.startsWith("중 ") || lead.startsWith("중에")) {
            whole = a;
            part = b;
        } else {
            boolean aWhole = nounBefore(context, a, WHOLE_NOUNS);
            boolean bWhole = nounBefore(context, b, WHOLE_NOUNS);
            boolean aPart = !aWhole && nounBefore(context, a, PART_NOUNS);
            boolean bPart = !bWhole && nounBefore(context, b, PART_NOUNS);
            if (aWhole && bPart) {
                whole = a;
                part = b;
            } else if (bWhole && aPart) {
                whole = b;
                part = a;
            }
        }
        if (whole == null) {
            return Optional.empty();
        }
        double[] w = Quantities.range(whole.quantity());
        double[] p = Quantities.range(part.quantity());
        if (Double.isNaN(w[0]) || Double.isNaN(p[0])) {
            return Optional.empty();
        }
        boolean ok = p[0] <= w[1] + 1e-9;
        double pv = Quantities.number(part.quantity().value());
        double wv = Quantities.number(whole.quantity().value());
        String explanation = "part " + part.quantity().text() + (ok ? " ≤ " : " > ") + "whole "
                + whole.quantity().text() + " (" + Quantities.format(pv, 2) + (ok ? " ≤ " : " > ")
                + Quantities.format(wv, 2) + ")";
        return Optional.of(new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT,
                List.of(a.involved(), b.involved()), explanation, "part ≤ whole (bounds and 약 respected)"));
    }

    /** Whether one of {@code nouns} ends within the 3 code points before the quantity (after the previous one). */
    private static boolean nounBefore(CheckContext context, Located q, List<String> nouns) {
        int from = Math.max(context.previousQuantityEnd(q), q.start() - 10);
        String before = context.slice(from, q.start()).stripTrailing();
        for (String n : nouns) {
            int at = before.lastIndexOf(n);
            if (at >= 0 && before.length() - (at + n.length()) <= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
