package io.sasil.reporting.check;

import io.sasil.common.contract.QuantityView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parts and wholes. A {@code part-whole} fact of the claims service names two counts in the same unit (PERSON;
 * COUNT with the same counter; one currency), the whole and a part of it ({@code 직원 180명 … 연구 인력 139명}): the
 * part must not exceed the whole (139 ≤ 180 holds; {@code 직원 130명 … 연구 인력 139명} does not). Bounds and 약 are
 * respected (the part's lowest value against the whole's highest).
 *
 * <p>Shares: a percentage above 100 stated as a share (a {@code share} fact: 차지, 비중, 점유율) is INCONSISTENT.
 */
public final class PartWholeCheck implements ConsistencyCheck {

    public static final String NAME = "part-whole";

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        for (StatedFact f : context.stated("part-whole")) {
            Optional<Located> whole = f.role("whole");
            Optional<Located> part = f.role("part");
            if (whole.isPresent() && part.isPresent()) {
                pair(whole.get(), part.get()).ifPresent(out::add);
            }
        }
        for (StatedFact f : context.stated("share")) {
            Optional<Located> share = f.role("share");
            if (share.isEmpty() || !share.get().unit().equals("PERCENT")) {
                continue;
            }
            Located p = share.get();
            double v = Quantities.number(p.quantity().value());
            if (v > 100) {
                out.add(new CheckResult(NAME, Verdict.INCONSISTENT, List.of(p.involved()),
                        "a share of " + Quantities.format(v, 2) + "% exceeds the whole (100%)", "share ≤ 100%"));
            }
        }
        return out;
    }

    private Optional<CheckResult> pair(Located whole, Located part) {
        boolean sameUnit = whole.unit().equals(part.unit()) && (whole.unit().equals("PERSON")
                || (whole.unit().equals("COUNT")
                        && Objects.equals(whole.quantity().counter(), part.quantity().counter()))
                || QuantityView.isMoney(whole.unit()));
        if (!sameUnit) {
            return Optional.empty();
        }
        Located a = whole.start() <= part.start() ? whole : part;
        Located b = a == whole ? part : whole;
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
}
