package io.sasil.ingestion.service;

import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.TextNormalizer;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.text.ExtractedHtml;
import io.sasil.ingestion.text.HtmlTextExtractor;
import io.sasil.ingestion.text.LanguageDetector;
import io.sasil.ingestion.text.TitleFinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns an {@link ArticleInput} into a {@link PreparedText} with the plain-Java cores:
 * {@link HtmlTextExtractor} (HTML only), {@link TextNormalizer}, {@link SentenceSplitter},
 * {@link LanguageDetector} and {@link TitleFinder}.
 *
 * <p>The original kept for offsets is the text as received, or for HTML the text extracted from
 * it; the normalised text and its sentences are what the suite analyses. The title is the one
 * given, else the HTML's, else the first line of the text.
 */
@ApplicationScoped
public class TextPreparer {

    private final IngestionConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HtmlTextExtractor html = new HtmlTextExtractor();
    private final LanguageDetector languages = new LanguageDetector();
    private final TitleFinder titles = new TitleFinder();

    public TextPreparer(IngestionConfig config) {
        this.config = config;
    }

    /**
     * Prepares one article.
     *
     * @throws ProblemException 400 when not exactly one of text and html is given, 413 when the
     *                          text is over {@code sasil.ingestion.max-text-bytes}, 422 when it is empty
     */
    public PreparedText prepare(ArticleInput input) {
        boolean hasText = input.text() != null;
        boolean hasHtml = input.html() != null;
        if (hasText == hasHtml) {
            throw ProblemException.invalidField("text", "give exactly one of 'text' and 'html'");
        }
        String original;
        String title = blankToNull(input.title());
        if (hasHtml) {
            ExtractedHtml extracted = html.extract(input.html());
            original = extracted.text();
            if (title == null) {
                title = blankToNull(extracted.title());
            }
        } else {
            original = input.text();
        }
        long bytes = utf8Length(original);
        if (bytes > config.maxTextBytes()) {
            throw ProblemException.tooLarge(bytes, config.maxTextBytes());
        }
        NormalizedText normalized = normalizer.normalize(original);
        String text = normalized.text();
        if (text.isBlank()) {
            throw ProblemException.unprocessable("empty-text", hasHtml
                    ? "the HTML has no article text" : "the article has no text");
        }
        if (title == null) {
            title = titles.find(text);
        } else {
            title = normalizer.normalize(title).text().strip();
        }
        if (title != null && title.length() > 1000) {
            title = title.substring(0, title.offsetByCodePoints(0, 990)) + "…";
        }
        String language = blankToNull(input.language()) != null ? input.language().strip()
                : languages.detect(text);
        return new PreparedText(normalized, title, language, sha256(text), split(text));
    }

    /** The sentences of a normalised text, as the wire contract carries them. */
    List<SentenceRef> split(String text) {
        List<Sentence> sentences = splitter.sentences(text);
        List<SentenceRef> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.toRef());
        }
        return out;
    }

    /** Normalises a stored original again, to map offsets back to it. */
    public NormalizedText renormalize(String original) {
        return normalizer.normalize(original);
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
