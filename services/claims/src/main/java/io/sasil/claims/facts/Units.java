package io.sasil.claims.facts;

import java.util.Currency;
import java.util.Set;

/** Reading the units of quantities. */
final class Units {

    private static final Set<String> NOT_MONEY = Set.of("PERCENT", "PERCENT_POINT", "RATIO", "PERSON", "COUNT",
            "AGE_YEARS", "BIRTH_YEAR", "RANK", "ORDINAL", "DATE", "DATETIME", "DURATION", "INTERVAL", "METRE");

    private Units() {
    }

    /** Whether the unit is an ISO 4217 currency code. */
    static boolean isMoney(String unit) {
        if (unit == null || unit.length() != 3 || NOT_MONEY.contains(unit)) {
            return false;
        }
        try {
            Currency.getInstance(unit);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
