package io.sasil.ingestion.rest;

import io.sasil.common.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What an uploaded file is, by its name or, failing that, its part's content type. */
final class Uploads {

    /** The kinds of file this service reads. */
    enum Kind {
        /** {@code .txt}, {@code .text}, {@code .md}, {@code .markdown}; {@code text/plain}, {@code text/markdown}. */
        TEXT,
        /** {@code .html}, {@code .htm}, {@code .xhtml}; {@code text/html}, {@code application/xhtml+xml}. */
        HTML
    }

    private Uploads() {
    }

    /** The kind of {@code upload}, or null when it is none of the kinds read here. */
    static Kind kindOf(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (name.contains(".") && !name.endsWith(".")) {
            return null; // a file name with another extension: .pdf, .docx, .png …
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return switch (type) {
            case "text/plain", "text/markdown", "text/x-markdown" -> Kind.TEXT;
            case "text/html", "application/xhtml+xml" -> Kind.HTML;
            default -> null;
        };
    }

    /** 415 for a file of an unsupported kind. */
    static ProblemException unsupported(FileUpload upload) {
        return new ProblemException(415, "unsupported-file", "Unsupported file type",
                "file '" + upload.fileName() + "' (" + upload.contentType()
                        + ") is not .txt, .md or .html (text/plain, text/markdown, text/html)");
    }

    /** The bytes of {@code upload}; 413 when it is larger than {@code limit}. */
    static byte[] read(FileUpload upload, long limit) {
        if (upload.size() > limit) {
            throw new ProblemException(413, "too-large", "Content too large",
                    "file '" + upload.fileName() + "' has " + upload.size() + " bytes; the limit is " + limit + " bytes");
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
