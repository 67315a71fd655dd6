package io.sasil.common.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The subject of a {@link FactView}.
 *
 * @param key     {@code entry:<id>} for a term base entry, else {@code term:<label folded>} (NFKC, lower case, no
 *                white space) for a quoted name ({@code ‘별빛’}) or a mention the glossary did not store; two facts
 *                are about the same subject when their keys are equal
 * @param label   the subject as shown: the entry's preferred label, else the name as written
 * @param entryId the term base entry when the subject is a mention of one; null otherwise
 */
public record FactSubject(String key, String label, @Schema(nullable = true) Long entryId) {
}
