package io.sasil.ingestion.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The analysis driver's counters: documents analysed, failures by reason. */
final class DriverMetrics {

    private final MeterRegistry registry;
    private final Counter analysed;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();

    DriverMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.analysed = Counter.builder("sasil.analysis.analysed")
                .description("Documents this replica brought to ANALYSED").register(registry);
    }

    void analysed() {
        analysed.increment();
    }

    /** One failed step: unavailable, refused, gone, error, lease-lost. */
    void failure(String reason) {
        failures.computeIfAbsent(reason, r -> Counter.builder("sasil.analysis.failures")
                .description("Failed analysis steps by reason (unavailable: waits without counting an attempt; "
                        + "refused: FAILED at once; error: one attempt; gone: deleted; lease-lost: another worker "
                        + "took over)")
                .tag("reason", r).register(registry)).increment();
    }
}
