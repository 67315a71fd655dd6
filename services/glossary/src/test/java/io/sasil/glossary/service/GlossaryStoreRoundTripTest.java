package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.EntryLabel;
import io.sasil.glossary.model.GlossRecord;
import io.sasil.glossary.model.MentionRecord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every column of what an analysis writes survives the store: the gloss and mention rows are inserted by hand-made
 * JDBC batches and the entries' mention counters moved by a JDBC batch of updates ({@link GlossaryService}), so a
 * column left out of those statements, or bound to the wrong parameter, would be stored wrong without a word.
 * Each row is read back through its entity and compared field for field with what the analysis found: the glosses
 * with the extractor's, the mentions with the text they span and the entry of their label, the counters with the
 * mention rows they count.
 */
@QuarkusTest
class GlossaryStoreRoundTripTest {

    /** A made-up brief: one abbreviation glossed, then the term and its abbreviation mentioned again. */
    private static final String FIRST = "별무리전자는 초전도양자칩(SQC)을 공개했다. 초전도양자칩은 영하에서 동작한다. "
            + "회사는 SQC 시제품을 내년에 내놓는다.";
    private static final String SECOND = "초전도양자칩(SQC) 주문이 늘자 별무리전자는 SQC 생산을 늘렸다.";
    /** The first document analysed again without its later mentions: its counters must move down. */
    private static final String FIRST_AGAIN = "별무리전자는 초전도양자칩(SQC)을 공개했다.";

    @Inject
    GlossaryService glossary;

    @Inject
    EntityManager em;

    @Test
    void everyColumnOfGlossesMentionsAndCountersIsReadBackAsWritten() {
        long first = 881_001;
        long second = 881_002;
        glossary.analyse(new AnalysisRequest(first, FIRST, null, null));
        long entry = entryOf("초전도양자칩");
        assertEquals(entry, entryOf("SQC"), "the term and its abbreviation are one entry");

        assertGlossesAsExtracted(first, FIRST);
        List<MentionRecord> mentions = assertMentionsAsSpanned(first, FIRST);
        Set<Integer> starts = mentions.stream().map(m -> m.start).collect(Collectors.toSet());
        int again = FIRST.indexOf("초전도양자칩", FIRST.indexOf("(SQC)"));
        int abbreviation = FIRST.indexOf("SQC 시제품");
        assertTrue(starts.contains(again) && starts.contains(abbreviation),
                "the later mentions of the term (" + again + ") and of its abbreviation (" + abbreviation + "): " + starts);
        assertCountersCountTheMentions(entry, Map.of(first, mentions.size()));

        glossary.analyse(new AnalysisRequest(second, SECOND, null, null));
        assertGlossesAsExtracted(second, SECOND);
        List<MentionRecord> secondMentions = assertMentionsAsSpanned(second, SECOND);
        assertFalse(secondMentions.isEmpty(), "the second document mentions the entry");
        assertCountersCountTheMentions(entry, Map.of(first, mentions.size(), second, secondMentions.size()));

        glossary.analyse(new AnalysisRequest(first, FIRST_AGAIN, null, null));
        assertGlossesAsExtracted(first, FIRST_AGAIN);
        List<MentionRecord> fewer = assertMentionsAsSpanned(first, FIRST_AGAIN);
        assertTrue(fewer.size() < mentions.size(), "analysed again, the first document mentions the entry less");
        assertCountersCountTheMentions(entry, Map.of(first, fewer.size(), second, secondMentions.size()));
    }

    /** The entry one of whose labels is {@code label}. */
    private long entryOf(String label) {
        List<EntryLabel> labels = QuarkusTransaction.requiringNew().call(() -> EntryLabel.<EntryLabel>list("text", label));
        assertEquals(1, labels.stream().map(l -> l.entryId).distinct().count(), "one entry labelled " + label);
        return labels.get(0).entryId;
    }

    /** The gloss rows of the document are the extractor's glosses, in order, each with its entry. */
    private void assertGlossesAsExtracted(long documentId, String text) {
        List<Gloss> expected = GlossExtractor.create().extract(text);
        assertFalse(expected.isEmpty(), "the text glosses a term");
        List<GlossRecord> rows = QuarkusTransaction.requiringNew().call(
                () -> GlossRecord.<GlossRecord>list("documentId = ?1 order by id", documentId));
        assertEquals(expected.size(), rows.size(), "one row per gloss");
        for (int i = 0; i < rows.size(); i++) {
            Gloss g = expected.get(i);
            GlossRecord r = rows.get(i);
            assertEquals(documentId, r.documentId);
            assertEquals(g.term(), r.term);
            assertEquals(g.gloss(), r.gloss);
            assertEquals(g.kind(), r.kind);
            assertEquals(g.termStart(), r.termStart, "termStart of " + g);
            assertEquals(g.termEnd(), r.termEnd, "termEnd of " + g);
            assertEquals(g.glossStart(), r.glossStart, "glossStart of " + g);
            assertEquals(g.glossEnd(), r.glossEnd, "glossEnd of " + g);
            assertEquals(entryOf(g.term()), r.entryId, "entry of " + g);
        }
    }

    /** Each mention row spans its own text in the document and names the entry of that label. */
    private List<MentionRecord> assertMentionsAsSpanned(long documentId, String text) {
        List<MentionRecord> rows = QuarkusTransaction.requiringNew().call(
                () -> MentionRecord.<MentionRecord>list("documentId = ?1 order by id", documentId));
        for (MentionRecord m : rows) {
            assertEquals(documentId, m.documentId);
            assertTrue(m.start >= 0 && m.start < m.end && m.end <= text.length(), "a span in the text: " + m.start
                    + "-" + m.end);
            assertEquals(text.substring(m.start, m.end), m.text, "the text at " + m.start + "-" + m.end);
            assertNotNull(m.entryId, "a stored mention names its entry");
            assertEquals(entryOf(m.text), m.entryId, "the entry of " + m.text);
        }
        return rows;
    }

    /**
     * The entry's counters as stored equal what its mention rows give: {@code frequency} all its mentions,
     * {@code document_count} the documents with at least one.
     */
    private void assertCountersCountTheMentions(long entryId, Map<Long, Integer> mentionsPerDocument) {
        Map<Long, Long> stored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select m.documentId, count(m) from MentionRecord m where m.entryId = ?1 group by m.documentId",
                Object[].class).setParameter(1, entryId).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue(), Long::sum, TreeMap::new)));
        Map<Long, Long> expected = new TreeMap<>();
        mentionsPerDocument.forEach((document, n) -> {
            if (n > 0) {
                expected.put(document, n.longValue());
            }
        });
        assertEquals(expected, stored, "the entry's mention rows per document");
        Entry entry = QuarkusTransaction.requiringNew().call(() -> Entry.<Entry>findById(entryId));
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), entry.frequency, "frequency");
        assertEquals(expected.size(), entry.documentCount, "document_count");
    }
}
