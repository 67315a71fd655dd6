package io.sasil.claims.facts;

import java.util.List;

/** Looking up listed words in a stretch of text. */
final class Words {

    private Words() {
    }

    /** The first word of {@code words} (in list order) that occurs in {@code text}, or null. */
    static String first(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
