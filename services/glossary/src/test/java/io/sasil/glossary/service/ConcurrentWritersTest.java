package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Span;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database: two {@link TermBaseStore}s, each with its own cached term base, automaton and local
 * lock, write at the same time (nothing serialises them but the version check). Their pairs meet, so that merges have
 * to be decided across replicas. Afterwards both replicas, caught up, hold exactly what a fresh load of the database
 * holds; every pair's evidence is there once; the variants each replica saw of one name are one entry.
 */
@QuarkusTest
class ConcurrentWritersTest {

    @Inject
    TermBaseRows rows;

    @Inject
    TermBaseVersions versions;

    private static final String[][] SHARED = {
        {"오픈에이아이", "OpenAI"}, {"오픈AI", "OpenAI"}, {"오픈 에이아이", "Open AI"},
        {"딥마인드", "DeepMind"}, {"딥 마인드", "Deep Mind"}, {"구글딥마인드", "Google DeepMind"},
    };

    private static final String[] SYLLABLES = {"한", "솔", "누", "리", "마", "루", "다", "온", "새", "빛", "가", "람"};

    /** A made-up company name per replica and number, with a Latin name that meets no other. */
    private static String[] ownPair(int replica, int n) {
        String ko = SYLLABLES[replica * 5 % SYLLABLES.length] + SYLLABLES[n % SYLLABLES.length]
                + SYLLABLES[(n / SYLLABLES.length) % SYLLABLES.length] + "테크" + replica;
        String latin = "Tech" + (char) ('A' + replica) + "-" + n + "x";
        return new String[] {ko, latin};
    }

    private static Callable<Integer> writer(TermBaseStore store, int replica, int documents, CountDownLatch start) {
        return () -> {
            start.await();
            int pairs = 0;
            for (int d = 0; d < documents; d++) {
                String doc = "r" + replica + "-" + d;
                String[] shared = SHARED[(d + replica * 3) % SHARED.length];
                String[] own = ownPair(replica, d);
                store.write(base -> {
                    base.forgetDocument(doc);
                    base.addPair(shared[0], shared[1], GlossKind.ENGLISH,
                            new Evidence(doc, shared[0], new Span(0, shared[0].length()), new Span(1, 2)));
                    base.addPair(own[0], own[1], GlossKind.ENGLISH,
                            new Evidence(doc, own[0], new Span(10, 10 + own[0].length()), new Span(20, 21)));
                    return null;
                });
                pairs += 2;
            }
            return pairs;
        };
    }

    private static List<TermEntry> byId(List<TermEntry> entries) {
        return entries.stream().sorted(Comparator.comparingLong(TermEntry::id)).toList();
    }

    /** Entry by entry, so that a failure names the one entry (and field) the replica holds differently. */
    private static void assertSameEntries(List<TermEntry> stored, List<TermEntry> cached) {
        for (int i = 0; i < Math.min(stored.size(), cached.size()); i++) {
            TermEntry s = stored.get(i);
            TermEntry c = cached.get(i);
            assertEquals(s.id(), c.id(), "entry at " + i);
            assertEquals(s.preferredLabel(), c.preferredLabel(), "preferred label of entry " + s.id());
            assertEquals(s.labels(), c.labels(), "labels of entry " + s.id());
            assertEquals(s.category(), c.category(), "category of entry " + s.id());
            assertEquals(s.evidence(), c.evidence(), "evidence of entry " + s.id());
            assertEquals(s.frequency(), c.frequency(), "frequency of entry " + s.id());
            assertEquals(s.firstSeen(), c.firstSeen(), "first seen of entry " + s.id());
        }
        assertEquals(stored.size(), cached.size(), "entries");
    }

    @Test
    void twoReplicasWritingAtOnceAgreeWithTheDatabase() throws Exception {
        TermBaseStore one = new TermBaseStore(rows, versions);
        TermBaseStore two = new TermBaseStore(rows, versions);
        QuarkusTransaction.requiringNew().run(() -> {
            one.read();
            two.read();
        });
        int documents = Integer.getInteger("sasil.test.documents", 40);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        try {
            done.add(pool.submit(writer(one, 0, documents, start)));
            done.add(pool.submit(writer(two, 1, documents, start)));
            start.countDown();
            int pairs = 0;
            for (Future<Integer> f : done) {
                pairs += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(4 * documents, pairs);
        } finally {
            pool.shutdownNow();
        }

        TermBaseStore fresh = new TermBaseStore(rows, versions);
        TermBase.State stored = QuarkusTransaction.requiringNew().call(() -> fresh.read().state());
        for (TermBaseStore replica : List.of(one, two)) {
            TermBase.State cached = QuarkusTransaction.requiringNew().call(() -> replica.read().state());
            assertSameEntries(byId(stored.entries()), byId(cached.entries()));
            assertEquals(stored.merges(), cached.merges());
            assertEquals(stored.undoneMerges(), cached.undoneMerges());
            assertEquals(stored.absorbedInto(), cached.absorbedInto());
            assertEquals(stored.members(), cached.members());
            assertEquals(stored.nextId(), cached.nextId());
            assertEquals(stored.nextMergeId(), cached.nextMergeId());
        }

        TermBase base = QuarkusTransaction.requiringNew().call(fresh::read);
        for (int replica = 0; replica < 2; replica++) {
            for (int d = 0; d < documents; d++) {
                String doc = "r" + replica + "-" + d;
                long evidence = base.entries().stream().flatMap(e -> e.evidence().stream())
                        .filter(ev -> doc.equals(ev.documentId())).count();
                assertEquals(2, evidence, "evidence of " + doc);
                assertEquals(1, base.findByLabel(ownPair(replica, d)[1]).size(), "one entry per own name");
            }
        }
        List<TermEntry> openAi = base.findByLabel("OpenAI");
        assertEquals(1, openAi.size(), "every variant of OpenAI is one entry: " + openAi);
        List<String> labels = openAi.get(0).labels().stream().map(Label::text).toList();
        assertTrue(labels.containsAll(List.of("오픈에이아이", "오픈AI", "OpenAI")), labels.toString());
        List<TermEntry> deepMind = base.findByLabel("DeepMind");
        assertEquals(1, deepMind.size(), "every variant of DeepMind is one entry: " + deepMind);
        assertTrue(deepMind.get(0).labels().stream().map(Label::text).toList().containsAll(List.of("딥마인드", "딥 마인드")));
        one.stop();
        two.stop();
        fresh.stop();
    }

    private static final String[][] KNOWN = {{"한빛랩스", "Hanbit Labs"}, {"새온바이오", "Saeon Bio"}};

    /** Each document adds evidence of both known names; every fourth re-analyses (replaces) an earlier one. */
    private static Callable<Integer> evidenceWriter(TermBaseStore store, int replica, int documents) {
        return () -> {
            for (int d = 0; d < documents; d++) {
                String doc = "known-" + replica + "-" + (d % 4 == 3 ? d - 2 : d);
                store.write(base -> {
                    base.forgetDocument(doc);
                    for (String[] k : KNOWN) {
                        base.addPair(k[0], k[1], GlossKind.ENGLISH,
                                new Evidence(doc, k[0], new Span(3, 3 + k[0].length()), new Span(9, 10)));
                    }
                    return null;
                });
            }
            return documents;
        };
    }

    /** A replica: a store with its own cached term base, and its counters. */
    private record Replica(TermBaseStore store, MeterRegistry meters) {

        double conflicts() {
            return meters.get("sasil.glossary.termbase.changes").tag("outcome", "conflict").counter().count();
        }
    }

    /** Two replicas, each with the term base loaded. */
    private List<Replica> twoReplicas() {
        List<Replica> out = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            MeterRegistry meters = new SimpleMeterRegistry();
            out.add(new Replica(new TermBaseStore(rows, versions, meters), meters));
        }
        QuarkusTransaction.requiringNew().run(() -> out.forEach(r -> r.store().read()));
        return out;
    }

    /** Runs the writers at once, released together, and waits for all of them. */
    private static void together(List<Callable<Integer>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Callable<Integer> w : writers) {
                done.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Evidence> sorted(List<Evidence> evidence) {
        return evidence.stream().sorted(Comparator.comparing(Evidence::documentId)
                .thenComparing(Evidence::term)).toList();
    }

    @Test
    void evidenceOfKnownTermsFromTwoReplicasCommutes() throws Exception {
        TermBaseStore seed = new TermBaseStore(rows, versions);
        seed.write(base -> {
            for (String[] k : KNOWN) {
                base.addPair(k[0], k[1], GlossKind.ENGLISH, new Evidence("known-seed", k[0], null, null));
            }
            return null;
        });
        List<Replica> replicas = twoReplicas();
        int documents = 40;
        together(List.of(evidenceWriter(replicas.get(0).store(), 0, documents),
                evidenceWriter(replicas.get(1).store(), 1, documents)));
        // adding a document's evidence to entries that exist commutes with the other replica's: nothing is retried
        for (Replica r : replicas) {
            assertEquals(0.0, r.conflicts(), "conflicts of replica " + replicas.indexOf(r));
        }

        TermBaseStore fresh = new TermBaseStore(rows, versions);
        TermBase stored = QuarkusTransaction.requiringNew().call(fresh::read);
        // per replica 40 documents, of which 10 re-analyse an earlier one: 30 distinct, plus the seed
        int distinct = 2 * (documents - documents / 4) + 1;
        for (String[] k : KNOWN) {
            List<TermEntry> found = stored.findByLabel(k[1]);
            assertEquals(1, found.size(), k[1]);
            TermEntry entry = found.get(0);
            assertEquals(distinct, entry.evidence().size(), "evidence of " + k[1]);
            assertEquals(distinct, entry.frequency(), "pair count of " + k[1] + ", moved by both replicas");
            assertEquals(distinct, entry.evidence().stream().map(Evidence::documentId).distinct().count(),
                    "each document's evidence once");
            for (Replica replica : replicas) {
                TermEntry cached = QuarkusTransaction.requiringNew().call(() -> replica.store().read())
                        .get(entry.id()).orElseThrow();
                // the order a replica learnt the other's evidence in may differ from the rows' order
                assertEquals(sorted(entry.evidence()), sorted(cached.evidence()), "cached evidence of " + k[1]);
                assertEquals(entry.frequency(), cached.frequency(), "cached pair count of " + k[1]);
            }
        }
        seed.stop();
        replicas.forEach(r -> r.store().stop());
        fresh.stop();
    }

    @Test
    void structuralChangesAnnouncedAsSuchNeverRetry() throws Exception {
        List<Replica> replicas = twoReplicas();
        int documents = 30;
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            TermBaseStore store = replicas.get(r).store();
            int replica = r + 2;
            writers.add(() -> {
                for (int d = 0; d < documents; d++) {
                    String[] own = ownPair(replica, d + 100);
                    String doc = "new-" + replica + "-" + d;
                    // a new term each time: the writer lock is taken before the version is read
                    store.write(base -> base.addPair(own[0], own[1], GlossKind.ENGLISH,
                            new Evidence(doc, own[0], null, null)),
                            base -> !base.knowsPair(own[0], own[1], GlossKind.ENGLISH));
                }
                return documents;
            });
        }
        together(writers);
        for (Replica r : replicas) {
            assertEquals(0.0, r.conflicts(), "conflicts of replica " + replicas.indexOf(r));
        }
        TermBaseStore fresh = new TermBaseStore(rows, versions);
        TermBase stored = QuarkusTransaction.requiringNew().call(fresh::read);
        for (int replica = 2; replica < 4; replica++) {
            for (int d = 0; d < documents; d++) {
                assertEquals(1, stored.findByLabel(ownPair(replica, d + 100)[1]).size(), "one entry per new name");
            }
        }
        replicas.forEach(r -> r.store().stop());
        fresh.stop();
    }
}
