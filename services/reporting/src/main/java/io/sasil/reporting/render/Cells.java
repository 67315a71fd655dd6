package io.sasil.reporting.render;

import io.sasil.common.contract.QuantityView;
import io.sasil.reporting.check.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values are written in report tables, the same in every format. */
public final class Cells {

    private Cells() {
    }

    /** A quantity as written and as normalised: {@code 557만 6,000달러 = 5576000 USD (approx.)}. */
    public static String quantity(QuantityView q) {
        if (q == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(nz(q.text())).append(" = ").append(value(q.value()));
        if (q.to() != null) {
            b.append('–').append(value(q.to()));
        }
        if (q.unit() != null) {
            b.append(' ').append(q.unit());
        }
        if (q.counter() != null) {
            b.append(" (").append(q.counter()).append(')');
        }
        if (q.bound() != null) {
            b.append(' ').append(switch (q.bound()) {
                case MIN_INCLUSIVE -> "≥";
                case MIN_EXCLUSIVE -> ">";
                case MAX_INCLUSIVE -> "≤";
                case MAX_EXCLUSIVE -> "<";
            });
        }
        if (q.approximate()) {
            b.append(" approx.");
        }
        return b.toString();
    }

    /** Every quantity of a claim, separated by {@code ; }. */
    public static String quantities(List<QuantityView> qs) {
        return qs == null ? "" : qs.stream().map(Cells::quantity).collect(Collectors.joining("; "));
    }

    /** A number without exponent or trailing zeros; other values as they are. */
    public static String value(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.toString();
        }
        if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return f.toString();
        }
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        return v == null ? "" : v.toString();
    }

    /** A score with two decimals. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** ✓ consistent, ✗ inconsistent, ? unverifiable. */
    public static String symbol(Verdict v) {
        return v == null ? "" : switch (v) {
            case CONSISTENT -> "✓";
            case INCONSISTENT -> "✗";
            case UNVERIFIABLE -> "?";
        };
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
