package io.sasil.glossary.termbase;

/** What kind of thing an entry names; an entry's category is null when it cannot be inferred. */
public enum Category {
    PERSON, ORGANISATION, PRODUCT, CONCEPT, LAW, IDIOM
}
