package io.sasil.reporting.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.report.DocumentReport;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

/**
 * JSON-LD (schema.org) of a document report, for fact-checkers.
 *
 * <p>Rules: a {@code @graph} of the article ({@code NewsArticle}: headline, url (else the canonical URL),
 * datePublished and dateModified in the article's newsroom zone with its offset ({@link ArticleTime}), author
 * (each a {@code Person}), publisher (the page's, else the source), articleSection, inLanguage) and,
 * for every claim (sentences scored below the claim threshold are left out), a {@code ClaimReview} skeleton whose
 * {@code itemReviewed} is the schema.org {@code Claim} (text, {@code appearance} = the article with its URL and
 * date, {@code datePublished}, {@code author} = the speaker when one is named, the claim type as
 * {@code keywords}). The review's {@code url}, {@code datePublished}, {@code author} and {@code reviewRating}
 * values are null: a fact-checker completes them. Claim ids are {@code urn:sasil:document:ID:claim:N} (N from
 * 1, the claim's position in the report).
 */
public final class JsonLdRenderer {

    private final ObjectMapper mapper;
    private final ZoneId zone;

    /** Dates of articles that name no zone in Seoul time. */
    public JsonLdRenderer(ObjectMapper mapper) {
        this(mapper, ArticleTime.DEFAULT_ZONE);
    }

    /** Dates of articles that name no zone in {@code zone}. */
    public JsonLdRenderer(ObjectMapper mapper, ZoneId zone) {
        this.mapper = mapper;
        this.zone = zone;
    }

    /** The JSON-LD document as a string. */
    public String document(DocumentReport report) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON-LD document as a tree. */
    public ObjectNode tree(DocumentReport report) {
        DocumentView d = report.document();
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        String articleId = "urn:sasil:document:" + d.id();
        ObjectNode article = graph.addObject();
        article.put("@type", "NewsArticle");
        article.put("@id", articleId);
        fillArticle(article, d);
        List<ClaimView> claims = report.claims() == null ? List.of() : report.claims();
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            if (!c.claim()) {
                continue;
            }
            ObjectNode review = graph.addObject();
            review.put("@type", "ClaimReview");
            review.put("claimReviewed", c.text());
            review.putNull("url");
            review.putNull("datePublished");
            review.putNull("author");
            ObjectNode claim = review.putObject("itemReviewed");
            claim.put("@type", "Claim");
            claim.put("@id", articleId + ":claim:" + (i + 1));
            claim.put("text", c.text());
            if (c.type() != null) {
                claim.put("keywords", c.type().name());
            }
            if (d.publishedAt() != null) {
                claim.put("datePublished", ArticleTime.in(d.publishedAt(), ArticleTime.zoneOf(d, zone)).toString());
            }
            if (c.speaker() != null) {
                ObjectNode author = claim.putObject("author");
                author.put("@type", "Thing");
                author.put("name", c.speaker());
            }
            ObjectNode appearance = claim.putObject("appearance");
            appearance.put("@type", "NewsArticle");
            appearance.put("@id", articleId);
            fillArticle(appearance, d);
            claim.set("firstAppearance", appearance.deepCopy());
            ObjectNode rating = review.putObject("reviewRating");
            rating.put("@type", "Rating");
            rating.putNull("ratingValue");
            rating.putNull("bestRating");
            rating.putNull("worstRating");
            rating.putNull("alternateName");
        }
        return root;
    }

    private void fillArticle(ObjectNode article, DocumentView d) {
        ZoneId articleZone = ArticleTime.zoneOf(d, zone);
        ArticleMetadata m = d.metadata();
        if (d.title() != null) {
            article.put("headline", d.title());
        }
        String url = d.url() != null ? d.url() : m == null ? null : m.canonicalUrl();
        if (url != null) {
            article.put("url", url);
        }
        if (d.publishedAt() != null) {
            article.put("datePublished", ArticleTime.in(d.publishedAt(), articleZone).toString());
        }
        if (m != null && m.modifiedAt() != null) {
            article.put("dateModified", ArticleTime.in(m.modifiedAt(), articleZone).toString());
        }
        if (m != null && m.authors() != null && !m.authors().isEmpty()) {
            ArrayNode authors = article.putArray("author");
            for (String name : m.authors()) {
                ObjectNode person = authors.addObject();
                person.put("@type", "Person");
                person.put("name", name);
            }
        }
        String publisherName = m != null && m.publisher() != null ? m.publisher() : d.source();
        if (publisherName != null) {
            ObjectNode publisher = article.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", publisherName);
        }
        if (m != null && m.section() != null) {
            article.put("articleSection", m.section());
        }
        if (d.language() != null && !d.language().equals("und")) {
            article.put("inLanguage", d.language());
        }
    }
}
