package io.sasil.reporting.check;

import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.DocumentView;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The newsroom's clock: dates of an article as a person in its newsroom reads them.
 *
 * <p>The zone of an article is the one it states ({@code metadata.timeZone} from ingestion: the
 * offset of its {@code publishedAt} when the article or request gave one, {@code +09:00}, else the
 * newsroom zone ingestion read it in), else the configured newsroom zone
 * ({@code sasil.reporting.time-zone}, {@code Asia/Seoul}). A report shows every date of the article
 * in that zone with its offset ({@code 2025-02-03T00:00+09:00}, never {@code 2025-02-02T15:00Z}),
 * and the checks count days to the article's local date. Plain Java, stateless.
 */
public final class ArticleTime {

    /** The zone when neither the article nor the configuration names one. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    private ArticleTime() {
    }

    /** The zone of {@code document}: the one its metadata states, else {@code fallback}. */
    public static ZoneId zoneOf(DocumentView document, ZoneId fallback) {
        ArticleMetadata m = document == null ? null : document.metadata();
        if (m != null && m.timeZone() != null && !m.timeZone().isBlank()) {
            try {
                return ZoneId.of(m.timeZone().strip());
            } catch (DateTimeException e) {
                // a zone this JVM does not know: the newsroom's
            }
        }
        return fallback == null ? DEFAULT_ZONE : fallback;
    }

    /** {@code time} in {@code zone}; null stays null. */
    public static OffsetDateTime in(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }

    /** The local publication date of {@code document}, empty when it has none. */
    public static Optional<LocalDate> publicationDate(DocumentView document, ZoneId fallback) {
        if (document == null || document.publishedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(in(document.publishedAt(), zoneOf(document, fallback)).toLocalDate());
    }

    /**
     * {@code document} with its publication and modification times in its own zone, so that every
     * renderer (and the JSON report) shows them as its newsroom does.
     */
    public static DocumentView localize(DocumentView document, ZoneId fallback) {
        if (document == null) {
            return null;
        }
        ZoneId zone = zoneOf(document, fallback);
        ArticleMetadata m = document.metadata();
        ArticleMetadata local = m == null ? null : new ArticleMetadata(in(m.modifiedAt(), zone), m.authors(),
                m.publisher(), m.canonicalUrl(), m.section(), m.language(), m.timeZone(), m.encoding(), m.credits(),
                m.sources());
        return new DocumentView(document.id(), document.title(), document.url(), document.source(),
                in(document.publishedAt(), zone), document.language(), document.status(), document.attempts(),
                document.failureReason(), document.contentHash(), document.createdAt(), document.text(),
                document.sentences(), local);
    }

    /** {@code 2025-02-03T09:30+09:00}: minutes and offset, as a person reads a time stamp. */
    public static String show(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : SHOWN.format(in(time, zone));
    }
}
