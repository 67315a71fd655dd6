package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceListTest {

    private static Evidence ev(int doc) {
        return new Evidence(String.valueOf(doc), "한솔재단", new Span(doc, doc + 4), new Span(doc + 5, doc + 22));
    }

    @Test
    void appendingLeavesEveryEarlierListAsItWas() {
        List<EvidenceList> lists = new ArrayList<>();
        List<List<Evidence>> expected = new ArrayList<>();
        EvidenceList list = EvidenceList.copyOf(List.of());
        List<Evidence> plain = new ArrayList<>();
        for (int i = 0; i < 200; i++) {   // past several growths of the shared array
            list = list.plus(ev(i));
            plain.add(ev(i));
            lists.add(list);
            expected.add(List.copyOf(plain));
        }
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(expected.get(i), lists.get(i));
            assertEquals(expected.get(i).hashCode(), lists.get(i).hashCode());
            assertEquals(i + 1, lists.get(i).size());
        }
    }

    @Test
    void anOlderListExtendedAgainDoesNotOverwriteTheLongerOne() {
        EvidenceList base = EvidenceList.copyOf(List.of(ev(1), ev(2)));
        EvidenceList first = base.plus(ev(3));
        EvidenceList second = base.plus(ev(4));   // e.g. a change rolled back and retried from the older snapshot
        EvidenceList third = first.plus(ev(5));
        assertEquals(List.of(ev(1), ev(2), ev(3)), first);
        assertEquals(List.of(ev(1), ev(2), ev(4)), second);
        assertEquals(List.of(ev(1), ev(2), ev(3), ev(5)), third);
        assertEquals(List.of(ev(1), ev(2), ev(4), ev(6)), second.plus(ev(6)));
        assertEquals(List.of(ev(1), ev(2), ev(3), ev(5)), third);
        assertEquals(List.of(ev(1), ev(2)), base);
    }

    @Test
    void keptEvidenceIsTheSameObjectSoAppendsAreToldApartInConstantTime() {
        EvidenceList was = EvidenceList.copyOf(Arrays.asList(ev(1), ev(2)));
        EvidenceList now = was.plus(ev(3));
        assertSame(was.get(1), now.get(1));
        assertTrue(TermBase.appendedTo(was, now));
        assertEquals(List.of(ev(3)), now.subList(was.size(), now.size()));
    }

    @Test
    void isImmutableAndHoldsNoNull() {
        EvidenceList list = EvidenceList.copyOf(List.of(ev(1)));
        assertThrows(UnsupportedOperationException.class, () -> list.add(ev(2)));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
        assertThrows(NullPointerException.class, () -> list.plus(null));
        assertThrows(NullPointerException.class, () -> EvidenceList.copyOf(Arrays.asList(ev(1), null)));
        assertSame(list, EvidenceList.copyOf(list));
    }

    @Test
    void anEntryGrownByAPairSharesItsEvidenceWithTheEntryBefore() {
        TermBase base = new TermBase();
        long id = base.addPair("한솔재단", "Hansol Foundation", io.sasil.common.contract.GlossKind.ENGLISH, ev(1));
        List<Evidence> before = base.get(id).orElseThrow().evidence();
        base.addPair("한솔재단", "Hansol Foundation", io.sasil.common.contract.GlossKind.ENGLISH, ev(2));
        List<Evidence> after = base.get(id).orElseThrow().evidence();
        assertEquals(1, before.size());
        assertEquals(2, after.size());
        assertSame(before.get(0), after.get(0));
        assertEquals("2", after.get(1).documentId());
    }
}
