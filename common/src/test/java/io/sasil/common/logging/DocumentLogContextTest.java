package io.sasil.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentLogContextTest {

    @Test
    void readsTheIdOfPerDocumentPaths() {
        assertEquals("42", DocumentLogContext.documentId("/api/glossary/documents/42/analysis"));
        assertEquals("7", DocumentLogContext.documentId("/api/claims/documents/7"));
        assertEquals("9", DocumentLogContext.documentId("/api/reports/documents/9"));
        assertEquals("12", DocumentLogContext.documentId("/internal/glossary/documents/12/analysis"));
    }

    @Test
    void otherPathsHaveNone() {
        assertNull(DocumentLogContext.documentId("/api/documents"));
        assertNull(DocumentLogContext.documentId("/api/documents/changes"));
        assertNull(DocumentLogContext.documentId("/api/documents/12345678901234567890"));
        assertNull(DocumentLogContext.documentId(null));
    }
}
