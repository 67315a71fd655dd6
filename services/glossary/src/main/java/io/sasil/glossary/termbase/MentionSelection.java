package io.sasil.glossary.termbase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines the mentions of two matchers over the same text (the term base's automaton and a small one of the text's
 * own glosses) with the selection rule of {@link MentionMatcher}: the longest candidate wins, then the leftmost;
 * mentions never overlap. On an identical span the first list wins (a stored entry beats a text-local one).
 */
public final class MentionSelection {

    private MentionSelection() {
    }

    /** The selected mentions, by start offset. */
    public static List<MentionMatcher.Mention> select(List<MentionMatcher.Mention> first,
            List<MentionMatcher.Mention> second) {
        List<MentionMatcher.Mention> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        List<Integer> order = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -(all.get(i).end() - all.get(i).start()))
                .thenComparingInt(i -> all.get(i).start()).thenComparingInt(i -> i));
        List<MentionMatcher.Mention> chosen = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        for (int i : order) {
            MentionMatcher.Mention m = all.get(i);
            java.util.Map.Entry<Integer, Integer> before = taken.floorEntry(m.start());
            if (before != null && before.getValue() > m.start()) {
                continue;
            }
            java.util.Map.Entry<Integer, Integer> after = taken.ceilingEntry(m.start());
            if (after != null && after.getKey() < m.end()) {
                continue;
            }
            taken.put(m.start(), m.end());
            chosen.add(m);
        }
        chosen.sort(Comparator.comparingInt(MentionMatcher.Mention::start));
        return chosen;
    }
}
