package io.sasil.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.claims.rest.GlossaryStub;
import io.sasil.common.contract.Bound;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.contract.QuantityView;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every field of a claim survives the store: the claim, quantity and subject rows are written by hand-made JDBC
 * batches, so a column added to the entity but not to those inserts would be dropped without a word. The facts given
 * here are ones the fact reader would not derive from the text, so a dropped {@code facts} column cannot hide behind
 * the facts read again on the way out.
 */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class ClaimStoreRoundTripTest {

    @Inject
    ClaimStore store;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void everyFieldOfAClaimIsReadBackAsItWasStored() throws Exception {
        long documentId = 880_001;
        long entry = 77_123;
        QuantityView amount = new QuantityView(12, 19, "3억 달러", new BigDecimal("300000000"), "USD", null, true,
                Bound.MAX_INCLUSIVE, null);
        QuantityView year = new QuantityView(0, 5, "2023년", "2023", "DATE", null, false, null, null);
        FactView fact = new FactView("custom-test-predicate", "시험했다",
                new FactSubject("entry:" + entry, "가상연구소", entry), List.of("quoted:다른 기관"),
                List.of(new FactRole(0, "amount"), new FactRole(1, "as-of")));
        ClaimView given = new ClaimView(null, 4, 40, "2023년 가상연구소는 최대 3억 달러를 시험했다고 밝혔다.", true,
                ClaimType.QUANTITY, 0.83, List.of("quantity", "reporting verb"), List.of(amount, year), "가상연구소",
                "밝혔다", List.of(entry), List.of(fact));
        OffsetDateTime published = OffsetDateTime.parse("2024-03-05T09:00:00+09:00");

        QuarkusTransaction.requiringNew().run(() -> store.replace(documentId, published, List.of(given)));
        List<ClaimView> read = QuarkusTransaction.requiringNew().call(() -> store.ofDocument(documentId));

        assertEquals(1, read.size());
        ClaimView back = read.get(0);
        // compared as the API sends them: a quantity's value is an Object, read back as whatever number JSON gives
        assertEquals(mapper.writeValueAsString(given), mapper.writeValueAsString(new ClaimView(null, back.start(), back.end(), back.text(), back.claim(), back.type(),
                back.score(), back.reasons(), back.quantities(), back.speaker(), back.hedge(), back.subjects(),
                back.facts())));
        List<EntityClaimCount> counts = QuarkusTransaction.requiringNew().call(
                () -> store.countByEntity(entry, null, null, null));
        assertEquals(List.of(new EntityClaimCount(entry, "2024-03", 1)), counts);
    }
}
