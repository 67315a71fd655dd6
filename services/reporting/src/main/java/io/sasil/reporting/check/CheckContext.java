package io.sasil.reporting.check;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One document's inputs prepared for the checks: its text indexed by code point, its quantities in text order
 * (each with its claim), its subject anchors and its publication date.
 */
public final class CheckContext {

    private final DocumentView document;
    private final String text;
    private final CodePoints.Index index;
    private final List<ClaimView> claims;
    private final List<Located> quantities;
    private final SubjectAnchors anchors;
    private final ZoneId zone;

    /** A context whose dates are read in {@link ArticleTime#DEFAULT_ZONE} unless the document names its zone. */
    public CheckContext(DocumentView document, List<ClaimView> claims, List<MentionView> mentions) {
        this(document, claims, mentions, ArticleTime.DEFAULT_ZONE);
    }

    /** A context whose dates are read in the document's zone, else in {@code zone}. */
    public CheckContext(DocumentView document, List<ClaimView> claims, List<MentionView> mentions, ZoneId zone) {
        this.zone = zone == null ? ArticleTime.DEFAULT_ZONE : zone;
        this.document = document;
        this.text = document == null || document.text() == null ? "" : document.text();
        this.index = CodePoints.index(text);
        this.claims = claims == null ? List.of() : List.copyOf(claims);
        List<Located> all = new ArrayList<>();
        for (int i = 0; i < this.claims.size(); i++) {
            ClaimView c = this.claims.get(i);
            if (c == null || c.quantities() == null) {
                continue;
            }
            for (QuantityView q : c.quantities()) {
                if (q != null && q.start() >= 0 && q.end() >= q.start() && q.end() <= index.codePointLength()) {
                    all.add(new Located(i, c, q));
                }
            }
        }
        all.sort(Comparator.comparingInt(Located::start).thenComparingInt(Located::end));
        this.quantities = List.copyOf(all);
        this.anchors = new SubjectAnchors(text, index, mentions == null ? List.of() : mentions);
    }

    public DocumentView document() {
        return document;
    }

    public List<ClaimView> claims() {
        return claims;
    }

    /** Every quantity of every claim, in text order. */
    public List<Located> quantities() {
        return quantities;
    }

    /** Quantities whose unit is {@code unit}, in text order. */
    public List<Located> quantities(String unit) {
        return quantities.stream().filter(q -> unit.equals(q.unit())).toList();
    }

    public SubjectAnchors anchors() {
        return anchors;
    }

    /**
     * The publication date as the newsroom reads it ("today" for the elapsed-time check): in the zone
     * the document states, else the configured newsroom zone; empty when unknown.
     */
    public Optional<LocalDate> publicationDate() {
        return ArticleTime.publicationDate(document, zone);
    }

    /** Length of the text in code points. */
    public int length() {
        return index.codePointLength();
    }

    /** The text between two code point offsets, clamped to the text. */
    public String slice(int start, int end) {
        int s = Math.max(0, Math.min(start, length()));
        int e = Math.max(s, Math.min(end, length()));
        return text.substring(index.toChar(s), index.toChar(e));
    }

    /** The quantities of the same claim as {@code q}, in text order. */
    public List<Located> sameClaim(Located q) {
        return quantities.stream().filter(o -> o.claimIndex() == q.claimIndex()).toList();
    }

    /** Start of the first quantity after {@code q} in the same claim, or the claim's end. */
    public int nextQuantityStart(Located q) {
        int limit = q.claim().end();
        for (Located o : quantities) {
            if (o.claimIndex() == q.claimIndex() && o.start() >= q.end()) {
                return Math.min(limit, o.start());
            }
        }
        return limit;
    }

    /** End of the last quantity before {@code q} in the same claim, or the claim's start. */
    public int previousQuantityEnd(Located q) {
        int limit = q.claim().start();
        for (Located o : quantities) {
            if (o.claimIndex() == q.claimIndex() && o.end() <= q.start()) {
                limit = Math.max(limit, o.end());
            }
        }
        return limit;
    }
}
