package io.sasil.ingestion.service;

import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.TextNormalizer;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.common.contract.ArticleMetadata;
import io.sasil.ingestion.text.CreditLines;
import io.sasil.ingestion.text.CutText;
import io.sasil.ingestion.text.ExtractedHtml;
import io.sasil.ingestion.text.PageMetadata;
import io.sasil.ingestion.text.StatedTime;
import io.sasil.ingestion.text.HtmlTextExtractor;
import io.sasil.ingestion.text.LanguageDetector;
import io.sasil.ingestion.text.TitleFinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns an {@link ArticleInput} into a {@link PreparedText} with the plain-Java cores:
 * {@link HtmlTextExtractor} (HTML only), {@link TextNormalizer}, {@link SentenceSplitter},
 * {@link LanguageDetector} and {@link TitleFinder}.
 *
 * <p>The original kept for offsets is the text as received, or for HTML the text extracted from
 * it; its credit lines ({@link CreditLines}: bylines, datelines, stamps, photo credits, copyright)
 * are cut out, and the rest normalised: the normalised text and its sentences are what the suite
 * analyses. The title is the one given, else the HTML's, else the first line of the text. The
 * article's metadata is the request's, else the page's ({@code PageMetadataReader}), else the
 * credits'.
 */
@ApplicationScoped
public class TextPreparer {

    private final IngestionConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HtmlTextExtractor html = new HtmlTextExtractor();
    private final LanguageDetector languages = new LanguageDetector();
    private final TitleFinder titles = new TitleFinder();
    private final CreditLines creditLines = new CreditLines();

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
        ZoneId zone = config.timeZone();
        PageMetadata page = PageMetadata.empty();
        if (hasHtml) {
            ExtractedHtml extracted = html.extract(input.html(), zone);
            original = extracted.text();
            page = extracted.metadata();
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
        CreditLines.Result credits = creditLines.find(original, zone);
        CreditLines.Result header = page.bylineLines().isEmpty() ? null : creditLines.harvest(page.bylineLines(), zone);
        CutText cut = credits.cut();
        NormalizedText normalized = normalizer.normalize(cut.kept());
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
        if ("und".equals(language) && blankToNull(input.language()) == null
                && page.language() != null) {
            language = page.language();
        }
        return merge(input, page, credits, header, zone, cut, normalized, title, language, split(text));
    }

    /**
     * Request, page and credits merged, field by field, in that order of precedence; times without
     * an offset of their own are in {@code zone}, which is then the article's time zone.
     */
    private static PreparedText merge(ArticleInput input, PageMetadata page, CreditLines.Result credits,
            CreditLines.Result header, ZoneId zone, CutText cut, NormalizedText normalized, String title,
            String language, List<SentenceRef> sentences) {
        Map<String, String> sources = new LinkedHashMap<>();
        OffsetDateTime publishedAt = input.publishedAt();
        boolean offsetStated = input.publishedOffsetStated();
        if (publishedAt != null) {
            sources.put("publishedAt", "request");
        } else {
            StatedTime t = page.published();
            String from = page.sources().get("publishedAt");
            if (t == null && credits.published().isPresent()) {
                t = credits.published().get();
                from = "byline";
            }
            if (t == null && header != null && header.published().isPresent()) {
                t = header.published().get();
                from = "byline";
            }
            if (t != null) {
                publishedAt = t.at();
                offsetStated = t.offsetStated();
                sources.put("publishedAt", from);
            }
        }
        StatedTime modified = page.modified();
        String modifiedFrom = page.sources().get("modifiedAt");
        if (modified == null) {
            modified = credits.modified().or(() -> header == null ? Optional.empty() : header.modified()).orElse(null);
            modifiedFrom = "byline";
        }
        if (modified != null) {
            sources.put("modifiedAt", modifiedFrom);
        }
        List<String> authors = page.authors();
        String authorsFrom = page.sources().get("authors");
        if (authors.isEmpty()) {
            authors = !credits.authors().isEmpty() ? credits.authors()
                    : header != null ? header.authors() : List.of();
            authorsFrom = "byline";
        }
        if (!authors.isEmpty()) {
            sources.put("authors", authorsFrom);
        }
        String publisher = page.publisher();
        if (publisher != null) {
            sources.put("publisher", page.sources().get("publisher"));
        } else if (credits.agency() != null) {
            publisher = credits.agency();
            sources.put("publisher", "byline");
        }
        String url = blankToNull(input.url());
        if (url != null) {
            sources.put("url", "request");
        } else if (page.canonicalUrl() != null) {
            url = page.canonicalUrl();
            sources.put("url", page.sources().get("url"));
        }
        String source = blankToNull(input.source());
        if (source != null) {
            sources.put("source", "request");
        } else if (publisher != null) {
            source = publisher;
            sources.put("source", sources.get("publisher"));
        }
        if (page.section() != null) {
            sources.put("section", page.sources().get("section"));
        }
        if (page.language() != null) {
            sources.put("language", page.sources().get("language"));
        }
        String timeZone = publishedAt != null && offsetStated ? publishedAt.getOffset().getId() : zone.getId();
        if (publishedAt != null && !offsetStated) {
            publishedAt = publishedAt.atZoneSameInstant(zone).toOffsetDateTime();
        }
        OffsetDateTime modifiedAt = modified == null ? null : modified.at();
        sources.values().removeIf(java.util.Objects::isNull);
        ArticleMetadata metadata = new ArticleMetadata(modifiedAt, authors, publisher, page.canonicalUrl(),
                page.section(), page.language(), timeZone, input.encoding(), credits.credits(), sources);
        String text = normalized.text();
        return new PreparedText(cut, normalized, title, language, sha256(text), sentences, publishedAt, url, source,
                metadata);
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

    /** Normalises a stored original again (without its credits), to map offsets back to it. */
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
