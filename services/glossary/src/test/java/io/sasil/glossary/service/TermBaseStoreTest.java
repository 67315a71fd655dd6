package io.sasil.glossary.service;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.glossary.termbase.TermBase;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database holds the whole term base: a replica that reloads it gets exactly what the writer had. */
@QuarkusTest
class TermBaseStoreTest {

    @Inject
    TermBaseStore store;

    private static java.util.List<io.sasil.glossary.termbase.TermEntry> byId(
            java.util.List<io.sasil.glossary.termbase.TermEntry> entries) {
        return entries.stream().sorted(java.util.Comparator.comparingLong(io.sasil.glossary.termbase.TermEntry::id))
                .toList();
    }

    @Test
    void reloadingFromTheDatabaseGivesTheSameTermBase() {
        asService().contentType("application/json").body(Map.of("documentId", 9001,
                "text", "메타플랫폼스(Meta Platforms)가 라마(LLaMA)를 공개했다. 메타 플랫폼스는 미국 기업이다."))
                .put("/internal/glossary/documents/9001/analysis").then().statusCode(200);
        asService().contentType("application/json").body(Map.of("documentId", 9002,
                "text", "메타플랫폼즈(Meta Platforms)의 주가가 올랐다. 챗 지피티(Chat GPT)와 챗GPT(ChatGPT)가 경쟁한다."))
                .put("/internal/glossary/documents/9002/analysis").then().statusCode(200);
        long merged = given().get("/api/glossary/documents/9002").then().extract().jsonPath()
                .getLong("glosses[0].entryId");
        long mergeId = given().get("/api/glossary/entries/" + merged + "/merges").then().extract().jsonPath()
                .getLong("[0].id");
        given().contentType("application/json").body(Map.of("mergeId", mergeId))
                .post("/api/glossary/entries/" + merged + "/split").then().statusCode(201);

        TermBase.State before = QuarkusTransaction.requiringNew().call(() -> store.read().state());
        TermBase cachedBase = QuarkusTransaction.requiringNew().call(() -> store.read());
        store.invalidate();
        TermBase reloaded = QuarkusTransaction.requiringNew().call(() -> store.read());
        assertNotSame(cachedBase, reloaded);
        TermBase.State after = reloaded.state();
        assertEquals(byId(before.entries()), byId(after.entries()));
        assertEquals(before.merges(), after.merges());
        assertEquals(before.undoneMerges(), after.undoneMerges());
        assertEquals(before.separated(), after.separated());
        assertEquals(before.absorbedInto(), after.absorbedInto());
        assertEquals(before.members(), after.members());
        assertEquals(before.absorbedMembers(), after.absorbedMembers());
        assertEquals(before.nextId(), after.nextId());
        assertEquals(before.nextMergeId(), after.nextMergeId());
        assertTrue(after.undoneMerges().contains(mergeId));
    }
}
