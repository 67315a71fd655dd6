package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Span;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.TermBase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which changes commute across replicas ({@link TermBaseRows#evidenceOnly}): one document's evidence added to or
 * removed from entries that exist, and nothing else. Anything that creates, relabels or merges an entry, or moves
 * two documents' evidence in one change, is structural and takes the writer lock.
 */
class EvidenceOnlyChangeTest {

    private TermBase base;

    private static Evidence evidence(String doc, String term) {
        return new Evidence(doc, term, new Span(0, term.length()), new Span(term.length() + 1, term.length() + 4));
    }

    @BeforeEach
    void knownTerms() {
        base = new TermBase();
        base.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("1", "누리소프트"));
        base.addPair("가람바이오", "Garam Bio", GlossKind.ENGLISH, evidence("1", "가람바이오"));
        base.drainChanges();
    }

    private boolean evidenceOnly(Consumer<TermBase> change) {
        change.accept(base);
        List<TermBase.EntryChange> changes = base.drainChanges();
        assertFalse(changes.isEmpty(), "the change changed something");
        return TermBaseRows.evidenceOnly(changes);
    }

    @Test
    void aDocumentGlossingKnownTermsOnlyAddsEvidence() {
        assertTrue(evidenceOnly(b -> {
            b.forgetDocument("2");
            b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("2", "누리소프트"));
            b.addPair("가람바이오", "Garam Bio", GlossKind.ENGLISH, evidence("2", "가람바이오"));
        }));
    }

    @Test
    void reAnalysingADocumentReplacesOnlyItsEvidence() {
        assertTrue(evidenceOnly(b -> {
            b.forgetDocument("1");
            b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("1", "누리소프트"));
        }));
    }

    @Test
    void forgettingADocumentOnlyRemovesEvidence() {
        assertTrue(evidenceOnly(b -> b.forgetDocument("1")));
    }

    @Test
    void aNewTermIsStructural() {
        assertFalse(evidenceOnly(b -> b.addPair("한솔재단", "Hansol Foundation", GlossKind.ENGLISH,
                evidence("2", "한솔재단"))));
    }

    @Test
    void aNewSpellingOfAKnownTermIsStructural() {
        // the entry gains a label: the mention automaton and every replica's merges must see it
        assertFalse(evidenceOnly(b -> b.addPair("누리 소프트", "Nuri Soft", GlossKind.ENGLISH,
                evidence("2", "누리 소프트"))));
    }

    @Test
    void twoDocumentsInOneChangeAreStructural() {
        assertFalse(evidenceOnly(b -> {
            b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("2", "누리소프트"));
            b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("3", "누리소프트"));
        }));
    }

    @Test
    void evidenceWithoutADocumentIsStructural() {
        assertFalse(evidenceOnly(b -> b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence(null, "누리소프트"))));
    }

    @Test
    void aMergeIsStructural() {
        long nuri = base.findByLabel("Nuri Soft").get(0).id();
        long garam = base.findByLabel("Garam Bio").get(0).id();
        assertFalse(evidenceOnly(b -> b.merge(nuri, garam)));
    }

    @Test
    void knownPairsAreThoseWhoseAnalysisOnlyAddsEvidence() {
        assertTrue(base.knowsPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH));
        assertFalse(base.knowsPair("누리 소프트", "Nuri Soft", GlossKind.ENGLISH), "a new spelling of a known key");
        assertFalse(base.knowsPair("누리소프트", "Nuri Software", GlossKind.ENGLISH), "a new gloss");
        assertFalse(base.knowsPair("한솔재단", "Hansol Foundation", GlossKind.ENGLISH), "a new term");
        assertTrue(evidenceOnly(b -> b.addPair("누리소프트", "Nuri Soft", GlossKind.ENGLISH, evidence("5", "누리소프트"))));
    }
}
