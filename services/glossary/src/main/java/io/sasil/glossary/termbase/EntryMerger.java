package io.sasil.glossary.termbase;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Hangul;

/**
 * Decides whether two labels name the same thing, and by which {@link MergeRule}; and which
 * {@link LabelType} the two sides of a gloss pair get.
 *
 * <p>Two labels meet when one of the {@link TermKey#keys() keys} of one equals one of the keys of the other,
 * except that:
 * <ul>
 *   <li>DEFINITION labels never meet anything (a definition describes, it does not name);</li>
 *   <li>keys shorter than two code points never meet ({@code 대(對)}, {@code 여(與)}: a single syllable or
 *       character names too many things);</li>
 *   <li>two ABBREVIATION labels do not meet on their own: one acronym abbreviates many long forms
 *       (PC: 개인용 컴퓨터, 정치적 올바름). A pair whose term and gloss both match an entry still joins it.</li>
 * </ul>
 * The rule of a meeting, first match wins: both labels Han script (HANJA or ORIGINAL_SCRIPT) →
 * SHARED_HANJA_LABEL; both Latin script (LATIN or ABBREVIATION) → SHARED_ENGLISH_LABEL; equal
 * {@link TermKey#plain() plain keys} → SAME_KEY; otherwise the keys met through a reading → LATIN_READING.
 */
public final class EntryMerger {

    private EntryMerger() {
    }

    /** The rule by which {@code a} and {@code b} name the same thing, or null when they do not meet. */
    public static MergeRule rule(Label a, Label b) {
        if (a.type() == LabelType.DEFINITION || b.type() == LabelType.DEFINITION) {
            return null;
        }
        if (a.type() == LabelType.ABBREVIATION && b.type() == LabelType.ABBREVIATION) {
            return null;
        }
        TermKey ka = a.key();
        TermKey kb = b.key();
        if (ka.length() < 2 || kb.length() < 2) {
            return null;
        }
        boolean meet = false;
        for (String k : ka.keys()) {
            if (kb.keys().contains(k)) {
                meet = true;
                break;
            }
        }
        if (!meet) {
            return null;
        }
        if (a.type().isHanScript() && b.type().isHanScript()) {
            return MergeRule.SHARED_HANJA_LABEL;
        }
        if (a.type().isLatinScript() && b.type().isLatinScript()) {
            return MergeRule.SHARED_ENGLISH_LABEL;
        }
        return ka.plain().equals(kb.plain()) ? MergeRule.SAME_KEY : MergeRule.LATIN_READING;
    }

    /**
     * The type of the term of a gloss pair: KOREAN when it contains Hangul; ABBREVIATION when it is a Latin
     * acronym glossed by its long form ({@code NAFTA(North American Free Trade Agreement)}); LATIN for other
     * Latin terms; HANJA for Han terms; ORIGINAL_SCRIPT otherwise.
     */
    public static LabelType termType(String term, String gloss, GlossKind kind) {
        if (term.codePoints().anyMatch(Hangul::isHangul)) {
            return LabelType.KOREAN;
        }
        if (term.codePoints().anyMatch(LatinReading::isLatinLetter)) {
            return kind == GlossKind.ABBREVIATION && isAcronym(term) && !isAcronym(gloss)
                    ? LabelType.ABBREVIATION : LabelType.LATIN;
        }
        if (term.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return LabelType.HANJA;
        }
        return LabelType.ORIGINAL_SCRIPT;
    }

    /**
     * The type of the gloss of a pair: DEFINITION, HANJA, ORIGINAL_SCRIPT and LATIN (for ENGLISH) follow the
     * kind; an ABBREVIATION gloss is ABBREVIATION when it is acronym-shaped, otherwise it is the long form of an
     * abbreviated term and gets KOREAN (Hangul) or LATIN.
     */
    public static LabelType glossType(String term, String gloss, GlossKind kind) {
        return switch (kind) {
            case DEFINITION -> LabelType.DEFINITION;
            case HANJA -> LabelType.HANJA;
            case ORIGINAL_NAME -> LabelType.ORIGINAL_SCRIPT;
            case ENGLISH -> gloss.codePoints().anyMatch(Hangul::isHangul) ? LabelType.KOREAN : LabelType.LATIN;
            case ABBREVIATION -> isAcronym(gloss) ? LabelType.ABBREVIATION
                    : gloss.codePoints().anyMatch(Hangul::isHangul) ? LabelType.KOREAN : LabelType.LATIN;
        };
    }

    /**
     * Acronym-shaped: no white space, at most 12 code points, and at least two upper-case Latin letters or an
     * {@code &} between letters ({@code AI}, {@code R&D}, {@code GPT-4}, {@code LLMs}, {@code NAFTA}).
     */
    static boolean isAcronym(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > 12 || t.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        long upper = t.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        return upper >= 2 || (upper >= 1 && t.contains("&"));
    }
}
