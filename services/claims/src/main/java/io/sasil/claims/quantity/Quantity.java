package io.sasil.claims.quantity;

import io.sasil.common.contract.Bound;
import java.math.BigDecimal;

/**
 * One normalised quantity found in a text.
 *
 * @param start       code point offset of the quantity's text (modifiers such as 약 included)
 * @param end         end, exclusive
 * @param text        the quantity as written
 * @param number      the numeric value of a measure ({@code 5576000}); null for temporal values
 * @param temporal    the ISO 8601 value of a date, date-time, duration or interval ({@code 2025-01-20},
 *                    {@code P2Y}, {@code 2019/2020}); null for measures
 * @param unit        see {@link io.sasil.common.contract.QuantityView#unit()}
 * @param counter     the counter word of a COUNT ({@code 가지}); null otherwise
 * @param approximate whether the writer marked the value approximate
 * @param bound       whether the value is a bound; null when exact
 * @param to          the upper end of a numeric range, null otherwise
 */
public record Quantity(int start, int end, String text, BigDecimal number, String temporal, String unit,
        String counter, boolean approximate, Bound bound, BigDecimal to) {

    /** The value as it goes on the wire: the ISO string of temporal values, the number otherwise. */
    public Object value() {
        return temporal != null ? temporal : number;
    }
}
