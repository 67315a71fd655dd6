package io.sasil.ingestion.client;

import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The per-document endpoints that glossary and claims both serve below their own
 * {@code /internal/<service>/documents} path: each service's REST client interface extends this one
 * and adds its path and config key.
 */
interface AnalysisRestClient {

    @PUT
    @Path("/{id}/analysis")
    AnalysisSummary analyse(@PathParam("id") long documentId, AnalysisRequest request);

    @DELETE
    @Path("/{id}/analysis")
    void forget(@PathParam("id") long documentId);
}
