package io.sasil.reporting.check;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import java.util.List;

/**
 * One document with its analyses, the input of {@link CrossDocumentChecker}.
 *
 * @param document the document
 * @param claims   its claims
 * @param mentions its glossary mentions
 */
public record DocumentAnalysis(DocumentView document, List<ClaimView> claims, List<MentionView> mentions) {
}
