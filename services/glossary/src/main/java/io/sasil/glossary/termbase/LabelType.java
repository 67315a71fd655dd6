package io.sasil.glossary.termbase;

/** What a label of a {@link TermEntry} is. */
public enum LabelType {
    /** A Korean (Hangul, possibly mixed with Latin or digits) name of the thing: 딥시크, 오픈AI. */
    KOREAN,
    /** A name in English or another Latin-script language: DeepSeek, Chat GPT. */
    LATIN,
    /** The Sino-Korean spelling whose reading is the Korean label: 他山之石. */
    HANJA,
    /** A name in its original non-Latin script: 深度求索, 梁文鋒. */
    ORIGINAL_SCRIPT,
    /** An acronym or abbreviation: AI, LLM, NAFTA. */
    ABBREVIATION,
    /** A Korean explanation or synonym; never used to merge or to find mentions. */
    DEFINITION;

    /** Whether labels of this type are written in Latin script (LATIN, ABBREVIATION). */
    public boolean isLatinScript() {
        return this == LATIN || this == ABBREVIATION;
    }

    /** Whether labels of this type are written in Han characters (HANJA, ORIGINAL_SCRIPT). */
    public boolean isHanScript() {
        return this == HANJA || this == ORIGINAL_SCRIPT;
    }
}
