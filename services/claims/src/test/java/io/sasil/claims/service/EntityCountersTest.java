package io.sasil.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.claims.rest.GlossaryStub;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.EntityClaimCount;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The claims per entity and month are counters moved with each document's claims: after storing, replacing and
 * forgetting documents they equal what grouping the claim rows gives (counted here with that very query), and
 * storing a document moves only its own entries' counters, however many earlier documents name them.
 * Entry and document ids are this test's own, so other tests' claims in the same database do not count.
 */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class EntityCountersTest {

    @Inject
    ClaimStore store;

    @Inject
    EntityManager em;

    private static final OffsetDateTime MARCH = OffsetDateTime.parse("2024-03-05T09:00:00+09:00");
    private static final OffsetDateTime APRIL = OffsetDateTime.parse("2024-04-20T18:00:00+09:00");

    /** A claim naming the given entries (the text is made up; only the subjects count). */
    private static ClaimView claim(int n, long... entries) {
        return new ClaimView(null, n * 40, n * 40 + 30, "가상전자는 올해 매출이 " + (n + 3) + "% 늘었다고 밝혔다.", true,
                ClaimType.QUANTITY, 0.8, List.of("quantity"), List.of(), null, "밝혔다",
                LongStream.of(entries).boxed().toList(), List.of());
    }

    private void replace(long document, OffsetDateTime published, ClaimView... claims) {
        QuarkusTransaction.requiringNew().run(() -> store.replace(document, published, List.of(claims)));
    }

    private List<EntityClaimCount> counted(long... entries) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<EntityClaimCount> out = new ArrayList<>();
            for (long e : entries) {
                out.addAll(store.countByEntity(e, null, null, null));
            }
            return out;
        });
    }

    /** The same counts, by grouping the claim and subject rows as the counters replace. */
    @SuppressWarnings("unchecked")
    private List<EntityClaimCount> grouped(long... entries) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                "select s.entry_id, coalesce(c.published_month, 'unknown'), count(*) from claim_subject s"
                        + " join claim c on c.id = s.claim_id where s.entry_id in (:entries)"
                        + " group by s.entry_id, coalesce(c.published_month, 'unknown')"
                        + " order by s.entry_id, coalesce(c.published_month, 'unknown')")
                .setParameter("entries", LongStream.of(entries).boxed().toList()).getResultList()).stream()
                .map(r -> new EntityClaimCount(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList());
    }

    private long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table).getSingleResult()).longValue());
    }

    @Test
    void countsFollowAnalysisReprocessingAndForgetting() {
        long a = 91_001;
        long b = 91_002;
        long c = 91_003;
        replace(910_001, MARCH, claim(0, a), claim(1, a, b), claim(2, b));
        replace(910_002, APRIL, claim(0, a, c));
        replace(910_003, null, claim(0, c));
        assertEquals(List.of(new EntityClaimCount(a, "2024-03", 2), new EntityClaimCount(a, "2024-04", 1),
                new EntityClaimCount(b, "2024-03", 2), new EntityClaimCount(c, "2024-04", 1),
                new EntityClaimCount(c, "unknown", 1)), counted(a, b, c));
        assertEquals(grouped(a, b, c), counted(a, b, c));

        // reprocessed with other claims and another publication month: the old ones leave, the new ones count
        replace(910_001, APRIL, claim(0, c), claim(3, b, c));
        assertEquals(List.of(new EntityClaimCount(a, "2024-04", 1), new EntityClaimCount(b, "2024-04", 1),
                new EntityClaimCount(c, "2024-04", 3), new EntityClaimCount(c, "unknown", 1)), counted(a, b, c));
        assertEquals(grouped(a, b, c), counted(a, b, c));

        // reprocessed with no claims, then forgotten
        replace(910_003, null);
        QuarkusTransaction.requiringNew().run(() -> store.forget(910_002));
        assertEquals(List.of(new EntityClaimCount(b, "2024-04", 1), new EntityClaimCount(c, "2024-04", 2)),
                counted(a, b, c));
        assertEquals(grouped(a, b, c), counted(a, b, c));
        QuarkusTransaction.requiringNew().run(() -> store.forget(910_001));
        assertEquals(List.of(), counted(a, b, c));
    }

    @Test
    void periodsAndTopAgreeWithGroupingTheClaims() {
        // months no other test publishes in, so that the period's ranking holds only these entries
        OffsetDateTime march = OffsetDateTime.parse("1987-03-05T09:00:00+09:00");
        OffsetDateTime april = OffsetDateTime.parse("1987-04-20T18:00:00+09:00");
        long[] entries = {92_001, 92_002, 92_003, 92_004};
        // entry i is named by i + 1 claims in March; in April the first by two claims, the others by one
        List<ClaimView> inMarch = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            for (int k = 0; k <= i; k++) {
                inMarch.add(claim(inMarch.size(), entries[i]));
            }
        }
        replace(920_001, march, inMarch.toArray(ClaimView[]::new));
        replace(920_002, april, claim(0, entries), claim(1, entries[0]));
        assertEquals(grouped(entries), counted(entries));

        OffsetDateTime marchStart = OffsetDateTime.parse("1987-03-01T00:00:00+09:00");
        OffsetDateTime aprilStart = OffsetDateTime.parse("1987-04-01T00:00:00+09:00");
        OffsetDateTime aprilNoon = OffsetDateTime.parse("1987-04-01T12:00:00+09:00");
        OffsetDateTime mayStart = OffsetDateTime.parse("1987-05-01T00:00:00+09:00");
        OffsetDateTime mayNoon = OffsetDateTime.parse("1987-05-01T12:00:00+09:00");
        // the two with the most claims in March and April (5 and 4: the last two entries), from the counters and from
        // the claims (a period not on month boundaries)
        List<EntityClaimCount> top2 = List.of(new EntityClaimCount(entries[2], "1987-03", 3),
                new EntityClaimCount(entries[2], "1987-04", 1), new EntityClaimCount(entries[3], "1987-03", 4),
                new EntityClaimCount(entries[3], "1987-04", 1));
        assertEquals(top2, call(null, marchStart, mayStart, 2));
        assertEquals(top2, call(null, marchStart, mayNoon, 2));
        // in April alone: the first (2), then the second (1, before the others by id)
        List<EntityClaimCount> aprilTop2 = List.of(new EntityClaimCount(entries[0], "1987-04", 2),
                new EntityClaimCount(entries[1], "1987-04", 1));
        assertEquals(aprilTop2, call(null, aprilStart, mayStart, 2));
        assertEquals(aprilTop2, call(null, aprilStart, mayNoon, 2));
        for (long e : entries) {
            List<EntityClaimCount> fromCounters = call(e, aprilStart, null, null);
            assertEquals(List.of(new EntityClaimCount(e, "1987-04", e == entries[0] ? 2 : 1)), fromCounters);
            assertEquals(fromCounters, call(e, aprilNoon, null, null));
            assertEquals(List.of(new EntityClaimCount(e, "1987-04", e == entries[0] ? 2 : 1)),
                    call(e, aprilNoon.minusHours(13), null, null), "from 23:00 the day before: still only April");
            assertEquals(List.of(new EntityClaimCount(e, "1987-03", e - 92_000)), call(e, null, aprilStart, null));
        }
        // without a period the ranking is over the whole database: the same as ranking every count
        List<EntityClaimCount> all = call(null, null, null, null);
        assertEquals(ClaimStore.top(all, 3), call(null, null, null, 3));
        assertTrue(all.containsAll(counted(entries)));
        QuarkusTransaction.requiringNew().run(() -> {
            store.forget(920_001);
            store.forget(920_002);
        });
    }

    private List<EntityClaimCount> call(Long entity, OffsetDateTime from, OffsetDateTime to, Integer top) {
        return QuarkusTransaction.requiringNew().call(() -> store.countByEntity(entity, from, to, top));
    }

    @Test
    void storingADocumentWritesTheSameCounterRowsHoweverManyEarlierDocumentsNameItsEntries() {
        long a = 93_001;
        long b = 93_002;
        List<long[]> costs = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            long monthsBefore = rows("claim_entity_month");
            long totalsBefore = rows("claim_entity_total");
            long subjectsBefore = rows("claim_subject");
            replace(930_000 + n, MARCH, claim(0, a), claim(1, a, b), claim(2, b));
            costs.add(new long[] {rows("claim_entity_month") - monthsBefore, rows("claim_entity_total") - totalsBefore,
                    rows("claim_subject") - subjectsBefore});
            assertEquals(List.of(new EntityClaimCount(a, "2024-03", 2L * (n + 1)),
                    new EntityClaimCount(b, "2024-03", 2L * (n + 1))), counted(a, b));
        }
        assertEquals(List.of(2L, 2L, 4L), LongStream.of(costs.get(0)).boxed().toList(),
                "the first document creates its entries' counters");
        for (int n = 1; n < costs.size(); n++) {
            assertEquals(List.of(0L, 0L, 4L), LongStream.of(costs.get(n)).boxed().toList(),
                    "document " + n + " adds its own subject rows and no counter rows");
        }
        // a search by entity walks its documents in order: every page as sorting all its claims would give it
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            expected.add((930_000 + n) + "@0");
            expected.add((930_000 + n) + "@40");
        }
        for (int size : new int[] {1, 3, 5, 16, 20}) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * size < 20; page++) {
                ClaimQuery q = new ClaimQuery(a, null, null, null, null, null, null, null, null, page, size);
                var found = QuarkusTransaction.requiringNew().call(() -> store.search(q));
                assertEquals(16, found.total(), "total of page " + page + " of " + size);
                found.items().forEach(c -> paged.add(c.documentId() + "@" + c.claim().start()));
            }
            assertEquals(expected, paged, "pages of " + size);
        }
        // an hour after they were published: none (a period off month boundaries is counted from the claims)
        ClaimQuery later = new ClaimQuery(a, null, null, null, null, MARCH.plusHours(1), null, null, null, 0, 5);
        var none = QuarkusTransaction.requiringNew().call(() -> store.search(later));
        assertEquals(0, none.total());
        assertEquals(List.of(), none.items());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < 8; n++) {
                store.forget(930_000 + n);
            }
        });
        assertEquals(List.of(), counted(a, b));
    }

    @Test
    void aSearchByEntityPagesAcrossBatchesOfDocumentsAsSortingAllItsClaimsWould() {
        long entity = 94_001;
        long other = 94_002;
        // 70 documents (more subject rows than the search's first batch of documents), stored out of id order, their
        // claims out of position order; some claims name only another entry, one names both
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 70; k++) {
            long document = 940_000 + (k * 37) % 70;
            replace(document, APRIL, claim(3, entity), claim(1, other), claim(0, entity), claim(2, other, entity));
        }
        for (long document = 940_000; document < 940_070; document++) {
            expected.add(document + "@0");
            expected.add(document + "@80");
            expected.add(document + "@120");
        }
        for (int size : new int[] {7, 50, 100}) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * size < expected.size() + size; page++) {
                ClaimQuery q = new ClaimQuery(entity, null, null, null, null, null, null, null, null, page, size);
                var found = QuarkusTransaction.requiringNew().call(() -> store.search(q));
                assertEquals(expected.size(), found.total(), "total of page " + page + " of " + size);
                found.items().forEach(c -> paged.add(c.documentId() + "@" + c.claim().start()));
            }
            assertEquals(expected, paged, "pages of " + size);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (long document = 940_000; document < 940_070; document++) {
                store.forget(document);
            }
        });
    }
}
