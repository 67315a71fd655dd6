package io.sasil.common.contract;

/** The lifecycle of a document in ingestion; see docs/architecture.md. */
public enum DocumentStatus {
    /** Stored and split; no analysis has finished yet. */
    RECEIVED,
    /** The glossary service has analysed it. */
    GLOSSARY_DONE,
    /** The claims service has analysed it (after the glossary). */
    CLAIMS_DONE,
    /** Every analysis is stored; reports are complete. */
    ANALYSED,
    /** The analysis gave up after its retries; {@code failureReason} says why. */
    FAILED
}
