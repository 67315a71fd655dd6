package io.sasil.ingestion.text;

import java.time.OffsetDateTime;

/**
 * A date or time an article states about itself.
 *
 * @param at           the instant, in the offset the article gave or else in the newsroom's zone
 * @param offsetStated whether the article gave the offset itself ({@code +09:00}, {@code Z})
 */
public record StatedTime(OffsetDateTime at, boolean offsetStated) {
}
