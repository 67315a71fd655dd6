package io.sasil.common.contract;

/**
 * A service's answer to an {@link AnalysisRequest}: what it stored for the document.
 *
 * @param documentId the analysed document
 * @param service    the service that analysed it ({@code glossary}, {@code claims})
 * @param items      how many results it stored (glosses and mentions, or claims)
 */
public record AnalysisSummary(long documentId, String service, int items) {
}
