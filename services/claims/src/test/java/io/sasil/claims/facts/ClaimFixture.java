package io.sasil.claims.facts;

import io.sasil.common.contract.Bound;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim built by hand for the fact tests: quantities found by their written form in order, mentions at every
 * occurrence of a form. The claim starts at a document offset past an emoji prefix, so code point and char offsets
 * differ; offsets are computed from the strings.
 */
final class ClaimFixture {

    /** Text before the claim in its document: the claim does not start at 0. */
    static final String PREFIX = "🚀𠀀 ";

    private final String text;
    private final int start = CodePoints.length(PREFIX);
    private int cursor;
    private final List<QuantityView> quantities = new ArrayList<>();
    private final List<MentionView> mentions = new ArrayList<>();
    private final List<Long> subjects = new ArrayList<>();

    private ClaimFixture(String text) {
        this.text = text;
    }

    static ClaimFixture of(String text) {
        return new ClaimFixture(text);
    }

    ClaimFixture q(String form, Object value, String unit) {
        return q(form, value, unit, null, null);
    }

    ClaimFixture count(String form, Object value, String counter) {
        return q(form, value, "COUNT", counter, null);
    }

    ClaimFixture bound(String form, Object value, String unit, Bound bound) {
        return q(form, value, unit, null, bound);
    }

    private ClaimFixture q(String form, Object value, String unit, String counter, Bound bound) {
        int at = text.indexOf(form, cursor);
        if (at < 0) {
            throw new IllegalArgumentException("quantity not in claim: " + form);
        }
        cursor = at + form.length();
        quantities.add(new QuantityView(cp(at), cp(at + form.length()), form, value, unit, counter, false, bound,
                null));
        return this;
    }

    /** A mention of entry {@code entryId} at every occurrence of {@code form}; the claim then names the entry. */
    ClaimFixture mention(String form, long entryId, String label) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            mentions.add(new MentionView(cp(at), cp(at + form.length()), form, entryId, label));
        }
        if (!subjects.contains(entryId)) {
            subjects.add(entryId);
        }
        return this;
    }

    /** The claim names entry {@code entryId} without a located mention. */
    ClaimFixture subject(long entryId) {
        subjects.add(entryId);
        return this;
    }

    List<FactView> facts() {
        return new FactReader().read(text, start, quantities, mentions, subjects);
    }

    /** The facts of one predicate. */
    List<FactView> facts(String predicate) {
        return facts().stream().filter(f -> f.predicate().equals(predicate)).toList();
    }

    /** The written form of the quantity a role of {@code fact} names. */
    String form(FactView fact, String role) {
        return fact.roles().stream().filter(r -> r.role().equals(role)).findFirst()
                .map(r -> quantities.get(r.quantity()).text()).orElse(null);
    }

    private int cp(int charIndex) {
        return start + CodePoints.toCodePoint(text, charIndex);
    }
}
