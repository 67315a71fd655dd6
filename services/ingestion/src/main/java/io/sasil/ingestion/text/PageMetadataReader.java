package io.sasil.ingestion.text;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a news page says about its article, field by field, the first source that has it:
 * <ul>
 *   <li><b>published / modified</b>: JSON-LD {@code datePublished} / {@code dateModified} of the
 *       article object; {@code article:published_time} / {@code article:modified_time}
 *       ({@code og:updated_time}, {@code itemprop}, {@code pubdate}, {@code date}); a
 *       {@code <time datetime>} in the main {@code <article>} (one after 수정/업데이트/updated is the
 *       modification); a byline stamp ({@code 입력 2024.11.03 09:30}, see {@link CreditLines}).
 *       Without an offset, in the newsroom's zone.</li>
 *   <li><b>authors</b>: JSON-LD {@code author} (a name, a Person, an {@code @id} reference, or a list of
 *       them); {@code <meta name="author">}, {@code article:author} (not a URL); byline reporters.
 *       Role words ({@code 기자}, {@code 특파원} …) are taken off names.</li>
 *   <li><b>publisher</b>: JSON-LD {@code publisher} (name, Organization, reference);
 *       {@code og:site_name}.</li>
 *   <li><b>canonical URL</b>: {@code <link rel="canonical">}, {@code og:url}, JSON-LD {@code url} /
 *       {@code mainEntityOfPage} (absolute http(s) URLs only).</li>
 *   <li><b>section</b>: {@code article:section}, JSON-LD {@code articleSection} (the first).</li>
 *   <li><b>language</b>: {@code <html lang>}, JSON-LD {@code inLanguage}, {@code og:locale},
 *       {@code content-language}; the primary subtag, lower case ({@code ko-KR} → {@code ko}).</li>
 * </ul>
 * <b>JSON-LD</b>: every {@code application/ld+json} script, an object, an array or a {@code @graph}
 * (nested), read leniently (comments, trailing commas, raw line breaks in strings); the article is
 * an object whose {@code @type} is or ends in {@code Article} ({@code NewsArticle},
 * {@code ReportageNewsArticle}, {@code BlogPosting} …). With several (a page that lists related
 * articles), the one whose URL is the canonical URL, else whose headline is the page's title, else
 * the first. A script that does not parse is skipped. Stateless and thread-safe.
 */
public final class PageMetadataReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle",
            "TechArticle", "SatiricalArticle");
    private static final Pattern ROLE_SUFFIX = Pattern.compile(
            "\\s*(?:선임기자|전문기자|객원기자|인턴기자|수습기자|기자|특파원|논설위원|편집위원|통신원|리포터|에디터|앵커)\\s*$");
    private static final Pattern MODIFIED_CUE = Pattern.compile("수정|업데이트|갱신|updated|modified", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "byline|writer|reporter|journalist|author|date|article[-_]?info|info[-_]?(?:area|box|text)|txt[-_]?info"
                    + "|news[-_]?info|기자", Pattern.CASE_INSENSITIVE);

    /** Reads the page; call before anything is removed from {@code doc}. */
    public PageMetadata read(Document doc, ZoneId zone) {
        Map<String, String> sources = new LinkedHashMap<>();
        String canonical = absoluteUrl(doc.select("link[rel=canonical]").attr("href"));
        String canonicalFrom = canonical != null ? "meta" : null;
        if (canonical == null) {
            canonical = absoluteUrl(meta(doc, "og:url"));
            canonicalFrom = canonical != null ? "meta" : null;
        }
        String pageTitle = Optional.ofNullable(meta(doc, "og:title")).orElse(doc.title()).strip();
        JsonNode article = article(doc, canonical, pageTitle);
        Map<String, JsonNode> ids = new HashMap<>();
        for (JsonNode node : jsonLdNodes(doc)) {
            if (node.hasNonNull("@id") && node.get("@id").isTextual()) {
                ids.put(node.get("@id").asText(), node);
            }
        }

        StatedTime published = null;
        StatedTime modified = null;
        List<String> authors = new ArrayList<>();
        String publisher = null;
        String section = null;
        String language = null;
        String headline = null;
        if (article != null) {
            published = date(text(article.get("datePublished")), zone);
            modified = date(text(article.get("dateModified")), zone);
            authors.addAll(names(article.get("author"), ids));
            publisher = first(names(article.get("publisher"), ids));
            section = text(article.get("articleSection"));
            language = languageCode(text(article.get("inLanguage")));
            headline = text(article.get("headline"));
            if (canonical == null) {
                canonical = absoluteUrl(text(article.get("url")));
                if (canonical == null) {
                    JsonNode main = article.get("mainEntityOfPage");
                    canonical = absoluteUrl(main != null && main.isObject() ? text(main.get("@id")) : text(main));
                }
                canonicalFrom = canonical != null ? "json-ld" : null;
            }
            note(sources, "publishedAt", published, "json-ld");
            note(sources, "modifiedAt", modified, "json-ld");
            note(sources, "authors", authors.isEmpty() ? null : authors, "json-ld");
            note(sources, "publisher", publisher, "json-ld");
            note(sources, "section", section, "json-ld");
        }
        if (published == null) {
            published = date(firstMeta(doc, "article:published_time", "og:article:published_time", "datePublished",
                    "pubdate", "publishdate", "publish-date", "date", "dcterms.created"), zone);
            note(sources, "publishedAt", published, "meta");
        }
        if (modified == null) {
            modified = date(firstMeta(doc, "article:modified_time", "og:updated_time", "dateModified",
                    "lastmod", "dcterms.modified"), zone);
            note(sources, "modifiedAt", modified, "meta");
        }
        if (published == null || modified == null) {
            StatedTime[] times = times(doc, zone);
            if (published == null && times[0] != null) {
                published = times[0];
                note(sources, "publishedAt", published, "time");
            }
            if (modified == null && times[1] != null) {
                modified = times[1];
                note(sources, "modifiedAt", modified, "time");
            }
        }
        if (authors.isEmpty()) {
            for (String a : List.of(nz(meta(doc, "author")), nz(meta(doc, "article:author")), nz(meta(doc, "dable:author")))) {
                if (!a.isBlank() && absoluteUrl(a) == null) {
                    for (String part : a.split("\\s*[,·、]\\s*")) {
                        String name = cleanName(part);
                        if (name != null && !authors.contains(name)) {
                            authors.add(name);
                        }
                    }
                    break;
                }
            }
            note(sources, "authors", authors.isEmpty() ? null : authors, "meta");
        }
        if (publisher == null) {
            publisher = blankToNull(meta(doc, "og:site_name"));
            note(sources, "publisher", publisher, "meta");
        }
        if (section == null) {
            section = blankToNull(firstMeta(doc, "article:section", "section"));
            note(sources, "section", section, "meta");
        }
        String declared = languageCode(doc.select("html").attr("lang"));
        if (declared != null) {
            language = declared;
            note(sources, "language", language, "meta");
        } else if (language != null) {
            note(sources, "language", language, "json-ld");
        } else {
            language = languageCode(meta(doc, "og:locale"));
            if (language == null) {
                language = languageCode(doc.select("meta[http-equiv~=(?i)content-language]").attr("content"));
            }
            note(sources, "language", language, "meta");
        }
        note(sources, "url", canonical, canonicalFrom);
        return new PageMetadata(published, modified, List.copyOf(authors), publisher, canonical,
                section, language, headline, Map.copyOf(sources), bylineLines(doc));
    }

    // ---- JSON-LD -------------------------------------------------------------------------------

    private static List<JsonNode> jsonLdNodes(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes, 0);
            } catch (Exception e) {
                // a script that does not parse says nothing
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type") || node.has("@id")) {
                out.add(node);
            }
            if (node.has("@graph")) {
                collect(node.get("@graph"), out, depth + 1);
            }
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isContainerNode()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static JsonNode article(Document doc, String canonical, String pageTitle) {
        List<JsonNode> articles = new ArrayList<>();
        for (JsonNode n : jsonLdNodes(doc)) {
            if (isArticle(n.get("@type"))) {
                articles.add(n);
            }
        }
        if (articles.isEmpty()) {
            return null;
        }
        if (canonical != null) {
            for (JsonNode a : articles) {
                JsonNode main = a.get("mainEntityOfPage");
                String mainId = main != null && main.isObject() ? text(main.get("@id")) : text(main);
                if (sameUrl(canonical, text(a.get("url"))) || sameUrl(canonical, mainId)) {
                    return a;
                }
            }
        }
        for (JsonNode a : articles) {
            String h = text(a.get("headline"));
            if (h != null && !pageTitle.isEmpty() && (pageTitle.startsWith(h.strip()) || h.strip().startsWith(pageTitle))) {
                return a;
            }
        }
        return articles.get(0);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        t = slash >= 0 ? t.substring(slash + 1) : t;
        return ARTICLE_TYPES.contains(t) || t.endsWith("NewsArticle");
    }

    /** Names of a JSON-LD author or publisher value: text, object with name, @id reference, or a list. */
    private static List<String> names(JsonNode value, Map<String, JsonNode> ids) {
        List<String> out = new ArrayList<>();
        names(value, ids, out, 0);
        return out;
    }

    private static void names(JsonNode value, Map<String, JsonNode> ids, List<String> out, int depth) {
        if (value == null || value.isNull() || depth > 4) {
            return;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                names(v, ids, out, depth + 1);
            }
            return;
        }
        String name = null;
        if (value.isTextual()) {
            name = value.asText();
        } else if (value.isObject()) {
            name = text(value.get("name"));
            if (name == null && value.hasNonNull("@id") && ids.containsKey(value.get("@id").asText())
                    && ids.get(value.get("@id").asText()) != value) {
                names(ids.get(value.get("@id").asText()), ids, out, depth + 1);
                return;
            }
        }
        for (String part : name == null ? new String[0] : name.split("\\s*[,·、]\\s*")) {
            String clean = cleanName(part);
            if (clean != null && !out.contains(clean)) {
                out.add(clean);
            }
        }
    }

    // ---- meta and time -------------------------------------------------------------------------

    private static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
            if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
                    || key.equalsIgnoreCase(e.attr("itemprop"))) {
                String c = e.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String firstMeta(Document doc, String... keys) {
        for (String k : keys) {
            String v = meta(doc, k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** [published, modified] from {@code itemprop} elements and {@code <time datetime>} of the main article. */
    private static StatedTime[] times(Document doc, ZoneId zone) {
        StatedTime[] out = new StatedTime[2];
        Element p = doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
        if (p != null) {
            out[0] = date(p.hasAttr("datetime") ? p.attr("datetime") : p.attr("content"), zone);
        }
        Element m = doc.selectFirst("[itemprop=dateModified][datetime], [itemprop=dateModified][content]");
        if (m != null) {
            out[1] = date(m.hasAttr("datetime") ? m.attr("datetime") : m.attr("content"), zone);
        }
        Element scope = HtmlTextExtractor.longest(doc.select("article"));
        for (Element time : (scope == null ? doc : scope).select("time[datetime]")) {
            StatedTime t = date(time.attr("datetime"), zone);
            if (t == null) {
                continue;
            }
            String before = time.previousSibling() == null ? "" : time.previousSibling().outerHtml();
            String around = time.text() + " " + before + " " + time.className();
            if (MODIFIED_CUE.matcher(around).find()) {
                if (out[1] == null) {
                    out[1] = t;
                }
            } else if (out[0] == null) {
                out[0] = t;
            }
        }
        return out;
    }

    /** Short lines of byline-like elements of the page (they are often dropped with the page header). */
    private static List<String> bylineLines(Document doc) {
        Set<String> lines = new LinkedHashSet<>();
        Element scope = HtmlTextExtractor.longest(doc.select("article"));
        Element within = scope == null ? doc.body() : scope.parent() == null ? scope : scope.parent();
        if (within == null) {
            return List.of();
        }
        List<Element> candidates = new ArrayList<>();
        for (Element e : within.getAllElements()) {
            if ((e.normalName().equals("header") && scope != null && e.closest("article") == scope)
                    || BYLINE_NAME.matcher(e.className()).find() || BYLINE_NAME.matcher(e.id()).find()) {
                candidates.add(e);
            }
        }
        for (Element e : candidates) {
            String t = e.wholeText().replaceAll("[ \\t\\u00A0]+", " ").strip();
            for (String line : t.split("\\s*\\n\\s*")) {
                if (!line.isBlank() && line.length() <= CreditLines.MAX_CREDIT_LINE) {
                    lines.add(line.strip());
                }
            }
            if (lines.size() > 50) {
                break;
            }
        }
        return List.copyOf(lines);
    }

    // ---- values --------------------------------------------------------------------------------

    private static StatedTime date(String value, ZoneId zone) {
        return value == null ? null : PageDates.parse(value, zone).orElse(null);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String t = text(n);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (node.isObject()) {
            return text(node.has("name") ? node.get("name") : node.get("@value"));
        }
        return blankToNull(node.asText());
    }

    /** A name without its role word and surrounding blanks; null when nothing is left. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String n = ROLE_SUFFIX.matcher(name.strip()).replaceAll("").strip();
        return n.isEmpty() || n.length() > 100 ? null : n;
    }

    /** ISO 639-1 code of a language tag ({@code ko-KR}, {@code ko_KR}, {@code KO}), or null. */
    static String languageCode(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    static String absoluteUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && u.length() <= 4000 ? u : null;
    }

    private static boolean sameUrl(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        String u = url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static void note(Map<String, String> sources, String field, Object value, String source) {
        if (value != null && source != null && !sources.containsKey(field)) {
            sources.put(field, source);
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
