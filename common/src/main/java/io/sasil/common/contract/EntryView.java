package io.sasil.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A term base entry as the glossary service serves it.
 *
 * @param id             the entry's id
 * @param preferredLabel the label shown for the entry
 * @param category       PERSON, ORGANISATION, PRODUCT, CONCEPT, LAW, IDIOM, or null when not inferred
 * @param labels         every label (Korean, Latin, Hanja, original script, abbreviation, definition)
 * @param frequency      how many mentions the entry has in all stored documents
 * @param documents      in how many stored documents it is mentioned
 * @param firstSeenAt    when it was first seen
 * @param firstDocumentId the document it was first seen in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(long id, String preferredLabel, String category, List<LabelView> labels, long frequency,
        long documents, OffsetDateTime firstSeenAt, Long firstDocumentId) {

    /**
     * One label of an entry.
     *
     * @param text the label as written
     * @param type KOREAN, LATIN, HANJA, ORIGINAL_SCRIPT, ABBREVIATION or DEFINITION
     */
    public record LabelView(String text, String type) {
    }
}
