package io.sasil.claims.facts;

import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import io.sasil.korean.Morpheme;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One claim as the fact rules read it: its text, where it starts in the document (code points), its quantities in
 * text order (each with its index in the claim's list, which is what a {@link io.sasil.common.contract.FactRole}
 * names), the subjects named in it and where its words begin and end (Nori's morphemes, compound nouns whole, so that
 * a listed noun inside a longer word is not read as that noun: {@code 인수} in {@code 인수위}). Every offset is a
 * document code point offset; slices are clamped to the claim. Not thread-safe (one claim, one reading).
 */
final class ClaimText {

    /** A quantity of the claim with its index in the claim's quantity list. */
    record Q(int index, QuantityView quantity) {
        int start() {
            return quantity.start();
        }

        int end() {
            return quantity.end();
        }

        String unit() {
            return quantity.unit() == null ? "" : quantity.unit();
        }

        String text() {
            return quantity.text() == null ? "" : quantity.text();
        }
    }

    private final String text;
    private final CodePoints.Index index;
    private final int start;
    private final int end;
    private final List<Q> quantities;
    private final SubjectAnchors anchors;
    private final List<Long> subjects;
    /** The claim's morphemes, asked for the first time a boundary is (most claims never ask: Nori's cost saved). */
    private final Supplier<List<Morpheme>> morphemes;
    /** Claim-relative code point offsets where a morpheme starts or ends; null until first asked. */
    private BitSet boundaries;

    /**
     * @param morphemes the claim's morphemes, char indices into {@code text}, called at most once and only when a
     *                  rule asks whether a word starts or ends somewhere
     */
    ClaimText(String text, int start, List<QuantityView> quantities, SubjectAnchors anchors, List<Long> subjects,
            Supplier<List<Morpheme>> morphemes) {
        this.text = text == null ? "" : text;
        this.index = CodePoints.index(this.text);
        this.start = start;
        this.end = start + index.codePointLength();
        List<Q> qs = new ArrayList<>();
        List<QuantityView> given = quantities == null ? List.of() : quantities;
        for (int i = 0; i < given.size(); i++) {
            QuantityView q = given.get(i);
            if (q != null && q.start() >= this.start && q.end() >= q.start() && q.end() <= this.end) {
                qs.add(new Q(i, q));
            }
        }
        qs.sort(Comparator.comparingInt(Q::start).thenComparingInt(Q::end));
        this.quantities = List.copyOf(qs);
        this.anchors = anchors;
        this.subjects = subjects == null ? List.of() : List.copyOf(subjects);
        this.morphemes = morphemes;
    }

    /** Whether a word (a morpheme) starts or ends at the document offset. */
    boolean isBoundary(int offset) {
        return offset >= start && offset <= end && boundaries().get(offset - start);
    }

    private BitSet boundaries() {
        if (boundaries == null) {
            BitSet b = new BitSet();
            b.set(0);
            b.set(index.codePointLength());
            for (Morpheme m : morphemes.get()) {
                b.set(index.toCodePoint(m.start()));
                b.set(index.toCodePoint(m.end()));
            }
            boundaries = b;
        }
        return boundaries;
    }

    /**
     * The predicate words between two document offsets ({@link PredicateLexicon#find}). A listed noun counts only
     * as a whole morpheme or a run of them ({@code 출시} in {@code 출시일}, not {@code 사망} in {@code 사망자}); verb
     * stems are matched as written, since an inflected form is one morpheme with its ending.
     */
    List<PredicateLexicon.Match> predicates(int from, int to) {
        int s = Math.max(start, Math.min(from, end));
        List<PredicateLexicon.Match> out = new ArrayList<>();
        for (PredicateLexicon.Match m : PredicateLexicon.find(slice(from, to), s)) {
            if (m.verbStem() || (isBoundary(m.start()) && isBoundary(m.end()))) {
                out.add(m);
            }
        }
        return out;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The claim's quantities in text order. */
    List<Q> quantities() {
        return quantities;
    }

    /** Quantities whose unit is {@code unit}, in text order. */
    List<Q> quantities(String unit) {
        return quantities.stream().filter(q -> unit.equals(q.unit())).toList();
    }

    SubjectAnchors anchors() {
        return anchors;
    }

    /** The glossary entries the claim mentions. */
    List<Long> subjects() {
        return subjects;
    }

    /** The claim's text. */
    String text() {
        return text;
    }

    /** The text between two document offsets, clamped to the claim. */
    String slice(int from, int to) {
        int s = Math.max(start, Math.min(from, end));
        int e = Math.max(s, Math.min(to, end));
        return text.substring(index.toChar(s - start), index.toChar(e - start));
    }

    /** Start of the first quantity after {@code q}, or the claim's end. */
    int nextQuantityStart(Q q) {
        for (Q o : quantities) {
            if (o.start() >= q.end() && o != q) {
                return Math.min(end, o.start());
            }
        }
        return end;
    }

    /** End of the last quantity before {@code q}, or the claim's start. */
    int previousQuantityEnd(Q q) {
        int limit = start;
        for (Q o : quantities) {
            if (o.end() <= q.start() && o != q) {
                limit = Math.max(limit, o.end());
            }
        }
        return limit;
    }
}
