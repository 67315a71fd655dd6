package io.sasil.reporting.render;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The glossary table of a document report: one row per term base entry glossed or mentioned in the document
 * (keyed by entry id; a gloss or mention without an entry is keyed by its term as written), in order of first
 * appearance, with its glosses grouped by kind (in {@link GlossKind} order, each distinct gloss once) and its
 * mentions.
 */
public final class GlossaryTable {

    /**
     * One row.
     *
     * @param anchor   the row's HTML id ({@code entry-12}, {@code term-3})
     * @param term     the entry's preferred label, else the term as first written
     * @param glosses  the glosses by kind
     * @param mentions how many mentions the document has of it
     * @param forms    the distinct forms of its mentions, as written
     */
    public record Row(String anchor, String term, Map<GlossKind, List<String>> glosses, int mentions,
            List<String> forms) {

        /** The glosses as one line: {@code ENGLISH: NVIDIA; HANJA: 他山之石}. */
        public String glossesText() {
            return glosses.entrySet().stream()
                    .map(e -> e.getKey().name() + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        /** The mention forms as one line. */
        public String formsText() {
            return String.join(", ", forms);
        }
    }

    private final Map<String, String> anchors;
    private final List<Row> rows;

    private GlossaryTable(Map<String, String> anchors, List<Row> rows) {
        this.anchors = anchors;
        this.rows = rows;
    }

    /** Builds the table. */
    public static GlossaryTable of(List<GlossView> glosses, List<MentionView> mentions) {
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, Map<GlossKind, Set<String>>> byKind = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        List<Object[]> firsts = new ArrayList<>();
        for (GlossView g : glosses == null ? List.<GlossView>of() : glosses) {
            if (g == null) {
                continue;
            }
            String key = key(g.entryId(), g.term());
            if (terms.putIfAbsent(key, Cells.nz(g.term())) == null) {
                firsts.add(new Object[] {key, g.termStart()});
            }
            if (g.kind() != null && g.gloss() != null) {
                byKind.computeIfAbsent(key, k -> new EnumMap<>(GlossKind.class))
                        .computeIfAbsent(g.kind(), k -> new LinkedHashSet<>()).add(g.gloss());
            }
        }
        for (MentionView m : mentions == null ? List.<MentionView>of() : mentions) {
            if (m == null) {
                continue;
            }
            String key = key(m.entryId(), m.text());
            String label = m.entryLabel() != null ? m.entryLabel() : Cells.nz(m.text());
            if (terms.putIfAbsent(key, label) == null) {
                firsts.add(new Object[] {key, m.start()});
            } else if (m.entryLabel() != null) {
                terms.put(key, m.entryLabel());
            }
            counts.merge(key, 1, Integer::sum);
            forms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(Cells.nz(m.text()));
        }
        firsts.sort((a, b) -> Integer.compare((int) a[1], (int) b[1]));
        Map<String, String> anchors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Object[] f : firsts) {
            String key = (String) f[0];
            String anchor = key.startsWith("e:") ? "entry-" + key.substring(2) : "term-" + (++n);
            anchors.put(key, anchor);
            Map<GlossKind, List<String>> kinds = new EnumMap<>(GlossKind.class);
            byKind.getOrDefault(key, Map.of()).forEach((k, v) -> kinds.put(k, List.copyOf(v)));
            rows.add(new Row(anchor, terms.get(key), kinds, counts.getOrDefault(key, 0),
                    List.copyOf(forms.getOrDefault(key, Set.of()))));
        }
        return new GlossaryTable(anchors, List.copyOf(rows));
    }

    /** The rows in order of first appearance. */
    public List<Row> rows() {
        return rows;
    }

    /** The anchor of the row of an entry (or, without an entry, of a term as written). */
    public String anchor(Long entryId, String term) {
        return anchors.get(key(entryId, term));
    }

    private static String key(Long entryId, String term) {
        return entryId != null ? "e:" + entryId : "t:" + Cells.nz(term);
    }
}
