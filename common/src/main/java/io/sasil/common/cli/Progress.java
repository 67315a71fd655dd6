package io.sasil.common.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The progress line of {@code ./sasil ingest}: documents received, analysed and failed, a bar, the rate of
 * analysis since the start and the time left at that rate.
 */
final class Progress {

    static final int BAR = 24;

    private final long startNanos;

    Progress(long startNanos) {
        this.startNanos = startNanos;
    }

    /** The counters of the batches followed, summed. */
    record Counts(long documents, long duplicates, long analysed, long failed, long rejected, long pending,
            boolean done) {

        static Counts of(List<JsonNode> batches) {
            long documents = 0;
            long duplicates = 0;
            long analysed = 0;
            long failed = 0;
            long rejected = 0;
            long pending = 0;
            boolean done = true;
            for (JsonNode batch : batches) {
                documents += batch.path("documents").asLong();
                duplicates += batch.path("duplicates").asLong();
                analysed += batch.path("analysed").asLong();
                failed += batch.path("failed").asLong();
                rejected += batch.path("rejected").asLong();
                pending += batch.path("pending").asLong();
                done &= batch.path("done").asBoolean(false);
            }
            return new Counts(documents, duplicates, analysed, failed, rejected, pending, done);
        }
    }

    double seconds(long nowNanos) {
        return Math.max(0, nowNanos - startNanos) / 1e9;
    }

    /** {@code [#########-----] 12/30 received: 11 analysed, 1 failed, 2 refused  2.4 docs/s, about 7 s left}. */
    String line(Counts counts, long nowNanos) {
        long finished = counts.analysed() + counts.failed();
        int filled = counts.documents() == 0 ? (counts.done() ? BAR : 0)
                : (int) Math.min(BAR, finished * BAR / counts.documents());
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(BAR - filled))
                .append("] ").append(finished).append('/').append(counts.documents()).append(" received: ")
                .append(counts.analysed()).append(" analysed, ").append(counts.failed()).append(" failed");
        if (counts.rejected() > 0) {
            line.append(", ").append(counts.rejected()).append(" refused");
        }
        double seconds = seconds(nowNanos);
        double rate = seconds > 0 ? finished / seconds : 0;
        line.append(String.format(Locale.ROOT, "  %.1f docs/s", rate));
        if (counts.done()) {
            line.append(String.format(Locale.ROOT, ", done in %.1f s", seconds));
        } else if (rate > 0) {
            line.append(", about ").append(duration(Math.round(counts.pending() / rate))).append(" left");
        }
        return line.toString();
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
