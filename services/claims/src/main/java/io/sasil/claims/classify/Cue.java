package io.sasil.claims.classify;

/**
 * One feature that fired, with the text that made it fire.
 *
 * @param feature the feature
 * @param detail  the words as written ({@code 밝혔다}, {@code 1위}) or a rule name ({@code NNP}, {@code -해야 한다})
 * @param index   index of the morpheme where it fired
 * @param kind    for numbers and dates, what the number measures; null otherwise
 */
public record Cue(Feature feature, String detail, int index, QuantityKind kind) {

    /** Longest detail kept in a reason, in code points; longer ones are cut and end with {@code …}. */
    public static final int MAX_DETAIL = 40;

    /** The readable reason: {@code attribution:밝혔다}; just the label when there is no detail. */
    public String reason() {
        if (detail == null || detail.isEmpty()) {
            return feature.label();
        }
        String d = detail;
        if (d.codePointCount(0, d.length()) > MAX_DETAIL) {
            d = d.substring(0, d.offsetByCodePoints(0, MAX_DETAIL)) + "…";
        }
        return feature.label() + ":" + d;
    }
}
