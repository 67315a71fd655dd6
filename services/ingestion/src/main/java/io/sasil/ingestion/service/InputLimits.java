package io.sasil.ingestion.service;

import io.sasil.common.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The metadata a client may send with an article, checked before anything is stored so that a
 * bad value is a 400 problem naming the field rather than a 500 from the database: lengths within
 * the columns ({@code url} 4000, {@code source} 500, {@code language} 16, {@code Idempotency-Key}
 * 200), a language that is a BCP 47 tag, and only absolute {@code http}/{@code https} URLs with a
 * host (no {@code javascript:}, {@code file:} or {@code data:} link ends up in a report).
 */
public final class InputLimits {

    static final int MAX_URL = 4000;
    static final int MAX_SOURCE = 500;
    static final int MAX_LANGUAGE = 16;
    static final int MAX_IDEMPOTENCY_KEY = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private InputLimits() {
    }

    public static void check(ArticleInput input, String idempotencyKey) {
        if (input.url() != null && !input.url().isBlank()) {
            length("url", input.url(), MAX_URL);
            httpUrl(input.url());
        }
        if (input.source() != null) {
            length("source", input.source(), MAX_SOURCE);
        }
        if (input.language() != null && !input.language().isBlank()) {
            length("language", input.language(), MAX_LANGUAGE);
            if (!LANGUAGE.matcher(input.language()).matches()) {
                throw ProblemException.invalidField("language", "must be a language tag such as ko or en");
            }
        }
        if (idempotencyKey != null) {
            length("Idempotency-Key", idempotencyKey, MAX_IDEMPOTENCY_KEY);
        }
    }

    private static void length(String field, String value, int max) {
        if (value.length() > max) {
            throw ProblemException.invalidField(field, "is " + value.length() + " characters long; at most " + max);
        }
    }

    private static void httpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // an internationalised host (예시.한국) is a registry-based authority to java.net.URI: it has no getHost()
            String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isBlank()) {
                throw ProblemException.invalidField("url", "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a URL: " + e.getReason());
        }
    }
}
