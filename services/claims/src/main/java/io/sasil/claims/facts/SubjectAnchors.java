package io.sasil.claims.facts;

import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.MentionView;
import io.sasil.common.text.CodePoints;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where a claim names a subject: every glossary mention inside it (keyed by its entry id) and every short quoted
 * name ({@code ‘별빛’}, {@code 「새싹법」}, keyed by its NFKC-folded text) that no mention covers.
 *
 * <p>Keys: {@code entry:<id>} for a mention of a stored entry; {@code term:<folded label>} for a mention without
 * an entry id or a quoted name. Quoted names are 1 to {@value #MAX_QUOTED} code points inside ‘ ’, 「 」, 『 』,
 * 《 》, 〈 〉 or ' '; double quotes are speech, not names.
 */
final class SubjectAnchors {

    /** Longest quoted name taken as a subject. */
    static final int MAX_QUOTED = 20;

    /**
     * A subject named at a span of the text.
     *
     * @param start   document code point offset
     * @param end     end, exclusive
     * @param key     {@code entry:<id>} or {@code term:<folded>}
     * @param label   what to show
     * @param entryId the term base entry, or null
     */
    record Anchor(int start, int end, String key, String label, Long entryId) {
        FactSubject subject() {
            return new FactSubject(key, label, entryId);
        }
    }

    private static final String OPEN = "‘「『《〈'";
    private static final String CLOSE = "’」』》〉'";

    private final List<Anchor> anchors;

    /**
     * The anchors of a claim.
     *
     * @param claimText  the claim as written
     * @param claimStart its document code point offset
     * @param mentions   glossary mentions of the document (those outside the claim are ignored)
     */
    SubjectAnchors(String claimText, int claimStart, List<MentionView> mentions) {
        String text = claimText == null ? "" : claimText;
        int claimEnd = claimStart + CodePoints.length(text);
        List<Anchor> list = new ArrayList<>();
        for (MentionView m : mentions == null ? List.<MentionView>of() : mentions) {
            if (m == null || m.end() <= m.start() || m.start() < claimStart || m.end() > claimEnd) {
                continue;
            }
            String label = m.entryLabel() != null ? m.entryLabel() : m.text();
            String key = m.entryId() != null ? "entry:" + m.entryId() : "term:" + fold(label);
            list.add(new Anchor(m.start(), m.end(), key, label == null ? "" : label, m.entryId()));
        }
        for (Anchor q : quoted(text, claimStart)) {
            boolean covered = list.stream().anyMatch(a -> a.start() < q.end() && q.start() < a.end());
            if (!covered) {
                list.add(q);
            }
        }
        list.sort(Comparator.comparingInt(Anchor::start).thenComparingInt(Anchor::end));
        this.anchors = List.copyOf(list);
    }

    /** NFKC, lower case, white space removed: the key of a named term. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static List<Anchor> quoted(String text, int base) {
        CodePoints.Index index = CodePoints.index(text);
        List<Anchor> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = OPEN.indexOf(text.charAt(i));
            if (open < 0) {
                i++;
                continue;
            }
            char close = CLOSE.charAt(open);
            int limit = Math.min(text.length(), i + 1 + 2 * MAX_QUOTED);
            int j = i + 1;
            while (j < limit && text.charAt(j) != close && text.charAt(j) != '\n') {
                j++;
            }
            if (j < limit && text.charAt(j) == close && j > i + 1) {
                String inner = text.substring(i + 1, j);
                int cps = CodePoints.length(inner);
                if (cps <= MAX_QUOTED && !inner.isBlank()) {
                    int s = base + index.toCodePoint(i + 1);
                    out.add(new Anchor(s, s + cps, "term:" + fold(inner), inner.strip(), null));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** All anchors, in text order. */
    List<Anchor> all() {
        return anchors;
    }

    /** Anchors lying wholly inside {@code [start, end)}, in text order. */
    List<Anchor> within(int start, int end) {
        List<Anchor> out = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.start() >= start && a.end() <= end) {
                out.add(a);
            }
        }
        return out;
    }
}
