package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.TermBase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rebuild of the mention automaton computes the written variants ({@link TermBase#readingVariants}) only of the
 * entries whose labels changed since the last build, and finds what an automaton built from scratch finds.
 */
class MentionAutomatonTest {

    private final MentionAutomaton automaton = new MentionAutomaton();

    @AfterEach
    void stop() {
        automaton.close();
    }

    private static Evidence seen(String doc, String term) {
        return new Evidence(doc, term, null, null);
    }

    private void assertFindsAsFromScratch(TermBase base, String text) {
        List<MentionMatcher.Mention> fresh = MentionMatcher.of(base.mentionLabels()).find(text);
        assertEquals(fresh, automaton.find(base, text), text);
    }

    @Test
    void aRebuildComputesVariantsOnlyOfRelabelledOrNewEntries() {
        TermBase base = new TermBase();
        base.addPair("오픈에이아이", "OpenAI", GlossKind.ENGLISH, seen("1", "오픈에이아이"));
        base.addPair("한빛랩스", "Hanbit Labs", GlossKind.ENGLISH, seen("1", "한빛랩스"));
        base.addPair("국제통화기금", "IMF", GlossKind.ABBREVIATION, seen("1", "국제통화기금"));
        automaton.buildNow(base);
        assertEquals(3, automaton.variantsComputed());
        String text = "오픈AI와 한빛랩스는 아이엠에프 보고서를 인용했다. IMF는 국제통화기금이다.";
        assertFindsAsFromScratch(base, text);

        // a document glossing known terms the known way: no entry's labels change
        base.addPair("오픈에이아이", "OpenAI", GlossKind.ENGLISH, seen("2", "오픈에이아이"));
        base.forgetDocument("1");
        automaton.buildNow(base);
        assertEquals(3, automaton.variantsComputed(), "evidence only: every variant kept");

        // a new spelling of one entry, then a new entry: one computation each
        base.addPair("한빛 랩스", "Hanbit Labs", GlossKind.ENGLISH, seen("3", "한빛 랩스"));
        automaton.buildNow(base);
        assertEquals(4, automaton.variantsComputed(), "only the relabelled entry");
        base.addPair("세계보건기구", "WHO", GlossKind.ABBREVIATION, seen("4", "세계보건기구"));
        automaton.buildNow(base);
        assertEquals(5, automaton.variantsComputed(), "only the new entry");
        assertFindsAsFromScratch(base, text + " 한빛 랩스와 더블유에이치오, 세계보건기구도 나왔다.");
    }
}
