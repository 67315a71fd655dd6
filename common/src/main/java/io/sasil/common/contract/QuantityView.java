package io.sasil.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A normalised quantity, date or duration found in a text.
 *
 * @param start       code point offset of the quantity's text
 * @param end         end, exclusive
 * @param text        the quantity as written ({@code 557만 6,000달러})
 * @param value       a number for measures ({@code 5576000}), an ISO 8601 string for dates,
 *                    date-times, durations and intervals ({@code "2025-01-20"}, {@code "P2Y"})
 * @param unit        {@code USD}/{@code KRW}/… (ISO 4217), {@code PERCENT}, {@code PERCENT_POINT},
 *                    {@code RATIO}, {@code PERSON}, {@code COUNT}, {@code AGE_YEARS},
 *                    {@code BIRTH_YEAR}, {@code RANK}, {@code ORDINAL}, {@code DATE}, {@code DATETIME},
 *                    {@code DURATION}, {@code INTERVAL}, SI units by name ({@code METRE}, …)
 * @param counter     the counter word of a COUNT ({@code 가지}, {@code 대}); null otherwise
 * @param approximate whether the writer marked the value as approximate (약, 가량, 정도, …)
 * @param bound       whether the value is a bound rather than the value itself; null when exact
 * @param to          the upper end of a range ({@code 25000~30000원}), in the unit of {@code value}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuantityView(int start, int end, String text, Object value, String unit, String counter,
        boolean approximate, Bound bound, Object to) {

    /** The units above that are not ISO 4217 codes although some have three letters. */
    private static final java.util.Set<String> NOT_MONEY = java.util.Set.of("PERCENT", "PERCENT_POINT", "RATIO",
            "PERSON", "COUNT", "AGE_YEARS", "BIRTH_YEAR", "RANK", "ORDINAL", "DATE", "DATETIME", "DURATION",
            "INTERVAL", "METRE");

    /** Whether {@code unit} is an amount of money: an ISO 4217 currency code. */
    public static boolean isMoney(String unit) {
        if (unit == null || unit.length() != 3 || NOT_MONEY.contains(unit)) {
            return false;
        }
        try {
            java.util.Currency.getInstance(unit);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
