/**
 * The glossary's term base, plain Java: merge keys ({@link io.sasil.glossary.termbase.TermKey},
 * {@link io.sasil.glossary.termbase.LatinReading}), entries and their merging
 * ({@link io.sasil.glossary.termbase.TermBase}, {@link io.sasil.glossary.termbase.EntryMerger}), mention finding
 * ({@link io.sasil.glossary.termbase.MentionMatcher}), the Nori user dictionary
 * ({@link io.sasil.glossary.termbase.NoriUserDictionary}) and TBX/CSV/JSON import and export. Offsets are Unicode
 * code point indices, end exclusive. The rules are documented in {@code docs/glossary.md}, section "Term base and
 * resolution".
 */
package io.sasil.glossary.termbase;
