package io.sasil.claims.quantity;

import java.math.BigDecimal;

/**
 * A number read by {@link KoreanNumberScanner}.
 *
 * @param value   the value
 * @param start   UTF-16 index of the first char
 * @param end     UTF-16 index after the last char
 * @param digits  whether the number contains Arabic digits
 * @param nativeWord whether it is (or ends in) a native Korean numeral ({@code 두}, {@code 스물다섯})
 */
public record NumberToken(BigDecimal value, int start, int end, boolean digits, boolean nativeWord) {

    /** Number of UTF-16 chars. */
    public int length() {
        return end - start;
    }

    /** Whether the value is a whole number. */
    public boolean integral() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
