package io.sasil.reporting.testing;

import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.text.CodePoints;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the contract records of one article by hand, for the stubs of the other services and the renderer
 * tests. Code point offsets are computed from the strings, never written by hand.
 */
public final class ArticleBuilder {

    private final long id;
    private final String text;
    private String title = "기사";
    private String url = "https://news.example/1";
    private String source = "테스트일보";
    private OffsetDateTime published = OffsetDateTime.parse("2025-02-03T09:00:00+09:00");
    private final List<GlossView> glosses = new ArrayList<>();
    private final List<MentionView> mentions = new ArrayList<>();
    private final List<ClaimView> claims = new ArrayList<>();
    private int claimCursor;
    private io.sasil.common.contract.ArticleMetadata metadata;

    private ArticleBuilder(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public static ArticleBuilder of(long id, String text) {
        return new ArticleBuilder(id, text);
    }

    public ArticleBuilder meta(String title, String url, String source, String publishedAt) {
        this.title = title;
        this.url = url;
        this.source = source;
        this.published = publishedAt == null ? null : OffsetDateTime.parse(publishedAt);
        return this;
    }

    /** The article's own metadata, as ingestion serves it. */
    public ArticleBuilder metadata(io.sasil.common.contract.ArticleMetadata metadata) {
        this.metadata = metadata;
        return this;
    }

    public String text() {
        return text;
    }

    /** Code point offset of the first occurrence of {@code s} at or after char index {@code from}. */
    public int cp(String s, int from) {
        int at = text.indexOf(s, from);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + s);
        }
        return CodePoints.toCodePoint(text, at);
    }

    /** A gloss pair at the first {@code term(gloss} of the text. */
    public ArticleBuilder gloss(String term, String gloss, GlossKind kind, Long entryId) {
        int at = text.indexOf(term + "(" + gloss);
        if (at < 0) {
            throw new IllegalArgumentException("no gloss " + term + "(" + gloss);
        }
        int ts = CodePoints.toCodePoint(text, at);
        int te = ts + CodePoints.length(term);
        int gs = te + 1;
        glosses.add(new GlossView(term, gloss, kind, ts, te, gs, gs + CodePoints.length(gloss), entryId));
        return this;
    }

    /** A mention at every occurrence of {@code form}. */
    public ArticleBuilder mention(String form, long entryId, String label) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            int s = CodePoints.toCodePoint(text, at);
            mentions.add(new MentionView(s, s + CodePoints.length(form), form, entryId, label));
        }
        return this;
    }

    /** Starts a claim over the first occurrence of {@code sentence} after the previous claim. */
    public Claim claim(String sentence, ClaimType type, double score) {
        int at = text.indexOf(sentence, claimCursor);
        if (at < 0) {
            throw new IllegalArgumentException("no sentence " + sentence);
        }
        claimCursor = at + sentence.length();
        return new Claim(this, sentence, at, type, score);
    }

    public DocumentView document() {
        List<SentenceRef> sentences = new ArrayList<>();
        for (ClaimView c : claims) {
            sentences.add(new SentenceRef(sentences.size(), 0, c.start(), c.end(), c.text()));
        }
        return new DocumentView(id, title, url, source, published, "ko", DocumentStatus.ANALYSED, 1, null,
                "hash" + id, published, text, sentences, metadata);
    }

    public DocumentGlossaryView glossary() {
        return new DocumentGlossaryView(id, List.copyOf(glosses), List.copyOf(mentions));
    }

    public DocumentClaimsView claims() {
        return new DocumentClaimsView(id, List.copyOf(claims));
    }

    /** A claim being built. */
    public static final class Claim {
        private final ArticleBuilder article;
        private final String sentence;
        private final int charStart;
        private final ClaimType type;
        private final double score;
        private final List<QuantityView> quantities = new ArrayList<>();
        private final List<Long> subjects = new ArrayList<>();
        private final List<FactView> facts = new ArrayList<>();
        private String speaker;
        private String hedge;
        private int cursor;

        private Claim(ArticleBuilder article, String sentence, int charStart, ClaimType type, double score) {
            this.article = article;
            this.sentence = sentence;
            this.charStart = charStart;
            this.cursor = charStart;
            this.type = type;
            this.score = score;
        }

        /** A quantity at the next occurrence of {@code written} in the claim. */
        public Claim q(String written, Object value, String unit) {
            int at = article.text.indexOf(written, cursor);
            if (at < 0 || at + written.length() > charStart + sentence.length()) {
                throw new IllegalArgumentException("no quantity " + written + " in " + sentence);
            }
            cursor = at + written.length();
            int s = CodePoints.toCodePoint(article.text, at);
            quantities.add(new QuantityView(s, s + CodePoints.length(written), written, value, unit, null, false, null,
                    null));
            return this;
        }

        /**
         * A fact the claims service would state: {@code roleWritten} alternates a role and the written form of a
         * quantity already added; {@code subject} may be null.
         */
        public Claim fact(String predicate, FactSubject subject, String... roleWritten) {
            List<FactRole> roles = new ArrayList<>();
            for (int i = 0; i + 1 < roleWritten.length; i += 2) {
                int index = -1;
                for (int k = 0; k < quantities.size() && index < 0; k++) {
                    if (quantities.get(k).text().equals(roleWritten[i + 1])) {
                        index = k;
                    }
                }
                if (index < 0) {
                    throw new IllegalArgumentException("no quantity " + roleWritten[i + 1] + " in " + sentence);
                }
                roles.add(new FactRole(index, roleWritten[i]));
            }
            facts.add(new FactView(predicate, predicate, subject, subject == null ? List.of() : List.of(subject.key()),
                    roles));
            return this;
        }

        public Claim speaker(String speaker, String hedge) {
            this.speaker = speaker;
            this.hedge = hedge;
            return this;
        }

        public Claim subjects(Long... ids) {
            subjects.addAll(List.of(ids));
            return this;
        }

        public ArticleBuilder done() {
            int s = CodePoints.toCodePoint(article.text, charStart);
            article.claims.add(new ClaimView((long) (article.id * 100 + article.claims.size() + 1), s,
                    s + CodePoints.length(sentence), sentence, true, type, score, List.of("test"),
                    List.copyOf(quantities), speaker, hedge, List.copyOf(subjects), List.copyOf(facts)));
            return article;
        }
    }
}
