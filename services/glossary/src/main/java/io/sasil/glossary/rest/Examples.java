package io.sasil.glossary.rest;

/**
 * JSON examples of the OpenAPI document. The usual problem of each status (404, 413, 401, …) comes from
 * {@code io.sasil.common.openapi.ContractFilter}; here are only the problems with a type of their own.
 */
final class Examples {

    private Examples() {
    }

    static final String ENTRY = """
            {"id": 7, "preferredLabel": "딥시크", "category": "ORGANISATION",
             "labels": [{"text": "딥시크", "type": "KOREAN"}, {"text": "DeepSeek", "type": "LATIN"}],
             "frequency": 12, "documents": 3, "firstSeenAt": "2025-02-03T09:00:00Z", "firstDocumentId": 41}""";

    static final String PAGE = "{\"items\": [" + ENTRY + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String MENTION_PAGE = """
            {"items": [{"documentId": 41, "start": 30, "end": 33, "text": "딥시크", "entryId": 7, "entryLabel": "딥시크"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String EXTRACTED = """
            {"documentId": 0,
             "glosses": [{"term": "딥시크", "gloss": "DeepSeek", "kind": "ENGLISH", "termStart": 0, "termEnd": 3,
                          "glossStart": 4, "glossEnd": 12}],
             "mentions": [{"start": 0, "end": 3, "text": "딥시크", "entryLabel": "딥시크"}]}""";

    static final String DOCUMENT_GLOSSARY = """
            {"documentId": 7, "glosses": [],
             "mentions": [{"start": 0, "end": 3, "text": "딥시크", "entryId": 7, "entryLabel": "딥시크"}]}""";

    static final String EXPORT_JSON = """
            {"format": "sasil-termbase", "version": 1, "entries": []}""";

    static final String IMPORTED = """
            {"imported": 42}""";

    static final String ANALYSIS_SUMMARY = """
            {"documentId": 7, "service": "glossary", "items": 31}""";

    static final String SPLIT_CONFLICT = """
            {"type": "https://sasil.io/problems/split-conflict", "title": "Cannot split", "status": 409,
             "detail": "a split must leave labels on both sides", "instance": "/api/glossary/entries/7/split"}""";

    static final String IMPORT_FAILED = """
            {"type": "https://sasil.io/problems/import-failed", "title": "Import failed, nothing was imported",
             "status": 422, "detail": "CSV line 7: quoted field not closed", "instance": "/api/glossary/import",
             "errors": [{"field": "CSV line 7", "message": "CSV line 7: quoted field not closed"}]}""";

    static final String NOT_TEXT = """
            {"type": "https://sasil.io/problems/not-text", "title": "Content cannot be processed", "status": 422,
             "detail": "text contains a NUL character: binary data?", "instance": "/api/glossary/extract"}""";
}
