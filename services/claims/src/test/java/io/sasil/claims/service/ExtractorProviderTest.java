package io.sasil.claims.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.claims.rest.GlossaryStub;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The glossary's user dictionary through the client: read, cached, kept or dropped when the glossary fails. */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class ExtractorProviderTest {

    @Inject
    ExtractorProvider provider;

    @Test
    void dictionaryIsReadCachedAndKeptWhenTheGlossaryFails() {
        GlossaryStub.putDictionary("딥시크\n량원펑\n챗지피티 챗 지피티\n");
        ExtractorProvider.Current read = provider.refresh();
        assertEquals(3, read.dictionaryEntries());
        // cached: the same extractor until the refresh interval has passed
        assertSame(read.extractor(), provider.current().extractor());
        assertSame(read.extractor(), provider.extractor());

        // the same text again: nothing is rebuilt
        assertSame(read.extractor(), provider.refresh().extractor());

        // glossary answers 503: the last good dictionary stays
        GlossaryStub.dictionaryStatus(503);
        ExtractorProvider.Current failed = provider.refresh();
        assertSame(read.extractor(), failed.extractor());
        assertEquals(3, failed.dictionaryEntries());
        // and the service still answers
        given().contentType("application/json").body(Map.of("text", "딥시크는 지난해 557만 달러를 썼다고 밝혔다."))
                .post("/api/claims/extract").then().statusCode(200).body("claims[0].speaker", equalTo("딥시크"));

        // a glossary without the endpoint (404): Nori's built-in dictionary alone
        GlossaryStub.dictionaryStatus(404);
        ExtractorProvider.Current none = provider.refresh();
        assertEquals(0, none.dictionaryEntries());
        assertNull(none.dictionaryText());

        // a dictionary Nori cannot read (segments longer than the word): the last one stays
        GlossaryStub.putDictionary("딥시크\n");
        ExtractorProvider.Current one = provider.refresh();
        assertEquals(1, one.dictionaryEntries());
        GlossaryStub.putDictionary("딥시크 딥 시크 크크\n");
        assertSame(one.extractor(), provider.refresh().extractor());

        GlossaryStub.putDictionary("");
        assertNotSame(one.extractor(), provider.refresh().extractor());
        assertEquals(0, provider.current().dictionaryEntries());
    }
}
