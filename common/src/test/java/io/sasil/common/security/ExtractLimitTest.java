package io.sasil.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.problem.BusyException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExtractLimitTest {

    @Test
    void aRequestBeyondTheLimitIsRefusedAtOnceWithRetryAfter() throws Exception {
        ExtractLimit limit = new ExtractLimit(2, 3);
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> limit.run(() -> hold(running, release)));
            Future<String> b = pool.submit(() -> limit.run(() -> hold(running, release)));
            assertTrue(running.await(10, java.util.concurrent.TimeUnit.SECONDS));
            BusyException busy = assertThrows(BusyException.class, () -> limit.run(() -> "third"));
            assertEquals(3, busy.retryAfterSeconds());
            release.countDown();
            assertEquals("done", a.get());
            assertEquals("done", b.get());
            assertEquals("free again", limit.run(() -> "free again"), "permits come back when work ends");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingAnalysisGivesItsPermitBack() {
        ExtractLimit limit = new ExtractLimit(1, 1);
        assertThrows(IllegalStateException.class, () -> limit.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("ok", limit.run(() -> "ok"));
    }

    private static String hold(CountDownLatch running, CountDownLatch release) {
        running.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}
