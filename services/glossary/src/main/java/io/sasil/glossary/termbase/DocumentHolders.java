package io.sasil.glossary.termbase;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The term base's document index for one document: the entries holding its evidence, each with how many evidence
 * it holds. A document glosses a dozen entries or so, and the term base keeps one of these per document of the
 * corpus, so they are two sorted arrays rather than a map of boxed ids. The map was 85 of glossary's 307 MB of live
 * heap at 100,000 benchmark documents. Not thread-safe: {@link TermBase} guards it.
 */
final class DocumentHolders {

    private long[] ids = new long[0];
    private int[] counts = new int[0];

    /** One more evidence of the document held by entry {@code id}. */
    void add(long id) {
        int i = Arrays.binarySearch(ids, id);
        if (i >= 0) {
            counts[i]++;
            return;
        }
        int at = -i - 1;
        long[] moreIds = new long[ids.length + 1];
        int[] moreCounts = new int[counts.length + 1];
        System.arraycopy(ids, 0, moreIds, 0, at);
        System.arraycopy(counts, 0, moreCounts, 0, at);
        moreIds[at] = id;
        moreCounts[at] = 1;
        System.arraycopy(ids, at, moreIds, at + 1, ids.length - at);
        System.arraycopy(counts, at, moreCounts, at + 1, counts.length - at);
        ids = moreIds;
        counts = moreCounts;
    }

    /** One evidence of the document less in entry {@code id} (none held: nothing happens). */
    void remove(long id) {
        int i = Arrays.binarySearch(ids, id);
        if (i < 0) {
            return;
        }
        if (--counts[i] > 0) {
            return;
        }
        long[] fewerIds = new long[ids.length - 1];
        int[] fewerCounts = new int[counts.length - 1];
        System.arraycopy(ids, 0, fewerIds, 0, i);
        System.arraycopy(counts, 0, fewerCounts, 0, i);
        System.arraycopy(ids, i + 1, fewerIds, i, ids.length - i - 1);
        System.arraycopy(counts, i + 1, fewerCounts, i, counts.length - i - 1);
        ids = fewerIds;
        counts = fewerCounts;
    }

    /** Whether no entry holds evidence of the document. */
    boolean isEmpty() {
        return ids.length == 0;
    }

    /** The entries, in id order (a copy). */
    Set<Long> ids() {
        Set<Long> out = new TreeSet<>();
        for (long id : ids) {
            out.add(id);
        }
        return out;
    }
}
