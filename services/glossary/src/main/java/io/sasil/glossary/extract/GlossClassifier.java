package io.sasil.glossary.extract;

import io.sasil.common.contract.GlossKind;

/**
 * Decides the kind of a (term, gloss) pair (SPEC §1 table).
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li>a short-form label ({@code 이하}, {@code 약칭}, {@code 약어} …) → ABBREVIATION;</li>
 *   <li>Han gloss → HANJA when some reading of it is the term ({@link HanjaReader}, initial-sound rule
 *       included), else ORIGINAL_NAME ({@code 량원펑(梁文鋒)});</li>
 *   <li>kana, Cyrillic or another non-Latin, non-Hangul script → ORIGINAL_NAME;</li>
 *   <li>Latin gloss: the term is the gloss's letters read aloud ({@code 에이아이(AI)}) or sounds like it
 *       ({@link PhoneticMatcher}, {@code 엔비디아(NVIDIA)}) → ENGLISH (a transliteration); the gloss is
 *       acronym-shaped ({@code 인공지능(AI)}, {@code R&D}) → ABBREVIATION; the term is acronym-shaped and the
 *       gloss its long form ({@code NAFTA(North American Free Trade Agreement)}) → ABBREVIATION;
 *       otherwise → ENGLISH ({@code 경종(Wake up call)});</li>
 *   <li>a gloss of symbols only ({@code 엔화(¥)}) → ABBREVIATION (the term's symbol);</li>
 *   <li>Latin term and Latin gloss: either acronym-shaped → ABBREVIATION; a one-token term whose letters
 *       appear in order in a gloss at least twice as long that does not start with it
 *       ({@code P(pressure)}, {@code mRNA2(messenger ribonucleic acid 2)}) → ABBREVIATION; else ENGLISH;</li>
 *   <li>Hangul gloss: an acronym-shaped Latin term → ABBREVIATION ({@code AI(인공지능)}); a Latin term →
 *       ENGLISH; one side a shorter Korean abbreviation of the other — its syllables in order in the
 *       other, starting with the same syllable, 련 matching 연 by the initial-sound rule ({@code 전국경제인연합회(전경련)}) → ABBREVIATION;
 *       otherwise → DEFINITION ({@code 빅테크(거대기술기업)}).</li>
 * </ol>
 */
final class GlossClassifier {

    private final HanjaReader hanja;
    private final PhoneticMatcher phonetic;

    GlossClassifier(HanjaReader hanja, PhoneticMatcher phonetic) {
        this.hanja = hanja;
        this.phonetic = phonetic;
    }

    GlossKind classify(String term, String gloss, String label) {
        if (label != null && GlossPartSplitter.SHORT_FORM_LABELS.contains(label)) {
            return GlossKind.ABBREVIATION;
        }
        Script glossScript = Script.of(gloss);
        Script termScript = Script.of(term);
        switch (glossScript) {
            case HAN:
                return hanja.reads(gloss, term) ? GlossKind.HANJA : GlossKind.ORIGINAL_NAME;
            case OTHER:
                return GlossKind.ORIGINAL_NAME;
            case NONE:
                return GlossKind.ABBREVIATION;
            case LATIN:
                if (termScript == Script.LATIN) {
                    return LetterNames.isAcronymShaped(term) || LetterNames.isAcronymShaped(gloss)
                            || abbreviates(term, gloss) ? GlossKind.ABBREVIATION : GlossKind.ENGLISH;
                }
                if (LetterNames.matches(term, gloss)
                        || phonetic.similarity(term, gloss) >= PhoneticMatcher.THRESHOLD) {
                    return GlossKind.ENGLISH;
                }
                return LetterNames.isAcronymShaped(gloss) ? GlossKind.ABBREVIATION : GlossKind.ENGLISH;
            default:
                if (termScript == Script.LATIN) {
                    // 5G(5세대 이동통신): a letters-and-digits term spelt out by a Korean long form
                    return LetterNames.isAcronymShaped(term) || NumberedTerm.spellsOut(term, gloss)
                            ? GlossKind.ABBREVIATION : GlossKind.ENGLISH;
                }
                if (termScript == Script.HAN) {
                    return hanja.reads(term, gloss) ? GlossKind.HANJA : GlossKind.DEFINITION;
                }
                return isShortForm(gloss, term) || isShortForm(term, gloss)
                        ? GlossKind.ABBREVIATION : GlossKind.DEFINITION;
        }
    }

    /**
     * Whether a one-token Latin term abbreviates a Latin gloss: its letters and digits appear in order in
     * the gloss (case ignored), the gloss is at least twice as long and does not start with the term as
     * a word.
     */
    static boolean abbreviates(String term, String gloss) {
        String t = term.strip();
        if (t.isEmpty() || t.indexOf(' ') >= 0 || t.length() > 8 || gloss.length() < 2 * t.length()) {
            return false;
        }
        String g = gloss.toLowerCase(java.util.Locale.ROOT);
        String tl = t.toLowerCase(java.util.Locale.ROOT);
        if (g.startsWith(tl) && (g.length() == tl.length() || !Character.isLetterOrDigit(g.charAt(tl.length())))) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < g.length() && j < tl.length(); i++) {
            if (!Character.isLetterOrDigit(tl.charAt(j))) {
                j++;
                i--;
                continue;
            }
            if (g.charAt(i) == tl.charAt(j)) {
                j++;
            }
        }
        return j == tl.length();
    }

    /** Whether {@code shortForm} is a Korean abbreviation of {@code longForm} (see rule 5). */
    static boolean isShortForm(String shortForm, String longForm) {
        String s = shortForm.replace(" ", "");
        String l = longForm.replace(" ", "");
        if (s.length() < 2 || s.length() >= l.length() || s.charAt(0) != l.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < l.length() && j < s.length(); i++) {
            if (l.charAt(i) == s.charAt(j) || HanjaReader.initialSoundVariant(s.charAt(j)) == l.charAt(i)) {
                j++;
            }
        }
        return j == s.length();
    }
}
