package io.sasil.claims.extract;

import io.sasil.claims.quantity.Quantity;
import io.sasil.common.contract.QuantityView;

/**
 * Maps a parser {@link Quantity} to its wire form {@link QuantityView}: offsets moved by a shift (the
 * code point offset of the sentence the quantity was parsed in), the value a number for measures and
 * the ISO 8601 string for temporal values, the upper end of a range in {@code to}.
 */
public final class QuantityViews {

    private QuantityViews() {
    }

    /** The wire form of {@code q}, its offsets moved by {@code shift} code points. */
    public static QuantityView of(Quantity q, int shift) {
        return new QuantityView(q.start() + shift, q.end() + shift, q.text(), q.value(), q.unit(), q.counter(),
                q.approximate(), q.bound(), q.to());
    }

    /** The same quantity at other offsets and with the text found there. */
    static QuantityView at(QuantityView q, int start, int end, String text) {
        return new QuantityView(start, end, text, q.value(), q.unit(), q.counter(), q.approximate(), q.bound(), q.to());
    }
}
