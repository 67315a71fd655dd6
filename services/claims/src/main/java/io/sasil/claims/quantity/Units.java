package io.sasil.claims.quantity;

/**
 * The unit codes a {@link Quantity} carries. Money uses ISO 4217 codes ({@code KRW}, {@code USD}, …);
 * everything else uses the names below. Measures are normalised to the SI base unit named here
 * ({@code 5km} → 5000 {@link #METRE}).
 */
public final class Units {

    private Units() {
    }

    /** A bare number with no unit or an unknown counter. */
    public static final String NUMBER = "NUMBER";
    public static final String PERCENT = "PERCENT";
    /** Difference of two percentages: {@code %포인트}, {@code %p}, {@code 포인트} after a percentage. */
    public static final String PERCENT_POINT = "PERCENT_POINT";
    /** A fraction or multiple: {@code 10분의 1}, {@code 절반}, {@code 3배}. */
    public static final String RATIO = "RATIO";
    public static final String PERSON = "PERSON";
    /** Things counted with a counter word; the counter is kept in {@link Quantity#counter()}. */
    public static final String COUNT = "COUNT";
    public static final String AGE_YEARS = "AGE_YEARS";
    public static final String BIRTH_YEAR = "BIRTH_YEAR";
    public static final String RANK = "RANK";
    public static final String ORDINAL = "ORDINAL";
    public static final String DATE = "DATE";
    public static final String DATETIME = "DATETIME";
    public static final String DURATION = "DURATION";
    public static final String INTERVAL = "INTERVAL";
    /** A repetition: ISO 8601 {@code R/P1Y} ({@code 매년}), {@code R/P1W} ({@code 매주}). */
    public static final String RECURRENCE = "RECURRENCE";
    public static final String METRE = "METRE";
    public static final String SQUARE_METRE = "SQUARE_METRE";
    public static final String LITRE = "LITRE";
    public static final String KILOGRAM = "KILOGRAM";
    /** Speeds: {@code 시속 80km}, {@code 193km/h}, {@code 초속 5m}, {@code 시속 60마일}. */
    public static final String METRE_PER_SECOND = "METRE_PER_SECOND";
    /** Energy, explosive yields included ({@code 1킬로톤} of TNT = 4.184 × 10¹² J). */
    public static final String JOULE = "JOULE";
    public static final String CELSIUS = "CELSIUS";
    public static final String FAHRENHEIT = "FAHRENHEIT";
    /** An angle or a temperature without scale ({@code 45도}). */
    public static final String DEGREE = "DEGREE";
    public static final String HERTZ = "HERTZ";
    public static final String WATT = "WATT";
    public static final String WATT_HOUR = "WATT_HOUR";
    public static final String BYTE = "BYTE";
}
