package io.sasil.claims.classify;

/** What a number with a counter measures; decides between the QUANTITY, TEMPORAL and other claim types. */
public enum QuantityKind {
    /** Money, people, things, percentages, distances: makes a QUANTITY claim. */
    MEASURE,
    /** A date or time of day ({@code 2023년}, {@code 1월 20일}): makes a TEMPORAL claim. */
    DATE,
    /** A length of time ({@code 52시간}, {@code 2년도 안 된}): counts as a fact, decides no type. */
    DURATION,
    /** An age or birth year ({@code 40세}, {@code 1985년생}): a biographic detail, decides no type. */
    BIOGRAPHIC,
    /** A rank ({@code 1위}): makes a RANKING claim. */
    RANK,
    /** A ratio or multiple ({@code 10분의 1}, {@code 3배}): makes a COMPARISON claim. */
    RATIO
}
