package io.sasil.reporting.check;

import io.sasil.common.contract.Bound;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds contract records by hand for the check tests: a document text, claims found by their sentence, quantities
 * found by their written form inside the claim, the facts the claims service would state about them (their roles
 * name quantities by written form), mentions found by every occurrence of a form. Code point offsets are computed
 * here from the strings, never written by hand.
 */
final class DocFixture {

    private final String text;
    private OffsetDateTime published = OffsetDateTime.parse("2025-02-03T09:00:00+09:00");
    private long id = 1;
    private String title = "test";
    private final List<ClaimBuilder> claims = new ArrayList<>();
    private final List<MentionView> mentions = new ArrayList<>();

    private DocFixture(String text) {
        this.text = text;
    }

    static DocFixture of(String text) {
        return new DocFixture(text);
    }

    DocFixture published(String isoDateTime) {
        this.published = isoDateTime == null ? null : OffsetDateTime.parse(isoDateTime);
        return this;
    }

    DocFixture id(long id, String title) {
        this.id = id;
        this.title = title;
        return this;
    }

    /** A claim over the first occurrence of {@code sentence} (after the previous claim). */
    ClaimBuilder claim(String sentence) {
        int from = claims.isEmpty() ? 0 : claims.get(claims.size() - 1).charEnd;
        int at = text.indexOf(sentence, from);
        if (at < 0) {
            at = text.indexOf(sentence);
        }
        if (at < 0) {
            throw new IllegalArgumentException("sentence not in text: " + sentence);
        }
        ClaimBuilder c = new ClaimBuilder(this, at, at + sentence.length());
        claims.add(c);
        return c;
    }

    /** A claim covering the whole text. */
    ClaimBuilder whole() {
        return claim(text);
    }

    /** A mention at every occurrence of {@code form}. */
    DocFixture mention(String form, long entryId, String label) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            mentions.add(new MentionView(CodePoints.toCodePoint(text, at),
                    CodePoints.toCodePoint(text, at + form.length()), form, entryId, label));
        }
        return this;
    }

    DocumentView doc() {
        return new DocumentView(id, title, null, "fixture", published, "ko", DocumentStatus.ANALYSED, 1, null, null,
                null, text, null);
    }

    List<ClaimView> claims() {
        return claims.stream().map(ClaimBuilder::build).toList();
    }

    List<MentionView> mentions() {
        return List.copyOf(mentions);
    }

    DocumentAnalysis analysis() {
        return new DocumentAnalysis(doc(), claims(), mentions());
    }

    List<CheckResult> run(ConsistencyCheck check) {
        return check.check(new CheckContext(doc(), claims(), mentions()));
    }

    List<CheckResult> runAll() {
        return new ConsistencyChecker().check(doc(), claims(), mentions());
    }

    /** The subject of a term base entry. */
    static FactSubject entry(long id, String label) {
        return new FactSubject("entry:" + id, label, id);
    }

    /** The subject of a quoted name without an entry. */
    static FactSubject term(String name) {
        return new FactSubject("term:" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", ""), name, null);
    }

    /** Code point offset of the {@code n}-th (from 0) occurrence of {@code s}. */
    int cp(String s, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(s, at + 1);
        }
        return CodePoints.toCodePoint(text, at);
    }

    static final class ClaimBuilder {
        private final DocFixture fixture;
        private final int charStart;
        private final int charEnd;
        private int cursor;
        private final List<QuantityView> quantities = new ArrayList<>();
        private final List<Long> subjects = new ArrayList<>();
        private final List<FactView> facts = new ArrayList<>();

        private ClaimBuilder(DocFixture fixture, int charStart, int charEnd) {
            this.fixture = fixture;
            this.charStart = charStart;
            this.charEnd = charEnd;
            this.cursor = charStart;
        }

        ClaimBuilder q(String form, Object value, String unit) {
            return q(form, value, unit, false, null);
        }

        ClaimBuilder approx(String form, Object value, String unit) {
            return q(form, value, unit, true, null);
        }

        ClaimBuilder bound(String form, Object value, String unit, Bound bound) {
            return q(form, value, unit, false, bound);
        }

        ClaimBuilder count(String form, Object value, String counter) {
            int at = locate(form);
            quantities.add(new QuantityView(cp(at), cp(at + form.length()), form, value, "COUNT", counter, false,
                    null, null));
            return this;
        }

        ClaimBuilder q(String form, Object value, String unit, boolean approximate, Bound bound) {
            int at = locate(form);
            quantities.add(new QuantityView(cp(at), cp(at + form.length()), form, value, unit, null, approximate,
                    bound, null));
            return this;
        }

        /** A dated event: the quantity written {@code form} is its date (or, for a DURATION, the time since it). */
        ClaimBuilder event(String predicate, FactSubject subject, String form) {
            String role = quantities.get(index(form)).unit().equals("DURATION") ? "elapsed" : "date";
            return fact(predicate, subject, subject == null ? List.of() : List.of(subject.key()), role, form);
        }

        /** A measure: the quantity written {@code form} is its value; optionally {@code "period", date}. */
        ClaimBuilder measure(String predicate, FactSubject subject, String form, String... period) {
            List<String> roles = new ArrayList<>(List.of("value", form));
            roles.addAll(List.of(period));
            return fact(predicate, subject, subject == null ? List.of() : List.of(subject.key()),
                    roles.toArray(String[]::new));
        }

        /** A relation between quantities, without a subject: {@code role, form, role, form, …}. */
        ClaimBuilder relation(String predicate, String... roleForm) {
            return fact(predicate, null, List.of(), roleForm);
        }

        /** Any fact: {@code roleForm} alternates a role and the written form of its quantity. */
        ClaimBuilder fact(String predicate, FactSubject subject, List<String> coSubjects, String... roleForm) {
            List<FactRole> roles = new ArrayList<>();
            for (int i = 0; i + 1 < roleForm.length; i += 2) {
                roles.add(new FactRole(index(roleForm[i + 1]), roleForm[i]));
            }
            facts.add(new FactView(predicate, predicate, subject, coSubjects, roles));
            return this;
        }

        private int index(String form) {
            for (int i = 0; i < quantities.size(); i++) {
                if (quantities.get(i).text().equals(form)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no quantity " + form + " in the claim");
        }

        ClaimBuilder subject(long entryId) {
            subjects.add(entryId);
            return this;
        }

        /** Back to the document, to add another claim. */
        DocFixture and() {
            return fixture;
        }

        ClaimBuilder claim(String sentence) {
            return fixture.claim(sentence);
        }

        DocFixture mention(String form, long entryId, String label) {
            return fixture.mention(form, entryId, label);
        }

        List<CheckResult> run(ConsistencyCheck check) {
            return fixture.run(check);
        }

        List<CheckResult> runAll() {
            return fixture.runAll();
        }

        private int locate(String form) {
            int at = fixture.text.indexOf(form, cursor);
            if (at < 0 || at + form.length() > charEnd) {
                throw new IllegalArgumentException("quantity not in claim: " + form);
            }
            cursor = at + form.length();
            return at;
        }

        private int cp(int charIndex) {
            return CodePoints.toCodePoint(fixture.text, charIndex);
        }

        ClaimView build() {
            String t = fixture.text.substring(charStart, charEnd);
            return new ClaimView(null, cp(charStart), cp(charEnd), t, true, ClaimType.QUANTITY, 0.9, List.of(),
                    List.copyOf(quantities), null, null, List.copyOf(subjects), List.copyOf(facts));
        }
    }

    /** The numeric prefix of a written figure: {@code 23.5%} → 23.5, {@code 12%포인트} → 12. */
    static double num(String form) {
        int i = 0;
        while (i < form.length() && (Character.isDigit(form.charAt(i)) || form.charAt(i) == '.')) {
            i++;
        }
        return Double.parseDouble(form.substring(0, i));
    }
}
