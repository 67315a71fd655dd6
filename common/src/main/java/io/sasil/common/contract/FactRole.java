package io.sasil.common.contract;

/**
 * The part one quantity of a claim plays in a {@link FactView}.
 *
 * @param quantity index of the quantity in its claim's {@code quantities}, from 0
 * @param role     {@code date}, {@code elapsed}, {@code value}, {@code period}, {@code whole}, {@code part},
 *                 {@code share}, {@code ratio}, {@code amount}, {@code converted}, {@code age},
 *                 {@code international-age}, {@code birth-year} or {@code as-of} (see {@link FactView})
 */
public record FactRole(int quantity, String role) {
}
