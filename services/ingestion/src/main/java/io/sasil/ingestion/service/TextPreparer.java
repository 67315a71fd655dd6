package io.sasil.ingestion.service;

import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.Hangul;
import io.sasil.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns an {@link ArticleInput} into a {@link PreparedText}: extraction, normalisation, splitting. */
@ApplicationScoped
public class TextPreparer {

    private final IngestionConfig config;

    public TextPreparer(IngestionConfig config) {
        this.config = config;
    }

    public PreparedText prepare(ArticleInput input) {
        boolean hasText = input.text() != null;
        boolean hasHtml = input.html() != null;
        if (hasText == hasHtml) {
            throw ProblemException.invalidField("text", "give exactly one of 'text' and 'html'");
        }
        String original = hasText ? input.text() : input.html();
        long bytes = original.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxTextBytes()) {
            throw ProblemException.tooLarge(bytes, config.maxTextBytes());
        }
        String title = input.title();
        String text = Normalizer.normalize(original, Normalizer.Form.NFC).replace("\r\n", "\n");
        if (text.isBlank()) {
            throw ProblemException.unprocessable("empty-text", "the article has no text");
        }
        String language = input.language() != null && !input.language().isBlank() ? input.language()
                : Hangul.hangulShare(text) >= 0.5 ? "ko" : "und";
        return new PreparedText(original, text, title, language, sha256(text), split(text));
    }

    private static List<SentenceRef> split(String text) {
        List<SentenceRef> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(lineStart, i);
                if (!line.isBlank()) {
                    int s = lineStart;
                    for (int j = lineStart; j < i; j++) {
                        char c = text.charAt(j);
                        boolean end = (c == '.' || c == '?' || c == '!') && (j + 1 == i || text.charAt(j + 1) == ' ');
                        if (end || j + 1 == i) {
                            add(out, text, s, j + 1, paragraph);
                            s = j + 1;
                        }
                    }
                    paragraph++;
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void add(List<SentenceRef> out, String text, int from, int to, int paragraph) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new SentenceRef(out.size(), paragraph, CodePoints.toCodePoint(text, from),
                    CodePoints.toCodePoint(text, to), text.substring(from, to)));
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
