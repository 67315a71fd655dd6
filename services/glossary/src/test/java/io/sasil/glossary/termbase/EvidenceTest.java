package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence is a value stored compactly: equal by all it holds, its JSON that of a record, its term shared. */
class EvidenceTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void equalByDocumentTermAndBothSpans() {
        Evidence e = new Evidence("7", "탄소중립", new Span(3, 7), new Span(8, 22));
        assertEquals(e, new Evidence("7", new String("탄소중립"), new Span(3, 7), new Span(8, 22)));
        assertEquals(e.hashCode(), new Evidence("7", "탄소중립", new Span(3, 7), new Span(8, 22)).hashCode());
        assertNotEquals(e, new Evidence("8", "탄소중립", new Span(3, 7), new Span(8, 22)));
        assertNotEquals(e, new Evidence("7", "탄소", new Span(3, 7), new Span(8, 22)));
        assertNotEquals(e, new Evidence("7", "탄소중립", new Span(3, 8), new Span(8, 22)));
        assertNotEquals(e, new Evidence("7", "탄소중립", new Span(3, 7), new Span(8, 21)));
        assertNotEquals(e, new Evidence("7", "탄소중립", null, new Span(8, 22)));
        assertEquals(new Span(3, 7), e.termSpan());
        assertEquals(new Span(8, 22), e.glossSpan());
    }

    @Test
    void missingSpansAndDocumentStayMissing() {
        Evidence byHand = new Evidence(null, "해저터널", null, null);
        assertNull(byHand.documentId());
        assertNull(byHand.termSpan());
        assertNull(byHand.glossSpan());
        assertEquals(byHand, new Evidence(null, "해저터널", null, null));
        // a span starting at 0 is a span, not a missing one
        assertEquals(new Span(0, 0), new Evidence("1", "가", new Span(0, 0), null).termSpan());
    }

    @Test
    void jsonIsThatOfTheRecordItReplaced() throws Exception {
        // merge snapshots stored before the change hold this shape and must still read
        String stored = "{\"documentId\":\"12\",\"term\":\"해상풍력\",\"termSpan\":{\"start\":40,\"end\":44},"
                + "\"glossSpan\":null}";
        Evidence e = json.readValue(stored, Evidence.class);
        assertEquals(new Evidence("12", "해상풍력", new Span(40, 44), null), e);
        assertEquals(json.readTree(stored), json.readTree(json.writeValueAsString(e)));
    }

    @Test
    void sharingTermKeepsTheValueAndTakesTheGivenString() {
        String label = new String("조력발전");
        Evidence e = new Evidence("3", new String("조력발전"), new Span(1, 5), new Span(6, 20));
        Evidence shared = e.sharingTerm(label);
        assertEquals(e, shared);
        assertSame(label, shared.term());
        assertSame(e, e.sharingTerm("파력발전"), "another text is not taken");
        assertSame(e, e.sharingTerm(null));
        assertSame(shared, shared.sharingTerm(label), "already shared: the same evidence");
    }

    @Test
    void theTermBaseKeepsOneStringPerTermForAllItsEvidence() {
        TermBase base = new TermBase(Clock.fixed(Instant.parse("2026-01-05T00:00:00Z"), ZoneOffset.UTC));
        long id = 0;
        for (int doc = 1; doc <= 4; doc++) {
            // a new string each time, as the extractor gives one per gloss
            String term = new String("조력발전");
            id = base.addPair(term, "tidal power", GlossKind.ENGLISH,
                    new Evidence(String.valueOf(doc), term, new Span(0, 4), new Span(5, 16)));
        }
        TermEntry entry = base.get(id).orElseThrow();
        String label = entry.label("조력발전").orElseThrow().text();
        List<Evidence> evidence = entry.evidence();
        assertEquals(4, evidence.size());
        for (Evidence e : evidence) {
            assertSame(label, e.term(), "evidence " + e.documentId() + " holds the label's string");
        }
        assertNotSame(evidence.get(0), evidence.get(1));
    }
}
