package io.sasil.reporting.rest;

/**
 * JSON examples of the OpenAPI document. The usual problem of each status (404, 406, 401, …) comes from
 * {@code io.sasil.common.openapi.ContractFilter}; here are only the problems with a type of their own.
 */
final class Examples {

    private Examples() {
    }

    static final String DEPENDENCY_UNAVAILABLE = """
            {"type": "https://sasil.io/problems/dependency-unavailable", "title": "Service unavailable",
             "status": 503, "detail": "ingestion cannot be reached", "instance": "/api/reports/documents/7"}""";
}
