package io.sasil.ingestion.text;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the charset an HTML page declares for itself, before it is decoded.
 *
 * <p>The first {@code limit} bytes are read one byte per character (ISO-8859-1, so every
 * ASCII-compatible encoding shows its markup unchanged) and parsed with jsoup. The first of:
 * <ol>
 *   <li>{@code <meta charset="euc-kr">};</li>
 *   <li>{@code <meta http-equiv="Content-Type" content="text/html; charset=euc-kr">} (any case,
 *       the charset quoted or not);</li>
 *   <li>an XML declaration at the start, {@code <?xml version="1.0" encoding="euc-kr"?>}.</li>
 * </ol>
 * Returns the label as written, or null. Stateless.
 */
final class CharsetDeclarations {

    private static final Pattern CONTENT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

    private CharsetDeclarations() {
    }

    /** The charset label the page declares in its first {@code limit} bytes, or null. */
    static String find(byte[] bytes, int limit) {
        String head = new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.ISO_8859_1);
        Document doc = Jsoup.parse(head);
        for (Element meta : doc.select("meta")) {
            String charset = meta.attr("charset").strip();
            if (!charset.isEmpty()) {
                return charset;
            }
            if (meta.attr("http-equiv").strip().equalsIgnoreCase("content-type")) {
                Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }
}
