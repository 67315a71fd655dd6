package io.sasil.reporting.check;

import java.util.Optional;

/**
 * Whether two statements of the same fact agree. Dates agree at the coarser of their precisions
 * ({@link DateRange#agreesWith}); numbers in the same unit agree when the ranges of true values they allow
 * overlap ({@link Quantities#range}: exact figures must be equal, 약 allows ±10%, 이상/미만 open one side).
 * Different units (or a date against a number) are not comparable: empty.
 */
public final class FactAgreement {

    private FactAgreement() {
    }

    /** Agreement of two quantities, or empty when they cannot be compared. */
    public static Optional<Boolean> agree(Located a, Located b) {
        Optional<DateRange> da = DateRange.parse(a.quantity().value());
        Optional<DateRange> db = DateRange.parse(b.quantity().value());
        if (da.isPresent() && db.isPresent()) {
            return Optional.of(da.get().agreesWith(db.get()));
        }
        if (da.isPresent() || db.isPresent() || !a.unit().equals(b.unit())) {
            return Optional.empty();
        }
        double[] ra = Quantities.range(a.quantity());
        double[] rb = Quantities.range(b.quantity());
        if (Double.isNaN(ra[0]) || Double.isNaN(rb[0])) {
            return Optional.empty();
        }
        return Optional.of(Quantities.overlap(ra, rb));
    }

    /** How a value is shown in explanations: the normalised value and the text as written. */
    public static String show(Located q) {
        Optional<DateRange> d = DateRange.parse(q.quantity().value());
        String v = d.map(DateRange::toString).orElseGet(() -> {
            double n = Quantities.number(q.quantity().value());
            return Double.isNaN(n) ? String.valueOf(q.quantity().value()) : Quantities.format(n, 3) + " " + q.unit();
        });
        return v + " (" + q.quantity().text() + ")";
    }

    /** The tolerance used by {@link #agree}, in words. */
    public static final String TOLERANCE = "dates equal at the coarser precision; numbers equal, ±10% when "
            + "approximate, bounds (이상, 미만) open one side";
}
