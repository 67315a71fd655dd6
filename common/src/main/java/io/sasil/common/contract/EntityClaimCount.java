package io.sasil.common.contract;

/**
 * How many claims name a glossary entry in one period, aggregated by the claims service's database.
 *
 * @param entryId the glossary entry
 * @param period  the period ({@code 2025-02} for a month), or {@code unknown} without a publication date
 * @param claims  the number of claims
 */
public record EntityClaimCount(long entryId, String period, long claims) {
}
