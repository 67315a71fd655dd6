package io.sasil.common.contract;

/** The kind of a gloss pair, as defined in the suite's glossary spec. */
public enum GlossKind {
    /** An acronym or abbreviation of the term, or the long form of an abbreviated term: 인공지능(AI). */
    ABBREVIATION,
    /** The term's name or equivalent in a Latin-script language: 엔비디아(NVIDIA). */
    ENGLISH,
    /** Chinese characters whose Korean reading is the term: 타산지석(他山之石). */
    HANJA,
    /** A name in its original non-Latin script whose Korean reading is not the term: 량원펑(梁文鋒). */
    ORIGINAL_NAME,
    /** A Korean explanation or synonym: 빅테크(거대기술기업). */
    DEFINITION
}
