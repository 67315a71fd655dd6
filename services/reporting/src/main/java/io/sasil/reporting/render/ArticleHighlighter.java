package io.sasil.reporting.render;

import io.sasil.common.text.CodePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out an article's text as highlighted blocks for the HTML report, from spans given as Unicode code point
 * offsets (end exclusive).
 *
 * <p>Two layers, so the HTML nests properly: <b>outer</b> spans (claims) and <b>inner</b> spans (glossed terms,
 * glosses, mentions, quantities). Rules:
 * <ul>
 * <li>a span outside the text or empty is dropped;</li>
 * <li>outer spans are kept greedily by start (the longer first at the same start); one overlapping a kept outer
 * span is dropped;</li>
 * <li>inner spans are kept greedily by start, the longer first, then in the order given (earlier kinds win); one
 * overlapping a kept inner span, or crossing the boundary of a kept outer span, is dropped;</li>
 * <li>the text between spans is kept as plain pieces, so the blocks' texts concatenate to the whole text.</li>
 * </ul>
 * Linear in the text plus n log n in the spans; no recursion.
 */
public final class ArticleHighlighter {

    /**
     * A span to highlight.
     *
     * @param start  code point offset
     * @param end    end, exclusive
     * @param kind   the CSS class ({@code claim}, {@code term}, {@code gloss}, {@code mention}, {@code quantity})
     * @param target the id of the table row it links to
     * @param title  a tooltip
     */
    public record Mark(int start, int end, String kind, String target, String title) {
    }

    /** A run of text, highlighted when {@code mark} is not null. */
    public record Piece(String text, Mark mark) {
    }

    /** A run of pieces inside one outer span ({@code outer} not null) or between outer spans. */
    public record Block(Mark outer, List<Piece> pieces) {

        /** The block's text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            pieces.forEach(p -> b.append(p.text()));
            return b.toString();
        }
    }

    private ArticleHighlighter() {
    }

    /** The text laid out in blocks; see the class comment for which spans are kept. */
    public static List<Block> layout(String text, List<Mark> outer, List<Mark> inner) {
        String t = text == null ? "" : text;
        CodePoints.Index index = CodePoints.index(t);
        int len = index.codePointLength();
        List<Mark> keptOuter = keepOuter(outer, len);
        int[] outerAt = new int[len + 1];
        java.util.Arrays.fill(outerAt, -1);
        int[] outerStartsBefore = new int[len + 2];
        for (int k = 0; k < keptOuter.size(); k++) {
            Mark o = keptOuter.get(k);
            for (int i = o.start(); i < o.end(); i++) {
                outerAt[i] = k;
            }
            outerStartsBefore[o.start() + 1]++;
        }
        for (int i = 1; i < outerStartsBefore.length; i++) {
            outerStartsBefore[i] += outerStartsBefore[i - 1];
        }
        List<Mark> keptInner = keepInner(inner, len, outerAt, outerStartsBefore);

        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        int ii = 0;
        for (Mark o : keptOuter) {
            if (pos < o.start()) {
                ii = pieces(t, index, pos, o.start(), keptInner, ii, blocks, null);
            }
            ii = pieces(t, index, o.start(), o.end(), keptInner, ii, blocks, o);
            pos = o.end();
        }
        if (pos < len) {
            pieces(t, index, pos, len, keptInner, ii, blocks, null);
        }
        return blocks;
    }

    private static int pieces(String t, CodePoints.Index index, int from, int to, List<Mark> inner, int ii,
            List<Block> blocks, Mark outer) {
        List<Piece> pieces = new ArrayList<>();
        int pos = from;
        while (ii < inner.size() && inner.get(ii).end() <= to) {
            Mark m = inner.get(ii++);
            if (pos < m.start()) {
                pieces.add(new Piece(t.substring(index.toChar(pos), index.toChar(m.start())), null));
            }
            pieces.add(new Piece(t.substring(index.toChar(m.start()), index.toChar(m.end())), m));
            pos = m.end();
        }
        if (pos < to) {
            pieces.add(new Piece(t.substring(index.toChar(pos), index.toChar(to)), null));
        }
        blocks.add(new Block(outer, List.copyOf(pieces)));
        return ii;
    }

    private static boolean valid(Mark m, int len) {
        return m != null && m.start() >= 0 && m.end() > m.start() && m.end() <= len;
    }

    private static List<Mark> keepOuter(List<Mark> outer, int len) {
        List<Mark> sorted = new ArrayList<>();
        if (outer != null) {
            outer.stream().filter(m -> valid(m, len)).forEach(sorted::add);
        }
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> kept = new ArrayList<>();
        int lastEnd = 0;
        for (Mark m : sorted) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    private static List<Mark> keepInner(List<Mark> inner, int len, int[] outerAt, int[] outerStartsBefore) {
        List<int[]> order = new ArrayList<>();
        List<Mark> valid = new ArrayList<>();
        if (inner != null) {
            for (Mark m : inner) {
                if (valid(m, len)) {
                    order.add(new int[] {m.start(), -m.end(), valid.size()});
                    valid.add(m);
                }
            }
        }
        order.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]).thenComparingInt(a -> a[2]));
        List<Mark> kept = new ArrayList<>();
        int lastEnd = 0;
        for (int[] o : order) {
            Mark m = valid.get(o[2]);
            if (m.start() < lastEnd) {
                continue;
            }
            boolean sameRegion = outerAt[m.start()] == outerAt[m.end() - 1]
                    && outerStartsBefore[m.end()] - outerStartsBefore[m.start() + 1] == 0;
            if (sameRegion) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }
}
