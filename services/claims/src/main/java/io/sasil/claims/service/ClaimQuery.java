package io.sasil.claims.service;

import io.sasil.common.contract.ClaimType;
import java.time.OffsetDateTime;

/**
 * A search over stored claims; every filter is optional (null) and all given filters must hold.
 *
 * @param entity     a glossary entry id the claim mentions
 * @param type       the claim type
 * @param unit       a unit one of the claim's quantities has ({@code KRW}, {@code PERCENT}, {@code DATE})
 * @param minValue   with {@code unit}: a quantity of that unit whose value (or range) reaches this
 * @param maxValue   with {@code unit}: a quantity of that unit whose value (or range) starts at or below this
 * @param from       the document's publication time is at or after this
 * @param to         the document's publication time is before this
 * @param minScore   the claim's score is at least this
 * @param documentId the document
 * @param page       page index, from 0
 * @param size       page size
 */
public record ClaimQuery(Long entity, ClaimType type, String unit, Double minValue, Double maxValue,
        OffsetDateTime from, OffsetDateTime to, Double minScore, Long documentId, int page, int size) {
}
