package io.sasil.glossary.termbase;

/** Why two entries were merged. See {@link EntryMerger} for when each rule applies. */
public enum MergeRule {
    /** Two labels have the same {@link TermKey#plain() key} (case, spacing, hyphen or quote variants). */
    SAME_KEY,
    /** Two labels meet only once Latin letters are read aloud in Korean: 지피티-4 = GPT-4, 오픈에이아이 = 오픈AI. */
    LATIN_READING,
    /** The entries share an English (Latin-script) label: 에이아이(AI) and 인공지능(AI). */
    SHARED_ENGLISH_LABEL,
    /** The entries share a Hanja or original-script label of two characters or more. */
    SHARED_HANJA_LABEL,
    /** A user merged them. */
    MANUAL
}
