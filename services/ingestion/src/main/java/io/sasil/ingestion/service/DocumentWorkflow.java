package io.sasil.ingestion.service;

import io.sasil.common.contract.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The use cases that span storage and analysis: store an article and start its analysis,
 * reprocess one document or many, delete a document and have glossary and claims forget it.
 */
@ApplicationScoped
public class DocumentWorkflow {

    private final DocumentService documents;
    private final AnalysisDriver driver;
    private final ForgetOutbox outbox;

    public DocumentWorkflow(DocumentService documents, AnalysisDriver driver, ForgetOutbox outbox) {
        this.documents = documents;
        this.driver = driver;
        this.outbox = outbox;
    }

    /** Stores an article (or finds it stored) and starts the analysis of a new one at once. */
    public DocumentService.Ingested ingest(ArticleInput input, String idempotencyKey, String requestHash) {
        DocumentService.Ingested ingested = documents.ingest(input, idempotencyKey, requestHash, null);
        if (ingested.created()) {
            driver.kick(ingested.document().id);
        }
        return ingested;
    }

    /** Runs the analysis of one document again, from the start; safe while it is being analysed. */
    public DocumentView reprocess(long id) {
        documents.reprocess(id);
        driver.kick(id);
        return documents.view(id);
    }

    /** Runs the analysis again of every document the filter matches (FAILED ones unless it names a status). */
    public int reprocessAll(DocumentService.Filter filter) {
        return documents.reprocessAll(filter);
    }

    /** Deletes a document; glossary and claims are told to forget it until they acknowledge. */
    public void delete(long id) {
        documents.delete(id);
        outbox.deliverSoon();
    }
}
