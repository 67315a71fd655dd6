package io.sasil.ingestion.rest;

/**
 * JSON examples of the OpenAPI document. The usual problem of each status (404, 413, 401, …) comes from
 * {@code io.sasil.common.openapi.ContractFilter}; here are only the problems with a type of their own.
 */
final class Examples {

    private Examples() {
    }

    static final String DOCUMENT = """
            {"id": 1, "title": "반도체 수출 20% 늘어", "language": "ko", "status": "RECEIVED", "attempts": 0,
             "contentHash": "9f2c…", "createdAt": "2025-02-03T00:00:00Z", "text": "반도체 수출 20% 늘어\\n수출이 늘었다.",
             "sentences": [{"index": 0, "paragraph": 0, "start": 0, "end": 13, "text": "반도체 수출 20% 늘어"},
                           {"index": 1, "paragraph": 1, "start": 14, "end": 22, "text": "수출이 늘었다."}]}""";

    static final String BATCH = """
            {"id": 7, "format": "jsonl", "createdAt": "2025-02-03T00:00:00Z", "items": 4, "received": 2,
             "duplicates": 1, "rejected": 1, "documents": 3,
             "byStatus": {"RECEIVED": 1, "GLOSSARY_DONE": 0, "CLAIMS_DONE": 0, "ANALYSED": 2, "FAILED": 0},
             "analysed": 2, "failed": 0, "pending": 1, "done": false,
             "errors": [{"item": 3, "line": 3, "status": 400, "type": "https://sasil.io/problems/malformed-json",
                         "detail": "malformed JSON at line 3, column 12: Unexpected character"}]}""";

    static final String MALFORMED_JSON = """
            {"type": "https://sasil.io/problems/malformed-json", "title": "Malformed JSON", "status": 400,
             "detail": "malformed JSON at line 3, column 2: Unexpected character", "instance": "/api/documents"}""";

    static final String MALFORMED_JSON_LINES = """
            {"type": "https://sasil.io/problems/malformed-json-lines", "title": "Malformed JSON Lines", "status": 400,
             "detail": "no line of the body is an article: line 1: malformed JSON at line 1, column 2: Unexpected character",
             "instance": "/api/batches",
             "errors": [{"field": "line 1", "message": "malformed JSON at line 1, column 2: Unexpected character"}]}""";

    /** The 400 and 409 descriptions of the operations that take {@code offsets} (a document, its sentences, its paragraphs). */
    static final String BAD_OFFSETS = "An offsets value other than normalized or original";
    static final String OFFSETS_STALE = "offsets=original, but normalising the stored original no longer "
            + "gives the stored text (the normaliser changed since; reprocess or re-ingest)";

    static final String OFFSET_MAP_UNAVAILABLE = """
            {"type": "https://sasil.io/problems/offset-map-unavailable", "title": "Offset map unavailable",
             "status": 409, "detail": "normalising the stored original of document 1 no longer gives its stored text; \
            reprocess or re-ingest it", "instance": "/api/documents/1/sentences"}""";

    static final String UNSUPPORTED_FILE = """
            {"type": "https://sasil.io/problems/unsupported-file", "title": "Unsupported file type", "status": 415,
             "detail": "file 'a.pdf' (application/pdf) is not .txt, .md or .html", "instance": "/api/documents"}""";

    static final String EMPTY_TEXT = """
            {"type": "https://sasil.io/problems/empty-text", "title": "Content cannot be processed", "status": 422,
             "detail": "the article has no text", "instance": "/api/documents"}""";

    static final String INVALID_UTF8 = """
            {"type": "https://sasil.io/problems/invalid-utf8", "title": "Content cannot be processed", "status": 422,
             "detail": "content is not valid UTF-8: byte C3 at byte offset 17", "instance": "/api/documents"}""";

    static final String EMPTY_BATCH = """
            {"type": "https://sasil.io/problems/empty-batch", "title": "Content cannot be processed", "status": 422,
             "detail": "the batch has no article (every line is blank)", "instance": "/api/batches"}""";

    static final String PAGE = """
            {"items": [{"id": 1, "title": "반도체 수출 20% 늘어", "language": "ko", "status": "ANALYSED", "attempts": 1}],
             "page": 0, "size": 20, "total": 1}""";

    static final String CHANGES = """
            [{"id": 7, "status": "ANALYSED", "updatedAt": "2025-02-03T00:00:01.123456Z", "deleted": false},
             {"id": 3, "status": null, "updatedAt": "2025-02-03T00:00:02Z", "deleted": true}]""";

    static final String SENTENCES = """
            [{"index": 0, "paragraph": 0, "start": 0, "end": 13, "text": "반도체 수출 20% 늘어"}]""";

    static final String REPROCESSED = """
            {"reprocessed": 42, "status": "FAILED"}""";
}
