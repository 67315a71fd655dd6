package io.sasil.ingestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.problem.ProblemException;
import io.sasil.ingestion.model.Batch;
import io.sasil.ingestion.stub.AnalysisStubResource;
import io.sasil.ingestion.stub.Poll;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A batch is stored while its items arrive: its progress is right while the source waits for the client, a source
 * that breaks leaves the items read so far as an interrupted batch, and the item limit keeps what came before it.
 */
@QuarkusTest
@QuarkusTestResource(AnalysisStubResource.class)
class BatchProgressTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    BatchService batches;

    /** Items made on demand; after {@code pauseAfter} items the source waits for {@code resume}. */
    private static final class SlowSource implements BatchService.Source {

        private final int total;
        private final int pauseAfter;
        private final CountDownLatch resume = new CountDownLatch(1);
        private final RuntimeException failure;
        private Runnable beforeWaiting = () -> { };
        private int produced;

        SlowSource(int total, int pauseAfter, RuntimeException failure) {
            this.total = total;
            this.pauseAfter = pauseAfter;
            this.failure = failure;
        }

        @Override
        public void beforeWaiting(Runnable action) {
            this.beforeWaiting = action;
        }

        @Override
        public boolean hasNext() {
            if (produced == pauseAfter) {
                beforeWaiting.run();
                try {
                    if (!resume.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never resumed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (failure != null) {
                    throw failure;
                }
            }
            return produced < total;
        }

        @Override
        public BatchService.Item next() {
            produced++;
            int n = SEQ.incrementAndGet();
            String text = "항만 물동량이 " + n + "만 톤 늘었다고 " + n + "번째 보고서가 밝혔다.";
            return BatchService.Item.ok(produced, null, () -> new ArticleInput("보고서 " + n, text, null, null,
                    "진행일보", null, null));
        }
    }

    @Test
    void progressIsRightWhileTheSourceWaitsAndTheBatchCompletesAfter() throws Exception {
        SlowSource source = new SlowSource(12, 7, null);
        AtomicReference<Long> id = new AtomicReference<>();
        CompletableFuture<BatchService.Stored> stored = CompletableFuture.supplyAsync(
                () -> batches.create("jsonl", source, 100));
        Poll.until("the batch receiving with 7 items", Duration.ofSeconds(30), () -> {
            for (BatchView view : batches.list(true, 0, 200).items()) {
                if (view.items() == 7) {
                    id.set(view.id());
                    return true;
                }
            }
            return false;
        });
        BatchView during = batches.view(id.get());
        assertEquals("RECEIVING", during.state());
        assertEquals(7, during.received());
        assertEquals(7, during.documents());
        assertFalse(during.done());
        source.resume.countDown();
        BatchView after = stored.get(60, TimeUnit.SECONDS).view();
        assertEquals(id.get(), after.id());
        assertEquals("COMPLETE", after.state());
        assertEquals(12, after.items());
        assertEquals(12, after.received());
        assertFalse(batches.list(true, 0, 200).items().stream().anyMatch(v -> v.id() == id.get()));
    }

    @Test
    void aSourceThatBreaksLeavesAnInterruptedBatchWithWhatItRead() {
        SlowSource source = new SlowSource(10, 4, new UncheckedIOException(new java.io.IOException("reset")));
        source.resume.countDown();
        ProblemException e = assertThrows(ProblemException.class, () -> batches.create("jsonl", source, 100));
        assertEquals(400, e.status());
        BatchView last = batches.list(false, 0, 1).items().get(0);
        assertTrue(e.problem().detail().contains("batch " + last.id()), e.problem().detail());
        assertEquals("INTERRUPTED", last.state());
        assertEquals(4, last.items());
        assertEquals(4, last.received());
    }

    @Test
    void theItemLimitKeepsWhatCameBeforeItAndSaysWhere() {
        SlowSource source = new SlowSource(10, -1, null);
        ProblemException e = assertThrows(ProblemException.class, () -> batches.create("jsonl", source, 6));
        assertEquals(413, e.status());
        BatchView last = batches.list(false, 0, 1).items().get(0);
        assertTrue(e.problem().detail().contains("batch " + last.id()), e.problem().detail());
        assertEquals(Batch.State.TRUNCATED.name(), last.state());
        assertEquals(6, last.received());
    }
}
