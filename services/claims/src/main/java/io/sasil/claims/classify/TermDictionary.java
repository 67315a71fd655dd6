package io.sasil.claims.classify;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.TreeSet;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Builds a Nori {@link UserDictionary} from glossary terms, so that each term tokenises as one noun
 * ({@code 딥시크}, {@code 엔비디아}). Terms with white space (Nori splits words at spaces anyway), with
 * characters other than letters and digits, shorter than two characters or longer than 50 are
 * skipped.
 */
public final class TermDictionary {

    private TermDictionary() {
    }

    /** The dictionary of the usable terms, or null when none is usable. */
    public static UserDictionary of(Collection<String> terms) {
        TreeSet<String> usable = new TreeSet<>();
        for (String t : terms) {
            if (t != null && usable(t.strip())) {
                usable.add(t.strip());
            }
        }
        if (usable.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String t : usable) {
            b.append(t).append('\n');
        }
        try {
            return UserDictionary.open(new StringReader(b.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean usable(String t) {
        if (t.length() < 2 || t.length() > 50) {
            return false;
        }
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!(Character.isLetterOrDigit(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
