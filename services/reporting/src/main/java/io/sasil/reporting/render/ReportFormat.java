package io.sasil.reporting.render;

import java.util.Locale;
import java.util.Optional;

/** The formats a report can be rendered in, by {@code format} name and media type. */
public enum ReportFormat {
    JSON("json", "application/json"),
    MARKDOWN("markdown", "text/markdown"),
    HTML("html", "text/html"),
    CSV("csv", "text/csv"),
    JSONLD("jsonld", "application/ld+json");

    private final String parameter;
    private final String mediaType;

    ReportFormat(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    /** The value of the {@code format} query parameter. */
    public String parameter() {
        return parameter;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} header value (UTF-8 for the text formats). */
    public String contentType() {
        return this == JSON || this == JSONLD ? mediaType : mediaType + ";charset=UTF-8";
    }

    /** The format of a {@code format} parameter (case-insensitive, {@code md} and {@code json-ld} accepted). */
    public static Optional<ReportFormat> ofParameter(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "json" -> Optional.of(JSON);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            case "html" -> Optional.of(HTML);
            case "csv" -> Optional.of(CSV);
            case "jsonld", "json-ld" -> Optional.of(JSONLD);
            default -> Optional.empty();
        };
    }
}
