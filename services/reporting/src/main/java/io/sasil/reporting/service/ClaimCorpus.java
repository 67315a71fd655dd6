package io.sasil.reporting.service;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.text.CodePoints;
import io.sasil.reporting.check.DocumentAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns claims read from the claims service's corpus search (without their documents' texts) into
 * {@link DocumentAnalysis} inputs for the cross-document checker.
 *
 * <p>Rule: each document's text is rebuilt from its claims alone: a string of spaces as long as the furthest
 * claim end, with each claim's text written at its code point offset, so every offset of the claims and their
 * quantities points at the same characters as in the real text. A claim whose text length does not match its
 * span, that overlaps an earlier one, or that ends beyond {@value #MAX_TEXT} code points is left out.
 *
 * <p>Mentions are rebuilt from the labels of each claim's {@code subjects}: every occurrence of a label in the
 * claim's text, longest labels first, not overlapping, becomes a mention of that entry (the glossary's own
 * mentions would cost one call per document). Without labels, subjects come from a claim's single
 * {@code subjects} entry.
 */
public final class ClaimCorpus {

    /** Longest rebuilt text, in code points. */
    public static final int MAX_TEXT = 1_000_000;

    private ClaimCorpus() {
    }

    /** One analysis per document, in the map's order. */
    public static List<DocumentAnalysis> analyses(Map<Long, List<DocumentClaimView>> byDocument) {
        return analyses(byDocument, Map.of());
    }

    /** One analysis per document, with mentions rebuilt from the labels of the claims' subjects. */
    public static List<DocumentAnalysis> analyses(Map<Long, List<DocumentClaimView>> byDocument,
            Map<Long, List<String>> labels) {
        List<DocumentAnalysis> out = new ArrayList<>();
        byDocument.forEach((id, list) -> {
            List<ClaimView> kept = new ArrayList<>();
            int length = 0;
            List<ClaimView> sorted = new ArrayList<>(list.stream().map(DocumentClaimView::claim).toList());
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            int lastEnd = 0;
            for (ClaimView c : sorted) {
                if (c.text() == null || c.start() < lastEnd || c.end() > MAX_TEXT
                        || CodePoints.length(c.text()) != c.end() - c.start()) {
                    continue;
                }
                kept.add(c);
                lastEnd = c.end();
                length = Math.max(length, c.end());
            }
            int[] cps = new int[length];
            Arrays.fill(cps, ' ');
            for (ClaimView c : kept) {
                int[] t = c.text().codePoints().toArray();
                System.arraycopy(t, 0, cps, c.start(), t.length);
            }
            String text = new String(cps, 0, cps.length);
            DocumentView doc = new DocumentView(id, null, null, null, list.get(0).publishedAt(), null, null, 0, null,
                    null, null, text, List.of());
            List<MentionView> mentions = new ArrayList<>();
            for (ClaimView c : kept) {
                mentions.addAll(mentions(c, labels));
            }
            out.add(new DocumentAnalysis(doc, kept, mentions));
        });
        return out;
    }

    static List<MentionView> mentions(ClaimView c, Map<Long, List<String>> labels) {
        if (c.subjects() == null || labels.isEmpty()) {
            return List.of();
        }
        List<Object[]> forms = new ArrayList<>();
        for (Long id : c.subjects()) {
            for (String l : id == null ? List.<String>of() : labels.getOrDefault(id, List.of())) {
                if (l != null && !l.isBlank()) {
                    forms.add(new Object[] {l.strip(), id});
                }
            }
        }
        forms.sort((a, b) -> Integer.compare(((String) b[0]).length(), ((String) a[0]).length()));
        boolean[] taken = new boolean[c.text().length()];
        List<MentionView> out = new ArrayList<>();
        for (Object[] f : forms) {
            String form = (String) f[0];
            for (int at = c.text().indexOf(form); at >= 0; at = c.text().indexOf(form, at + form.length())) {
                boolean free = true;
                for (int i = at; i < at + form.length(); i++) {
                    free &= !taken[i];
                }
                if (!free) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, at + form.length(), true);
                int s = c.start() + CodePoints.toCodePoint(c.text(), at);
                out.add(new MentionView(s, s + CodePoints.length(form), form, (Long) f[1], form));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
