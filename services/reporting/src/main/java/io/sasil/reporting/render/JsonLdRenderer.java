package io.sasil.reporting.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.service.DocumentReport;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON-LD (schema.org) of a document report, for fact-checkers.
 *
 * <p>Rules: a {@code @graph} of the article ({@code NewsArticle}: headline, url, datePublished, publisher) and,
 * for every claim (sentences scored below the claim threshold are left out), a {@code ClaimReview} skeleton whose
 * {@code itemReviewed} is the schema.org {@code Claim} (text, {@code appearance} = the article with its URL and
 * date, {@code datePublished}, {@code author} = the speaker when one is named, the claim type as
 * {@code keywords}). The review's {@code url}, {@code datePublished}, {@code author} and {@code reviewRating}
 * values are null: a fact-checker completes them. Claim ids are {@code urn:sasil:document:ID:claim:N} (N from
 * 1, the claim's position in the report).
 */
public final class JsonLdRenderer {

    private final ObjectMapper mapper;

    public JsonLdRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
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
                claim.put("datePublished", d.publishedAt().toString());
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

    private static void fillArticle(ObjectNode article, DocumentView d) {
        if (d.title() != null) {
            article.put("headline", d.title());
        }
        if (d.url() != null) {
            article.put("url", d.url());
        }
        if (d.publishedAt() != null) {
            article.put("datePublished", d.publishedAt().toString());
        }
        if (d.source() != null) {
            ObjectNode publisher = article.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", d.source());
        }
    }
}
