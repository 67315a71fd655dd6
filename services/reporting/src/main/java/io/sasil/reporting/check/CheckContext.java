package io.sasil.reporting.check;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document's inputs prepared for the checks: its text indexed by code point, its quantities in text order
 * (each with its claim), the facts its claims state (read by the claims service, {@link FactView}) and its
 * publication date. The checks read the facts, not the text: which quantity is a founding date, a part of a whole or
 * one side of a currency conversion is the claims service's reading.
 */
public final class CheckContext {

    private final DocumentView document;
    private final String text;
    private final CodePoints.Index index;
    private final List<ClaimView> claims;
    private final List<Located> quantities;
    private final List<StatedFact> stated;
    private final List<Fact> facts;
    private final ZoneId zone;

    /** A context whose dates are read in {@link ArticleTime#DEFAULT_ZONE} unless the document names its zone. */
    public CheckContext(DocumentView document, List<ClaimView> claims, List<MentionView> mentions) {
        this(document, claims, mentions, ArticleTime.DEFAULT_ZONE);
    }

    /**
     * A context whose dates are read in the document's zone, else in {@code zone}. The {@code mentions} are not read:
     * subjects come with the claims' facts; the parameter keeps the one signature of the document's inputs.
     */
    public CheckContext(DocumentView document, List<ClaimView> claims, List<MentionView> mentions, ZoneId zone) {
        this.zone = zone == null ? ArticleTime.DEFAULT_ZONE : zone;
        this.document = document;
        this.text = document == null || document.text() == null ? "" : document.text();
        this.index = CodePoints.index(text);
        this.claims = claims == null ? List.of() : List.copyOf(claims);
        List<Located> all = new ArrayList<>();
        Map<Long, Located> byIndex = new HashMap<>();
        for (int i = 0; i < this.claims.size(); i++) {
            ClaimView c = this.claims.get(i);
            if (c == null || c.quantities() == null) {
                continue;
            }
            for (int k = 0; k < c.quantities().size(); k++) {
                QuantityView q = c.quantities().get(k);
                if (q != null && q.start() >= 0 && q.end() >= q.start() && q.end() <= index.codePointLength()) {
                    Located l = new Located(i, c, q);
                    all.add(l);
                    byIndex.put(key(i, k), l);
                }
            }
        }
        all.sort(Comparator.comparingInt(Located::start).thenComparingInt(Located::end));
        this.quantities = List.copyOf(all);
        List<StatedFact> found = new ArrayList<>();
        for (int i = 0; i < this.claims.size(); i++) {
            ClaimView c = this.claims.get(i);
            if (c == null || c.facts() == null) {
                continue;
            }
            final int claim = i;
            for (FactView f : c.facts()) {
                if (f != null && f.predicate() != null) {
                    found.add(new StatedFact(i, f, StatedFact.locate(f, k -> byIndex.get(key(claim, k)))));
                }
            }
        }
        this.stated = List.copyOf(found);
        this.facts = readFacts(found);
    }

    private static long key(int claim, int quantity) {
        return ((long) claim << 32) | (quantity & 0xffffffffL);
    }

    /**
     * The events and measures among the stated facts, one per quantity (the first stated), in text order of their
     * quantity.
     */
    private static List<Fact> readFacts(List<StatedFact> stated) {
        List<Fact> out = new ArrayList<>();
        java.util.Set<Located> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (StatedFact s : stated) {
            Optional<StatedFact.Role> main = s.anyRole("date", "elapsed", "value");
            if (main.isEmpty() || !seen.add(main.get().quantity())) {
                continue;
            }
            FactView f = s.fact();
            String period = s.role("period").flatMap(p -> DateRange.parse(p.quantity().value()))
                    .map(DateRange::toString).orElse(null);
            String subject = f.subject() == null ? null : f.subject().key();
            String label = f.subject() == null ? null : f.subject().label();
            java.util.Set<String> co = new LinkedHashSet<>(f.coSubjects());
            if (subject != null) {
                co.add(subject);
            }
            boolean event = !main.get().role().equals("value");
            out.add(new Fact(main.get().quantity(), f.predicate(), event, f.predicateText(), subject, label,
                    java.util.Set.copyOf(co), period));
        }
        out.sort(Comparator.comparingInt((Fact f) -> f.quantity().start()).thenComparingInt(f -> f.quantity().end()));
        return List.copyOf(out);
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

    /** Every fact the claims state, claim by claim in the claims service's order. */
    public List<StatedFact> stated() {
        return stated;
    }

    /** The facts of one predicate class ({@code part-whole}, {@code conversion}, …). */
    public List<StatedFact> stated(String predicate) {
        return stated.stream().filter(f -> predicate.equals(f.predicate())).toList();
    }

    /** The dated events and measures (facts whose quantity's role is date, elapsed or value), in text order. */
    public List<Fact> facts() {
        return facts;
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

    /** The quantities of the same claim as {@code q}, in text order. */
    public List<Located> sameClaim(Located q) {
        return quantities.stream().filter(o -> o.claimIndex() == q.claimIndex()).toList();
    }
}
