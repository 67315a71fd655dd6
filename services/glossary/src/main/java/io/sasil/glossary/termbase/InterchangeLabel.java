package io.sasil.glossary.termbase;

/**
 * A label of a {@link InterchangeEntry}.
 *
 * @param text     the label
 * @param type     its type (not DEFINITION: definitions are separate)
 * @param language a BCP 47 tag: {@code ko}, {@code en}, {@code ko-Hani} for Hanja, {@code zh}, {@code ja}, …
 */
public record InterchangeLabel(String text, LabelType type, String language) {

    /** The language a label of this type and text is exported with when none is known. */
    public static String defaultLanguage(LabelType type, String text) {
        boolean hangul = text.codePoints().anyMatch(io.sasil.common.text.Hangul::isHangul);
        return switch (type) {
            case KOREAN, DEFINITION -> "ko";
            case LATIN -> "en";
            case HANJA -> "ko-Hani";
            case ABBREVIATION -> hangul ? "ko" : "en";
            case ORIGINAL_SCRIPT -> text.codePoints().anyMatch(cp -> {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
            }) ? "ja" : text.codePoints().anyMatch(MentionMatcher::isHan) ? "zh" : "und";
        };
    }

    /**
     * The label type of a term read from a file without explicit types: an abbreviation when marked so; HANJA for
     * {@code ko-Hani}; KOREAN for other {@code ko} tags; LATIN for Latin text; ORIGINAL_SCRIPT otherwise.
     */
    public static LabelType typeOf(String text, String language, boolean abbreviation) {
        if (abbreviation) {
            return LabelType.ABBREVIATION;
        }
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        if (lang.equals("ko-hani") || lang.startsWith("ko-hani-")) {
            return LabelType.HANJA;
        }
        if (lang.equals("ko") || lang.startsWith("ko-")) {
            return LabelType.KOREAN;
        }
        boolean latin = text.codePoints().anyMatch(LatinReading::isLatinLetter)
                || text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
        return latin ? LabelType.LATIN : LabelType.ORIGINAL_SCRIPT;
    }
}
