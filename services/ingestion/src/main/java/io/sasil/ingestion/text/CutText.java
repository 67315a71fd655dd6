package io.sasil.ingestion.text;

import io.sasil.common.text.CodePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text with some spans cut out (the credit lines), and the map from positions in what is kept
 * back to positions in the original. Offsets are code points; cuts are {@code [start, end)} in
 * the original, sorted and merged here. Immutable.
 */
public final class CutText {

    private final String original;
    private final String kept;
    /** Merged cuts, original code points: {@code cuts[i][0]} start, {@code cuts[i][1]} end. */
    private final List<int[]> cuts;

    /** Cuts {@code spans} ({@code [start, end)} code points of {@code original}) out of it. */
    public CutText(String original, List<int[]> spans) {
        this.original = original;
        List<int[]> sorted = new ArrayList<>();
        int length = CodePoints.length(original);
        for (int[] s : spans) {
            int start = Math.max(0, Math.min(s[0], length));
            int end = Math.max(start, Math.min(s[1], length));
            if (end > start) {
                sorted.add(new int[] {start, end});
            }
        }
        sorted.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        this.cuts = List.copyOf(merged);
        if (merged.isEmpty()) {
            this.kept = original;
        } else {
            CodePoints.Index index = CodePoints.index(original);
            StringBuilder sb = new StringBuilder(original.length());
            int at = 0;
            for (int[] c : merged) {
                sb.append(original, index.toChar(at), index.toChar(c[0]));
                at = c[1];
            }
            sb.append(original, index.toChar(at), original.length());
            this.kept = sb.toString();
        }
    }

    public String original() {
        return original;
    }

    /** The text without the cut spans. */
    public String kept() {
        return kept;
    }

    /** Whether nothing was cut. */
    public boolean isIdentity() {
        return cuts.isEmpty();
    }

    /** Where kept code point {@code k} is in the original; {@code k} = kept length maps to the original end. */
    public int toOriginal(int k) {
        int o = k;
        for (int[] c : cuts) {
            if (c[0] <= o) {
                o += c[1] - c[0];
            } else {
                break;
            }
        }
        return o;
    }

    /** The original end of a kept span ending at {@code k}: right after where code point {@code k - 1} is. */
    public int toOriginalEnd(int k) {
        return k == 0 ? toOriginal(0) : toOriginal(k - 1) + 1;
    }
}
