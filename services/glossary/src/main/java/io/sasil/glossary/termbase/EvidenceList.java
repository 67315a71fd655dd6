package io.sasil.glossary.termbase;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An entry's evidence: an immutable list that can be extended by one evidence without copying it.
 *
 * <p>An entry's evidence grows with every document that glosses it. A term glossed in most articles holds evidence
 * from most of the corpus, and each document appends to it. {@link TermEntry} is an immutable snapshot, so copying
 * the list on every append would make each document cost time and garbage in proportion to the corpus. That was
 * measured: at 35,000 documents it took more than half of glossary's CPU, with full collections.
 *
 * <p>So lists that grew from one another share one array. {@link #plus} writes into the free slot after the list
 * when no longer list of the same array has used it, and returns a longer view. Otherwise it copies, as when an
 * older snapshot is extended again (a rolled-back change retried, say). A view only reads the slots below its own
 * size. Those are written once, before the view exists, so every view stays immutable. A view is published to other
 * threads through the term base's map, which orders the writes before the reads. The array grows by half when full,
 * so an append costs constant time on average.
 */
final class EvidenceList extends AbstractList<Evidence> implements RandomAccess {

    private static final EvidenceList EMPTY = new EvidenceList(new Slots(new Evidence[0], 0), 0);

    /** The shared array and how much of it the longest view uses; guarded by itself. */
    private static final class Slots {
        private Evidence[] items;
        private int used;

        private Slots(Evidence[] items, int used) {
            this.items = items;
            this.used = used;
        }
    }

    private final Slots slots;
    private final Evidence[] items;
    private final int size;

    private EvidenceList(Slots slots, int size) {
        this.slots = slots;
        this.items = slots.items;
        this.size = size;
    }

    /** The list itself when it is one already, else an exact-size copy; no element may be null. */
    static EvidenceList copyOf(Collection<? extends Evidence> evidence) {
        if (evidence instanceof EvidenceList e) {
            return e;
        }
        if (evidence.isEmpty()) {
            return EMPTY;
        }
        Evidence[] a = evidence.toArray(new Evidence[0]);
        for (Evidence e : a) {
            Objects.requireNonNull(e, "evidence");
        }
        return new EvidenceList(new Slots(a, a.length), a.length);
    }

    /** {@code evidence} followed by {@code more}: in place when no longer list of the same array exists. */
    static EvidenceList plus(List<Evidence> evidence, Evidence more) {
        return copyOf(evidence).plus(more);
    }

    /** This list followed by {@code more} (this list is unchanged). */
    EvidenceList plus(Evidence more) {
        Objects.requireNonNull(more, "evidence");
        if (size == 0) {
            // never into the shared empty list's array: each entry's first evidence starts an array of its own
            Evidence[] a = new Evidence[4];
            a[0] = more;
            return new EvidenceList(new Slots(a, 1), 1);
        }
        synchronized (slots) {
            if (slots.used == size && slots.items == items) {
                Evidence[] a = items;
                if (size == a.length) {
                    a = Arrays.copyOf(a, grown(size));
                    slots.items = a;
                }
                a[size] = more;
                slots.used = size + 1;
                return new EvidenceList(slots, size + 1);
            }
        }
        Evidence[] a = Arrays.copyOf(items, grown(size));
        a[size] = more;
        return new EvidenceList(new Slots(a, size + 1), size + 1);
    }

    private static int grown(int size) {
        return Math.max(4, size + (size >> 1) + 1);
    }

    @Override
    public Evidence get(int index) {
        Objects.checkIndex(index, size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
