package io.sasil.glossary.termbase;

import io.sasil.common.contract.MentionView;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.Hangul;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds every mention of known labels in a text with one Aho–Corasick automaton over all labels (no loop over
 * entries): time linear in the text plus the number of candidate matches, whatever the number of labels. Root
 * transitions are a 64K array, the others one open-addressing hash table.
 *
 * <p>Matching rules:
 * <ol>
 *   <li><b>Folding</b>: Latin letters match case-insensitively and full-width Latin letters and digits match
 *       their ASCII forms ({@code gpt-4} = {@code GPT-4}); nothing else is folded.</li>
 *   <li><b>Spacing</b>: spaces are optional inside a mention: a label {@code 챗 지피티} is found in
 *       {@code 챗지피티}, and a label {@code 챗GPT} in {@code 챗 GPT}, but a space the label does not have is
 *       accepted only where the label changes script (Hangul ↔ Latin/digits) or case ({@code ChatGPT} in
 *       {@code Chat GPT}). A mention never crosses a line break.</li>
 *   <li><b>Left boundary</b>: a label starting with a Latin letter or digit must not follow a Latin letter or digit
 *       ({@code OpenAI} is no mention of {@code AI}); one starting with Hangul must not follow a Hangul syllable
 *       (a mention is never the end of a longer Korean word), except after one of the prefixes
 *       {@code 대 반 친 탈 범 비 초} standing at the start of the word ({@code 대중국}, {@code 반딥시크}); one starting
 *       with a Han character must not follow one. Quotes and brackets are boundaries ({@code ‘딥시크’는}).</li>
 *   <li><b>Right boundary</b>: a label ending with a Latin letter or digit must not be followed by one
 *       ({@code GPT-4o} is no mention of {@code GPT-4}), but may be followed by Hangul ({@code GPT-4를},
 *       {@code AI칩}); one ending with Hangul may be followed by Hangul only when the rest of the word is a
 *       {@link KoreanParticles particle tail} ({@code 딥시크에서도}, not {@code 오픈소스} for {@code 오픈});
 *       one ending with a Han character must not be followed by one.</li>
 *   <li><b>Selection</b>: the longest candidate wins, then the leftmost; mentions never overlap.</li>
 *   <li>Labels shorter than two code points, or without any letter, are not matched (대, 2025).</li>
 * </ol>
 * Offsets are code point indices into the text, end exclusive; the mention is the term itself without
 * particles or quotes.
 */
public final class MentionMatcher {

    /**
     * One mention.
     *
     * @param start   code point offset of the mention
     * @param end     end of the mention, exclusive
     * @param text    the mention as written
     * @param entryId the entry of the label
     * @param label   the label that matched, as registered
     */
    public record Mention(int start, int end, String text, long entryId, String label) {

        /** The contract view of this mention, with the entry's preferred label. */
        public MentionView toView(String entryLabel) {
            return new MentionView(start, end, text, entryId, entryLabel);
        }
    }

    private static final String PREFIXES = "대반친탈범비초";

    // trie / automaton, node 0 is the root
    private final int[] rootNext;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final char[] edge;
    private final int[] fail;
    private final int[] output;
    private final int[] dictLink;
    // patterns
    private final String[] labels;
    private final long[] entryIds;
    private final int[] lengths;
    /** Per pattern: bit i set when the label allows a space before its compressed char i. */
    private final long[][] spaceOk;
    private final int ambiguous;
    /** Open-addressing table of the non-root transitions: key (node << 16 | char), value child node. */
    private final long[] tableKeys;
    private final int[] tableValues;
    private final int tableMask;

    private MentionMatcher(Builder b) {
        this.rootNext = b.rootNext;
        int n = b.nodes;
        this.firstChild = Arrays.copyOf(b.firstChild, n);
        this.nextSibling = Arrays.copyOf(b.nextSibling, n);
        this.edge = Arrays.copyOf(b.edge, n);
        this.output = Arrays.copyOf(b.output, n);
        this.labels = b.labels.toArray(new String[0]);
        this.entryIds = b.entryIds.stream().mapToLong(Long::longValue).toArray();
        this.lengths = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        this.spaceOk = b.spaceOk.toArray(new long[0][]);
        this.ambiguous = b.ambiguous;
        int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        this.tableKeys = new long[cap];
        this.tableValues = new int[cap];
        this.tableMask = cap - 1;
        Arrays.fill(tableKeys, -1L);
        for (int node = 1; node < n; node++) {
            for (int k = firstChild[node]; k > 0; k = nextSibling[k]) {
                long key = ((long) node << 16) | edge[k];
                int slot = mix(key) & tableMask;
                while (tableKeys[slot] != -1L) {
                    slot = (slot + 1) & tableMask;
                }
                tableKeys[slot] = key;
                tableValues[slot] = k;
            }
        }
        this.fail = new int[n];
        this.dictLink = new int[n];
        buildLinks(n);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A matcher of {@code labels} (label text → entry id). */
    public static MentionMatcher of(Map<String, Long> labels) {
        Builder b = builder();
        labels.forEach(b::add);
        return b.build();
    }

    /** Number of distinct (folded) labels. */
    public int size() {
        return labels.length;
    }

    /** Number of labels that were added again for another entry after folding, and ignored. */
    public int ambiguousLabels() {
        return ambiguous;
    }

    /** Every mention in {@code text}, by start offset. */
    public List<Mention> find(String text) {
        int len = text.length();
        int[] pos = new int[len];
        // per compressed start position: the longest valid candidate's end (compressed, exclusive) and pattern
        int[] bestEnd = new int[len + 1];
        int[] bestPattern = new int[len + 1];
        Arrays.fill(bestPattern, -1);
        int m = 0;
        int state = 0;
        for (int i = 0; i < len; i++) {
            char raw = text.charAt(i);
            if (raw == '\n' || raw == '\r') {
                state = 0;
                pos[m++] = i;   // a line break is a char no label contains: it resets matching
                continue;
            }
            if (raw == ' ' || raw == '\u00A0' || raw == '\u3000' || raw == '\t') {
                continue;
            }
            char c = fold(raw);
            pos[m] = i;
            state = step(state, c);
            int o = output[state] >= 0 ? state : dictLink[state];
            while (o > 0) {
                int p = output[o];
                int start = m - lengths[p] + 1;
                int end = m + 1;
                if ((bestPattern[start] < 0 || end > bestEnd[start]) && isValid(text, pos, start, end, p)) {
                    bestPattern[start] = p;
                    bestEnd[start] = end;
                }
                o = dictLink[o];
            }
            m++;
        }
        // leftmost-longest among valid candidates
        List<int[]> chosen = new ArrayList<>();
        int lastEnd = 0;
        for (int j = 0; j < m; j++) {
            if (bestPattern[j] >= 0 && j >= lastEnd) {
                chosen.add(new int[] {pos[j], pos[bestEnd[j] - 1] + 1, bestPattern[j]});
                lastEnd = bestEnd[j];
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        CodePoints.Index index = CodePoints.index(text);
        List<Mention> out = new ArrayList<>(chosen.size());
        for (int[] c : chosen) {
            int endChar = c[1];
            if (endChar < len && Character.isLowSurrogate(text.charAt(endChar))) {
                endChar++;
            }
            out.add(new Mention(index.toCodePoint(c[0]), index.toCodePoint(endChar), text.substring(c[0], endChar),
                    entryIds[c[2]], labels[c[2]]));
        }
        return Collections.unmodifiableList(out);
    }

    private int step(int state, char c) {
        while (true) {
            int next = child(state, c);
            if (next > 0) {
                return next;
            }
            if (state == 0) {
                return 0;
            }
            state = fail[state];
        }
    }

    private int child(int node, char c) {
        if (node == 0) {
            return rootNext[c];
        }
        long key = ((long) node << 16) | c;
        int slot = mix(key) & tableMask;
        while (true) {
            long k = tableKeys[slot];
            if (k == key) {
                return tableValues[slot];
            }
            if (k == -1L) {
                return 0;
            }
            slot = (slot + 1) & tableMask;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private void buildLinks(int n) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int c = 0; c < rootNext.length; c++) {
            int k = rootNext[c];
            if (k > 0) {
                fail[k] = 0;
                dictLink[k] = 0;
                queue[tail++] = k;
            }
        }
        while (head < tail) {
            int node = queue[head++];
            for (int k = firstChild[node]; k > 0; k = nextSibling[k]) {
                int f = fail[node];
                int target;
                while (true) {
                    target = child(f, edge[k]);
                    if (target > 0 || f == 0) {
                        break;
                    }
                    f = fail[f];
                }
                fail[k] = target == k ? 0 : target;
                dictLink[k] = output[fail[k]] >= 0 ? fail[k] : dictLink[fail[k]];
                queue[tail++] = k;
            }
        }
    }

    private boolean isValid(String text, int[] pos, int s, int e, int p) {
        int start = pos[s];
        int last = pos[e - 1];
        int end = last + 1;
        if (Character.isHighSurrogate(text.charAt(last)) && end < text.length()) {
            end++;
        }
        // spaces inside the mention
        for (int j = s + 1; j < e; j++) {
            if (pos[j] != pos[j - 1] + 1 && !(Character.isHighSurrogate(text.charAt(pos[j - 1]))
                    && pos[j] == pos[j - 1] + 2)) {
                int k = j - s;
                if (k >= 64 || (spaceOk[p][0] & (1L << k)) == 0) {
                    return false;
                }
            }
        }
        int first = text.codePointAt(start);
        int lastCp = text.codePointBefore(end);
        if (start > 0) {
            int prev = text.codePointBefore(start);
            if (isLatinOrDigit(first) && isLatinOrDigit(prev)) {
                return false;
            }
            if (isHan(first) && isHan(prev)) {
                return false;
            }
            if (Hangul.isSyllable(first) && Hangul.isSyllable(prev)) {
                int before = start - 1 - (Character.isLowSurrogate(text.charAt(start - 1)) ? 1 : 0);
                boolean prefix = PREFIXES.indexOf(prev) >= 0 && (before == 0 || !Hangul.isHangul(text.codePointBefore(before)));
                if (!prefix) {
                    return false;
                }
            }
        }
        if (end < text.length()) {
            int next = text.codePointAt(end);
            if (isLatinOrDigit(lastCp) && isLatinOrDigit(next)) {
                return false;
            }
            if (isHan(lastCp) && isHan(next)) {
                return false;
            }
            if (Hangul.isSyllable(lastCp) && Hangul.isSyllable(next) && !KoreanParticles.isTailAt(text, end)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLatinOrDigit(int cp) {
        return LatinReading.isLatinLetter(cp) || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)
                || (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Case and width folding of one UTF-16 unit (rule 1). */
    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c >= 0xFF21 && c <= 0xFF3A) {
            return (char) (c - 0xFF21 + 'a');
        }
        if (c >= 0xFF41 && c <= 0xFF5A) {
            return (char) (c - 0xFF41 + 'a');
        }
        if (c >= 0xFF10 && c <= 0xFF19) {
            return (char) (c - 0xFF10 + '0');
        }
        if (c > 0x7F && c < 0x250 && Character.isUpperCase(c)) {
            return Character.toLowerCase(c);
        }
        return c;
    }

    /** Collects labels; {@link #build()} compiles the automaton. */
    public static final class Builder {
        private final int[] rootNext = new int[65536];
        private int[] firstChild = new int[1024];
        private int[] nextSibling = new int[1024];
        private char[] edge = new char[1024];
        private int[] output = new int[1024];
        private int nodes = 1;
        private final List<String> labels = new ArrayList<>();
        private final List<Long> entryIds = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final List<long[]> spaceOk = new ArrayList<>();
        private int ambiguous;

        private Builder() {
            output[0] = -1;
        }

        /** Adds a label of an entry; returns false when it is not matchable or already taken by another entry. */
        public Builder add(String label, long entryId) {
            addLabel(label, entryId);
            return this;
        }

        private boolean addLabel(String label, long entryId) {
            String text = label.strip();
            StringBuilder folded = new StringBuilder(text.length());
            long spaces = 0;
            boolean pendingSpace = false;
            int prevCp = -1;
            boolean letter = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ' ' || cp == '\u00A0' || cp == '\u3000' || cp == '\t') {
                    pendingSpace = true;
                    continue;
                }
                if (cp == '\n' || cp == '\r') {
                    return false;
                }
                letter |= Character.isLetter(cp);
                int k = folded.length();
                if (k > 0 && k < 64 && (pendingSpace || scriptChange(prevCp, cp))) {
                    spaces |= 1L << k;
                }
                pendingSpace = false;
                for (char ch : Character.toChars(cp)) {
                    folded.append(fold(ch));
                }
                prevCp = cp;
            }
            if (!letter || folded.codePointCount(0, folded.length()) < 2) {
                return false;
            }
            int node = 0;
            for (int i = 0; i < folded.length(); i++) {
                node = childOrNew(node, folded.charAt(i));
            }
            if (output[node] >= 0) {
                if (entryIds.get(output[node]) != entryId) {
                    ambiguous++;
                }
                return false;
            }
            output[node] = labels.size();
            labels.add(text);
            entryIds.add(entryId);
            lengths.add(folded.length());
            spaceOk.add(new long[] {spaces});
            return true;
        }

        private static boolean scriptChange(int a, int b) {
            if (a < 0) {
                return false;
            }
            boolean ha = Hangul.isHangul(a);
            boolean hb = Hangul.isHangul(b);
            if (ha != hb && (isLatinOrDigit(a) || isLatinOrDigit(b))) {
                return true;
            }
            return Character.isLowerCase(a) && Character.isUpperCase(b);
        }

        private int childOrNew(int node, char c) {
            if (node == 0) {
                if (rootNext[c] == 0) {
                    rootNext[c] = newNode(c);
                }
                return rootNext[c];
            }
            int last = 0;
            for (int k = firstChild[node]; k > 0; k = nextSibling[k]) {
                if (edge[k] == c) {
                    return k;
                }
                last = k;
            }
            int k = newNode(c);
            if (last == 0) {
                firstChild[node] = k;
            } else {
                nextSibling[last] = k;
            }
            return k;
        }

        private int newNode(char c) {
            if (nodes == edge.length) {
                int cap = nodes * 2;
                firstChild = Arrays.copyOf(firstChild, cap);
                nextSibling = Arrays.copyOf(nextSibling, cap);
                edge = Arrays.copyOf(edge, cap);
                output = Arrays.copyOf(output, cap);
            }
            int k = nodes++;
            edge[k] = c;
            output[k] = -1;
            return k;
        }

        /** The automaton. */
        public MentionMatcher build() {
            return new MentionMatcher(this);
        }
    }
}
