package io.sasil.reporting.check;

import io.sasil.common.contract.Bound;
import io.sasil.common.contract.QuantityView;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reading {@link QuantityView} values: numbers, money units, the range of true values a stated figure allows.
 *
 * <p>Rule for ranges: an exact figure allows only itself; {@code approximate} (약, 가량) widens it by
 * {@link #APPROXIMATE_WIDTH} either side; a {@link Bound} opens one side (이상 → [v, ∞), 미만 → (−∞, v]);
 * a range {@code to} gives [value, to].
 */
public final class Quantities {

    /** Relative half-width allowed around an approximate figure: 10%. */
    public static final double APPROXIMATE_WIDTH = 0.10;

    private Quantities() {
    }

    /** The value as a double, or NaN when it is not a number (an ISO string, null). */
    public static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim()).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** {@code [low, high]} of the true values the quantity allows (infinite for open bounds). */
    public static double[] range(QuantityView q) {
        double v = number(q.value());
        if (Double.isNaN(v)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double low = v;
        double high = v;
        double to = number(q.to());
        if (!Double.isNaN(to)) {
            low = Math.min(v, to);
            high = Math.max(v, to);
        }
        if (q.approximate()) {
            low -= Math.abs(low) * APPROXIMATE_WIDTH;
            high += Math.abs(high) * APPROXIMATE_WIDTH;
        }
        Bound bound = q.bound();
        if (bound == Bound.MIN_INCLUSIVE || bound == Bound.MIN_EXCLUSIVE) {
            high = Double.POSITIVE_INFINITY;
        } else if (bound == Bound.MAX_INCLUSIVE || bound == Bound.MAX_EXCLUSIVE) {
            low = Double.NEGATIVE_INFINITY;
        }
        return new double[] {low, high};
    }

    /** Whether two ranges share a value, up to a relative epsilon for floating point noise. */
    public static boolean overlap(double[] a, double[] b) {
        double eps = 1e-9 * Math.max(1, Math.max(finiteAbs(a), finiteAbs(b)));
        return a[0] <= b[1] + eps && b[0] <= a[1] + eps;
    }

    private static double finiteAbs(double[] r) {
        double m = 0;
        for (double x : r) {
            if (Double.isFinite(x)) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return m;
    }

    /** A number for explanations: grouping commas, at most {@code decimals} decimals, no trailing zeros. */
    public static String format(double v, int decimals) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        DecimalFormat f = new DecimalFormat("#,##0." + "#".repeat(Math.max(1, decimals)),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (decimals == 0) {
            f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        return f.format(v).replace('-', '−');
    }

    /** Number of decimals written in a stated figure ({@code 3.25%} → 2), read from its value. */
    public static int decimals(Object value) {
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return Math.max(0, d.scale());
        }
        if (value instanceof String s) {
            try {
                return Math.max(0, new BigDecimal(s.trim()).stripTrailingZeros().scale());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
