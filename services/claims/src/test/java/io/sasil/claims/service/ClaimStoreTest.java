package io.sasil.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sasil.claims.model.ClaimQuantityRecord;
import io.sasil.claims.model.ClaimRecord;
import io.sasil.common.contract.Bound;
import io.sasil.common.contract.QuantityView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a quantity becomes a queryable {@code claim_quantity} row (no database needed). */
class ClaimStoreTest {

    private static ClaimRecord claim() {
        ClaimRecord c = new ClaimRecord();
        c.id = 5L;
        c.documentId = 12;
        return c;
    }

    @Test
    void measuresKeepTheirNumberAndRange() {
        QuantityView q = new QuantityView(3, 15, "25000~30000원", new BigDecimal("25000"), "KRW", null, true,
                Bound.MIN_INCLUSIVE, new BigDecimal("30000"));
        ClaimQuantityRecord r = ClaimStore.quantityRecord(claim(), 2, q);
        assertEquals(5L, r.claimId);
        assertEquals(12L, r.documentId);
        assertEquals(2, r.position);
        assertEquals(25000.0, r.numericValue);
        assertEquals(30000.0, r.upperValue);
        assertNull(r.temporalValue);
        assertNull(r.periodStart);
        assertEquals("KRW", r.unit);
        assertEquals(Bound.MIN_INCLUSIVE, r.bound);
        assertEquals(true, r.approximate);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2023-05,          DATE,     2023-05-01, 2023-06-01",
        "2024-01/2024-03,  INTERVAL, 2024-01-01, 2024-04-01",
        "P2Y,              DURATION, ,",
        "--01-20,          DATE,     ,",
    })
    void temporalValuesKeepTheirIsoValueAndTheDaysTheyCover(String iso, String unit, LocalDate start, LocalDate end) {
        ClaimQuantityRecord r = ClaimStore.quantityRecord(claim(), 0,
                new QuantityView(0, 4, "x", iso, unit, null, false, null, null));
        assertEquals(iso, r.temporalValue);
        assertNull(r.numericValue);
        assertEquals(start, r.periodStart);
        assertEquals(end, r.periodEnd);
    }

    @Test
    void valuesBeyondADoubleAreNotStoredAsNumbers() {
        assertNull(ClaimStore.finite(new BigDecimal("1e400")));
        assertNull(ClaimStore.finite("2025"));
        assertNull(ClaimStore.finite(null));
        assertEquals(9.999999999999999E15, ClaimStore.finite(new BigDecimal("9999999999999999")));
        assertEquals(0.1, ClaimStore.finite(0.1));
    }
}
