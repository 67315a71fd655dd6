package io.sasil.ingestion.text;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML page and returns its title and text with paragraph breaks.
 *
 * <ol>
 *   <li><b>Title:</b> {@code <meta property="og:title">}, else the first {@code <h1>} of the
 *       article ({@code <article>}, {@code <main>}), else {@code <title>}, else the first
 *       {@code <h1>}.</li>
 *   <li><b>Dropped elements:</b> {@code script style noscript template nav header footer aside
 *       form iframe svg canvas object embed button select input textarea figure figcaption}, the
 *       ARIA landmarks {@code navigation banner contentinfo complementary}, hidden elements
 *       ({@code hidden}, {@code aria-hidden="true"}, {@code display:none}).</li>
 *   <li><b>Dropped boilerplate:</b> an element whose {@code class} or {@code id}, cut into words at
 *       every non-alphanumeric character, has a word such as {@code share sns social related
 *       recommend comment ad ads banner sponsor promo copyright breadcrumb subscribe newsletter
 *       popular ranking tags menu sidebar widget toolbar byline-tools} (see {@code BOILERPLATE}) —
 *       unless the element holds at least half of the page's text, which protects a
 *       badly named wrapper.</li>
 *   <li><b>Article root:</b> the {@code <article>} with the most text; else
 *       {@code [itemprop=articleBody]}; else {@code <main>} or {@code [role=main]}; else the densest
 *       block: the element whose direct text and direct {@code <p>}, {@code <blockquote>},
 *       {@code <pre>} children carry the most characters (Korean news sites often write the body
 *       as text separated by {@code <br>} right inside one {@code <div>}).</li>
 *   <li><b>Text:</b> block elements ({@code p div section h1–h6 li tr blockquote pre dt dd …}) end
 *       a paragraph, rendered as a blank line; {@code <br>} is a single line break and
 *       {@code <br><br>} a paragraph break; runs of
 *       white space within a paragraph become one space; entities are decoded.</li>
 *   <li><b>Dropped lines:</b> lines made only of share-button words ({@code 공유하기 페이스북 트위터
 *       카카오톡 …}). Copyright, byline and photo-credit lines are kept here: {@link CreditLines}
 *       takes them out of the analysed text as metadata, with offsets into this text.</li>
 *   <li><b>Metadata</b> of the page ({@link PageMetadataReader}), read before anything is dropped.</li>
 * </ol>
 * Linear in the size of the page apart from the half-of-the-text check, which runs only for
 * elements named like boilerplate. Stateless and thread-safe.
 */
public final class HtmlTextExtractor {


    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, object, embed, button, select, input, textarea, figure, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[hidden], [aria-hidden=true]";

    private static final Set<String> BOILERPLATE = Set.of(
            "share", "sharing", "sns", "social", "related", "relation", "recommend", "recommended", "comment",
            "comments", "reply", "ad", "ads", "advert", "advertisement", "adsense", "banner", "sponsor",
            "sponsored", "promo", "promotion", "copyright", "breadcrumb", "breadcrumbs", "subscribe",
            "subscription", "newsletter", "popular", "ranking", "tags", "menu", "gnb", "lnb", "sidebar",
            "widget", "toolbar", "cookie", "modal", "popup", "login", "footer", "header", "nav", "navbar");

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "table", "thead", "tbody", "blockquote", "pre", "hr", "address", "center",
            "details", "summary", "body");

    private static final Set<String> SHARE_WORDS = Set.of(
            "공유", "공유하기", "페이스북", "트위터", "카카오톡", "카카오스토리", "카카오", "네이버", "밴드", "라인",
            "링크복사", "url복사", "주소복사", "복사", "프린트", "인쇄", "스크랩", "글자크기", "기사저장", "구독",
            "facebook", "twitter", "x", "kakao", "kakaotalk", "line", "band", "share", "print", "email", "메일");

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final PageMetadataReader metadata = new PageMetadataReader();

    /** Extracts the article of {@code html}, dates read in Seoul time; a page without text gives an empty text. */
    public ExtractedHtml extract(String html) {
        return extract(html, ZoneId.of("Asia/Seoul"));
    }

    /** Extracts the article of {@code html} and its metadata; dates without an offset are read in {@code zone}. */
    public ExtractedHtml extract(String html, ZoneId zone) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = title(doc);
        PageMetadata page = metadata.read(doc, zone);
        doc.select(DROPPED).remove();
        for (Element e : doc.select("[style]")) {
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
        dropBoilerplate(doc);
        Element root = root(doc);
        return new ExtractedHtml(title, dropBoilerplateLines(render(root)), page);
    }

    private static String title(Document doc) {
        String og = doc.select("meta[property=og:title], meta[name=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, main h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title().strip();
        if (!t.isEmpty()) {
            return t;
        }
        h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
    }

    private static void dropBoilerplate(Document doc) {
        int total = doc.body().text().length();
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != doc.body()
                        && (namedLikeBoilerplate(e.className()) || namedLikeBoilerplate(e.id()))
                        && e.text().length() * 2 < total) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    static boolean namedLikeBoilerplate(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String word : WORD_SEPARATOR.split(name.toLowerCase(Locale.ROOT))) {
            if (BOILERPLATE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element root(Document doc) {
        Element best = largest(doc.select("article"));
        if (best == null) {
            best = largest(doc.select("[itemprop=articleBody]"));
        }
        if (best == null) {
            best = largest(doc.select("main, [role=main]"));
        }
        if (best != null) {
            return best;
        }
        Element densest = doc.body();
        long bestScore = directTextScore(densest);
        for (Element e : doc.body().getAllElements()) {
            long score = directTextScore(e);
            if (score > bestScore) {
                bestScore = score;
                densest = e;
            }
        }
        return densest;
    }

    /** The candidate with the longest text, the first of equals; null when there is none or every one is empty. */
    private static Element largest(Elements candidates) {
        Element best = longest(candidates);
        return best == null || best.text().isEmpty() ? null : best;
    }

    /** The candidate with the longest text, the first of equals (an empty one too); null when there is none. */
    static Element longest(Elements candidates) {
        Element best = null;
        int bestLength = -1;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                bestLength = length;
                best = e;
            }
        }
        return best;
    }

    /** Characters in the element's own text nodes and in its direct paragraph children. */
    private static long directTextScore(Element e) {
        long score = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                score += t.text().strip().length();
            } else if (child instanceof Element c) {
                String name = c.normalName();
                if (name.equals("p") || name.equals("blockquote") || name.equals("pre")) {
                    score += c.text().length();
                }
            }
        }
        return score;
    }

    private static String render(Element root) {
        TextBuilder out = new TextBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.text(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.lineBreak();
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.paragraphBreak();
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        out.space();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.paragraphBreak();
                }
            }
        }, root);
        return out.toString();
    }

    private static String dropBoilerplateLines(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (isBoilerplateLine(line)) {
                continue;
            }
            kept.add(line);
        }
        String joined = String.join("\n", kept);
        // dropping lines may leave runs of blank lines: collapse them to one
        StringBuilder sb = new StringBuilder(joined.length());
        int newlines = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '\n') {
                newlines++;
                continue;
            }
            if (newlines > 0 && sb.length() > 0) {
                sb.append(newlines >= 2 ? "\n\n" : "\n");
            }
            newlines = 0;
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean isBoilerplateLine(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.length() > 80) {
            return false;
        }
        for (String word : WORD_SEPARATOR.split(s.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !SHARE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Collects text, collapsing white space and turning block boundaries into line breaks. */
    private static final class TextBuilder {
        private final StringBuilder sb = new StringBuilder();
        /** 0: none, 1: line break, 2: paragraph break pending before the next text. */
        private int pendingBreak;
        private boolean pendingSpace;

        void text(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    pendingSpace = true;
                    continue;
                }
                if (sb.length() > 0) {
                    if (pendingBreak == 2) {
                        sb.append("\n\n");
                    } else if (pendingBreak == 1) {
                        sb.append('\n');
                    } else if (pendingSpace) {
                        sb.append(' ');
                    }
                }
                pendingBreak = 0;
                pendingSpace = false;
                sb.append(c);
            }
        }

        /** One {@code <br>} is a line break; two in a row (with nothing but blanks between) a paragraph break. */
        void lineBreak() {
            pendingBreak = sb.length() == 0 ? pendingBreak : Math.min(2, pendingBreak + 1);
        }

        void paragraphBreak() {
            pendingBreak = 2;
        }

        void space() {
            pendingSpace = true;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
