package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.Reports;
import org.junit.jupiter.api.Test;

class JsonLdRendererTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonLdRenderer renderer = new JsonLdRenderer(mapper);

    @Test
    void claimReviewSkeletonPerClaim() throws Exception {
        JsonNode root = mapper.readTree(renderer.document(Reports.of(Articles.plain())));
        assertEquals("https://schema.org", root.get("@context").asText());
        JsonNode graph = root.get("@graph");
        assertEquals(4, graph.size());
        assertEquals("NewsArticle", graph.get(0).get("@type").asText());
        assertEquals("테스트일보", graph.get(0).get("publisher").get("name").asText());
        for (int i = 1; i < graph.size(); i++) {
            JsonNode review = graph.get(i);
            assertEquals("ClaimReview", review.get("@type").asText());
            assertTrue(review.get("reviewRating").get("ratingValue").isNull(), "left for the fact-checker");
            assertTrue(review.get("url").isNull());
            JsonNode claim = review.get("itemReviewed");
            assertEquals("Claim", claim.get("@type").asText());
            assertEquals("urn:sasil:document:1:claim:" + i, claim.get("@id").asText());
            assertEquals(review.get("claimReviewed").asText(), claim.get("text").asText());
            assertEquals("https://news.example/saebom", claim.get("appearance").get("url").asText());
            assertEquals("2025-02-03T09:00+09:00", claim.get("datePublished").asText());
        }
        assertEquals("업계", graph.get(2).get("itemReviewed").get("author").get("name").asText());
    }

    @Test
    void hostileTextStaysText() throws Exception {
        JsonNode root = mapper.readTree(renderer.document(Reports.of(Articles.hostile())));
        assertEquals("<script>alert('t')</script> & \"제목\" | 파이프", root.get("@graph").get(0).get("headline").asText());
    }
}
