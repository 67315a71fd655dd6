package io.sasil.claims.quantity;

/**
 * The temporal focus of a text, as HeidelTime tracks it in narratives: the year of the last
 * date that states its year with a month ({@code 2019년 11월}, {@code 2019년 3월 2일},
 * {@code 2019-11-03}). A month or month-day written without a year ({@code 11월 3일}) takes the
 * focus year; with no focus it takes the year of the reference time (the publication date).
 * A new paragraph starts without focus. Relative expressions ({@code 지난해}, {@code 어제}) and
 * bounds ({@code 2010년 이후}) always count from the reference and never move the focus.
 *
 * <p>One instance follows one text: {@link QuantityParser#parse(String, java.time.OffsetDateTime)}
 * makes its own; a caller that parses a text sentence by sentence passes the same instance to
 * {@link QuantityParser#parse(String, java.time.OffsetDateTime, TemporalFocus)} for every
 * sentence, in order. Not thread-safe (a focus belongs to one reading of one text).
 */
public final class TemporalFocus {

    private Integer year;

    /** The focus year, or null when the text has stated none so far in this paragraph. */
    public Integer year() {
        return year;
    }

    /** A date stated {@code statedYear} (null: it stated none, the focus stays). */
    void state(Integer statedYear) {
        if (statedYear != null) {
            year = statedYear;
        }
    }

    /** A new paragraph: no focus. */
    public void newParagraph() {
        year = null;
    }
}
