package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DocumentHoldersTest {

    @Test
    void anEntryStaysUntilItsLastEvidenceOfTheDocumentGoes() {
        DocumentHolders h = new DocumentHolders();
        assertTrue(h.isEmpty());
        h.add(40);
        h.add(7);
        h.add(40);
        h.add(123_456_789_012L);
        assertEquals(new TreeSet<>(java.util.List.of(7L, 40L, 123_456_789_012L)), h.ids());
        h.remove(40);
        assertTrue(h.ids().contains(40L), "entry 40 still holds one evidence");
        h.remove(40);
        h.remove(99);   // holds none: nothing happens
        assertEquals(new TreeSet<>(java.util.List.of(7L, 123_456_789_012L)), h.ids());
        h.remove(7);
        h.remove(123_456_789_012L);
        assertTrue(h.isEmpty());
    }

    @Test
    void agreesWithACountingMapOverRandomChanges() {
        Random random = new Random(11);
        DocumentHolders h = new DocumentHolders();
        Map<Long, Integer> expected = new HashMap<>();
        for (int step = 0; step < 5_000; step++) {
            long id = random.nextInt(30);
            if (random.nextInt(5) < 3) {
                h.add(id);
                expected.merge(id, 1, Integer::sum);
            } else {
                h.remove(id);
                expected.computeIfPresent(id, (k, c) -> c > 1 ? c - 1 : null);
            }
            assertEquals(new TreeSet<>(expected.keySet()), h.ids());
            assertEquals(expected.isEmpty(), h.isEmpty());
        }
        assertFalse(h.isEmpty());
    }
}
