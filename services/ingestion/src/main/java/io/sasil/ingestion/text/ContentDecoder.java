package io.sasil.ingestion.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns request bytes into text, or refuses them with an {@link UnreadableContentException}.
 *
 * <p><b>Which encoding.</b> The first of these that applies wins:
 * <ol>
 *   <li>the {@code charset} parameter of the {@code Content-Type} (of the request, or of the
 *       multipart part);</li>
 *   <li>a byte order mark: UTF-8 {@code EF BB BF}, UTF-32 {@code 00 00 FE FF} / {@code FF FE 00 00},
 *       UTF-16 {@code FE FF} / {@code FF FE};</li>
 *   <li>for HTML only, the page's own declaration in its first {@value #PRESCAN_BYTES} bytes:
 *       {@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="…; charset=…">},
 *       or an XML declaration's {@code encoding} (a meta declaring UTF-16 means UTF-8, as in the
 *       WHATWG encoding standard: a page that could be read as ASCII to find it is not UTF-16);</li>
 *   <li>no declaration: UTF-8 when the bytes are valid UTF-8; otherwise ICU's
 *       {@link CharsetDetector}, whose best guess is used when its confidence is at least
 *       {@code minConfidence} (0–100), the input has at least {@value #MIN_DETECTION_BYTES} bytes
 *       and the bytes decode in it without error. Otherwise the
 *       content is refused ({@code unknown-encoding}) with the likely encodings and how to
 *       declare one.</li>
 * </ol>
 *
 * <p><b>Korean labels.</b> {@code EUC-KR}, {@code KS_C_5601-1987}, {@code CP949}, {@code MS949},
 * {@code windows-949}, {@code UHC} … are all read with Java's {@code x-windows-949} (CP949), the
 * superset of EUC-KR that Korean sites really send (syllables like 똠 or 햏 are only in CP949),
 * as browsers do. {@code ISO-8859-1} and {@code US-ASCII} in the {@code Content-Type} header count
 * as no declaration: HTTP clients (REST Assured, older Java and Python libraries) add them to
 * {@code text/*} by default, so they say nothing about the bytes; real Latin-1 text is still read,
 * by detection. Latin labels in a page's meta, and {@code windows-1252} anywhere, are read as
 * windows-1252, except that bytes which are valid UTF-8 with non-ASCII characters are read as
 * UTF-8 (a Korean article cannot be Latin-1). {@code UTF-16} without a byte order mark is read
 * little-endian unless the zero bytes say big-endian.
 *
 * <p><b>Strict decoding.</b> Every decoder reports malformed and unmappable input
 * ({@link CodingErrorAction#REPORT}): the first bad byte is refused with its offset. Nothing is
 * replaced by U+FFFD. A byte order mark is removed.
 *
 * <p><b>Binary content</b> is refused: any NUL character, or more than
 * {@value #MAX_CONTROL_SHARE_PERCENT}% of the code points being control characters other than TAB,
 * LF, CR and FF (C0 controls, DEL, C1 controls U+0080–U+009F), once there are at least
 * {@value #MIN_CONTROLS} of them. Text with a stray control character or two is let through.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentDecoder {

    /** Share of control characters, in percent of all code points, above which content is binary. */
    public static final int MAX_CONTROL_SHARE_PERCENT = 1;
    /** Fewer control characters than this never make content binary (besides NUL). */
    public static final int MIN_CONTROLS = 3;
    /** ICU confidence (0–100) from which an undeclared encoding is trusted by default. */
    public static final int DEFAULT_MIN_CONFIDENCE = 60;
    /**
     * Fewest bytes from which a detected encoding is used: on a few bytes ICU can be confident of
     * anything (four bytes {@code 7B E0 80 7D} read as Latin-1); shorter undeclared input that is not
     * UTF-8 is refused with the likely encodings.
     */
    public static final int MIN_DETECTION_BYTES = 32;
    /** How many leading bytes of an HTML page are searched for its charset declaration. */
    public static final int PRESCAN_BYTES = 16 * 1024;

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How the encoding of a text was found. */
    public enum Source {
        /** The {@code charset} of the {@code Content-Type}. */
        HEADER("Content-Type header"),
        /** A byte order mark. */
        BOM("byte order mark"),
        /** The HTML page's {@code <meta>} or XML declaration. */
        META("the page's meta charset"),
        /** Nothing declared, and the bytes are valid UTF-8. */
        DEFAULT("undeclared, valid UTF-8"),
        /** Nothing declared; ICU's detector. */
        DETECTED("detected");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * Decoded text.
     *
     * @param text       the text, without byte order mark
     * @param encoding   the encoding it was read in, as a user would write it ({@code UTF-8},
     *                   {@code EUC-KR}, {@code CP949}, {@code UTF-16LE} …)
     * @param source     how that encoding was found
     * @param confidence ICU's confidence (0–100) for a detected encoding, else 100
     */
    public record Decoded(String text, String encoding, Source source, int confidence) {

        /** {@code EUC-KR (Content-Type header)}, {@code EUC-KR (detected, confidence 100)}. */
        public String describe() {
            return encoding + " (" + source.description()
                    + (source == Source.DETECTED ? ", confidence " + confidence : "") + ")";
        }
    }

    private final int minConfidence;

    public ContentDecoder() {
        this(DEFAULT_MIN_CONFIDENCE);
    }

    /** @param minConfidence ICU confidence (0–100) from which an undeclared, non-UTF-8 encoding is used */
    public ContentDecoder(int minConfidence) {
        this.minConfidence = minConfidence;
    }

    /** Decodes text that declares nothing (no header charset, not HTML); see the class comment. */
    public String decode(byte[] bytes) {
        return decode(bytes, null, false).text();
    }

    /**
     * Decodes {@code bytes} by the rules of the class comment.
     *
     * @param contentType the {@code Content-Type} of the body or part, or null
     * @param html        whether the content is an HTML page (its meta charset counts)
     */
    public Decoded decode(byte[] bytes, String contentType, boolean html) {
        if (bytes == null) {
            throw new UnreadableContentException(UnreadableContentException.INVALID_UTF8, "no content", -1);
        }
        String declared = charsetParameter(contentType);
        if (declared != null && !isClientDefault(declared)) {
            return declared(bytes, declared, Source.HEADER);
        }
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        if (html) {
            String meta = CharsetDeclarations.find(bytes, PRESCAN_BYTES);
            if (meta != null) {
                String label = meta.toLowerCase(Locale.ROOT).startsWith("utf-16") ? "utf-8" : meta;
                return declared(bytes, label, Source.META);
            }
        }
        return undeclared(bytes, html);
    }

    // ---- declared ------------------------------------------------------------------------------

    private Decoded declared(byte[] bytes, String label, Source source) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        Charset charset;
        String shown;
        if (isKorean(name)) {
            charset = CP949;
            shown = name.contains("949") || name.equals("uhc") ? "CP949" : "EUC-KR";
        } else if (isLatin(name)) {
            if (hasNonAscii(bytes) && isValidUtf8(bytes)) {
                start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
                return finish(strictly(bytes, start, StandardCharsets.UTF_8, "UTF-8", source), "UTF-8", source, 100,
                        bytes, start);
            }
            charset = WINDOWS_1252;
            shown = name.toUpperCase(Locale.ROOT);
        } else if (name.equals("utf-8") || name.equals("utf8") || name.equals("unicode-1-1-utf-8")) {
            charset = StandardCharsets.UTF_8;
            shown = "UTF-8";
            start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        } else if (name.equals("utf-16") || name.equals("utf16") || name.equals("unicode")) {
            if (startsWith(bytes, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                start = 2;
            } else if (startsWith(bytes, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                start = 2;
            } else {
                charset = bigEndianByZeros(bytes) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            }
            shown = charset.name();
        } else {
            try {
                charset = Charset.forName(label.strip());
            } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
                throw new UnreadableContentException(UnreadableContentException.UNSUPPORTED_CHARSET,
                        "the " + source.description() + " declares charset '" + shorten(label.strip())
                                + "', which this service cannot decode; send UTF-8, EUC-KR, CP949 or UTF-16", -1);
            }
            shown = charset.name();
            if ((charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))
                    || (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))) {
                start = 2;
            }
        }
        String text = strictly(bytes, start, charset, shown, source);
        return finish(text, shown, source, 100, bytes, start);
    }

    static boolean isKorean(String name) {
        return switch (name) {
            case "euc-kr", "euckr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ks_c_5601", "ksc5601", "ksc_5601",
                    "ks-c-5601", "csksc56011987", "iso-ir-149", "korean", "windows-949", "x-windows-949", "cp949",
                    "ms949", "uhc", "x-ms949" -> true;
            default -> false;
        };
    }

    private static boolean isLatin(String name) {
        return switch (name) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819", "us-ascii", "ascii",
                    "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252" -> true;
            default -> false;
        };
    }

    /**
     * {@code ISO-8859-1} and {@code US-ASCII} in a {@code Content-Type} header: the labels HTTP clients
     * add to {@code text/*} by default, which therefore say nothing about the bytes.
     */
    static boolean isClientDefault(String label) {
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "us-ascii", "ascii" -> true;
            default -> false;
        };
    }

    // ---- byte order marks ----------------------------------------------------------------------

    private Decoded byBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(strictly(bytes, 3, StandardCharsets.UTF_8, "UTF-8", Source.BOM), "UTF-8", Source.BOM, 100,
                    bytes, 3);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            Charset c = Charset.forName("UTF-32BE");
            return finish(strictly(bytes, 4, c, "UTF-32BE", Source.BOM), "UTF-32BE", Source.BOM, 100, bytes, 4);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            Charset c = Charset.forName("UTF-32LE");
            return finish(strictly(bytes, 4, c, "UTF-32LE", Source.BOM), "UTF-32LE", Source.BOM, 100, bytes, 4);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(strictly(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE", Source.BOM), "UTF-16BE",
                    Source.BOM, 100, bytes, 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(strictly(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE", Source.BOM), "UTF-16LE",
                    Source.BOM, 100, bytes, 2);
        }
        return null;
    }

    // ---- undeclared ----------------------------------------------------------------------------

    private Decoded undeclared(byte[] bytes, boolean html) {
        UnreadableContentException notUtf8;
        try {
            String text = strictly(bytes, 0, StandardCharsets.UTF_8, "UTF-8", Source.DEFAULT);
            checkNul(bytes);
            return finish(text, "UTF-8", Source.DEFAULT, 100, bytes, 0);
        } catch (UnreadableContentException e) {
            if (!e.type().equals(UnreadableContentException.INVALID_UTF8)) {
                throw e;
            }
            notUtf8 = e;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        CharsetMatch best = matches.length == 0 ? null : matches[0];
        if (best != null && best.getConfidence() >= minConfidence && bytes.length >= MIN_DETECTION_BYTES
                && !best.getName().startsWith("UTF-32")) {
            Charset charset = javaCharset(best.getName());
            if (charset != null) {
                String shown = shownName(best.getName());
                try {
                    int start = 0;
                    String text = strictly(bytes, start, charset, shown, Source.DETECTED);
                    return finish(text, shown, Source.DETECTED, best.getConfidence(), bytes, start);
                } catch (UnreadableContentException e) {
                    // the guess does not decode: fall through to the refusal
                }
            }
        }
        checkNul(bytes);
        throw new UnreadableContentException(UnreadableContentException.UNKNOWN_ENCODING,
                notUtf8.getMessage() + ", and no charset is declared; " + likely(matches)
                        + ". Declare the encoding: Content-Type: " + (html ? "text/html" : "text/plain")
                        + "; charset=" + suggestion(matches) + (html ? " (or <meta charset=\"" + suggestion(matches)
                        + "\"> in the page)" : "") + " (for a multipart file, in the part's Content-Type), "
                        + "or send UTF-8", notUtf8.byteOffset());
    }

    private static String likely(CharsetMatch[] matches) {
        if (matches.length == 0) {
            return "its encoding could not be guessed";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < matches.length && names.size() < 3; i++) {
            String n = shownName(matches[i].getName());
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return "it may be " + String.join(" or ", names) + " (confidence " + matches[0].getConfidence()
                + " of 100" + (matches[0].getConfidence() >= DEFAULT_MIN_CONFIDENCE
                        ? ", but " + MIN_DETECTION_BYTES + " bytes at least are needed to trust a guess)"
                        : ", too low to read it safely)");
    }

    private static String suggestion(CharsetMatch[] matches) {
        return matches.length == 0 ? "EUC-KR" : shownName(matches[0].getName());
    }

    /** The Java charset for an ICU charset name, or null when Java has none. */
    static Charset javaCharset(String icuName) {
        if (isKorean(icuName.toLowerCase(Locale.ROOT))) {
            return CP949;
        }
        String name = icuName.endsWith("-I") ? icuName.substring(0, icuName.length() - 2) : icuName;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shownName(String icuName) {
        return icuName.endsWith("-I") ? icuName.substring(0, icuName.length() - 2) : icuName;
    }

    // ---- shared --------------------------------------------------------------------------------

    private static Decoded finish(String text, String shown, Source source, int confidence, byte[] bytes, int start) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new UnreadableContentException(UnreadableContentException.BINARY,
                    "content is binary: NUL character at character " + nul + " (read as " + shown + ")", -1);
        }
        checkControlCharacters(text);
        return new Decoded(text, shown, source, confidence);
    }

    private static void checkNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableContentException(UnreadableContentException.BINARY,
                        "content is binary: NUL byte at offset " + i + " (UTF-16 text without a byte order mark also "
                                + "looks like this; declare it: Content-Type: text/plain; charset=UTF-16LE)", i);
            }
        }
    }

    private static String strictly(byte[] bytes, int start, Charset charset, String shown, Source source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - start) * Math.max(1, (int) Math.ceil(decoder.maxCharsPerByte())) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            boolean utf8 = charset.equals(StandardCharsets.UTF_8);
            String message = "content is not valid " + shown + ": " + describe(bytes, at, result.length())
                    + " at byte offset " + at;
            if (source != Source.DEFAULT && source != Source.DETECTED) {
                message += " (" + shown + " from the " + source.description() + ")";
                if (!utf8 && isValidUtf8(bytes)) {
                    message += "; the bytes are valid UTF-8, so the declaration is probably wrong: send "
                            + "Content-Type: …; charset=UTF-8, which wins over the page's own declaration";
                }
            }
            throw new UnreadableContentException(utf8 ? UnreadableContentException.INVALID_UTF8
                    : UnreadableContentException.INVALID_ENCODING, message, at);
        }
        out.flip();
        return out.toString();
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 without a byte order mark: big-endian when more zero bytes sit at even offsets. */
    private static boolean bigEndianByZeros(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return even > odd;
    }

    /** The {@code charset} parameter of a media type, unquoted, or null. */
    public static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String describe(byte[] bytes, int at, int length) {
        StringBuilder sb = new StringBuilder(length == 1 ? "byte" : "bytes");
        for (int k = at; k < Math.min(bytes.length, at + Math.max(1, length)); k++) {
            sb.append(String.format(" %02X", bytes[k] & 0xFF));
        }
        return sb.toString();
    }

    private static void checkControlCharacters(String text) {
        long codePoints = 0;
        long controls = 0;
        int firstControl = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isBinaryControl(cp)) {
                controls++;
                if (firstControl < 0) {
                    firstControl = (int) codePoints;
                }
            }
            codePoints++;
            i += Character.charCount(cp);
        }
        if (controls >= MIN_CONTROLS && controls * 100 > codePoints * MAX_CONTROL_SHARE_PERCENT) {
            throw new UnreadableContentException(UnreadableContentException.BINARY, String.format(
                    "content is binary: %d of %d characters are control characters (first at character %d)",
                    controls, codePoints, firstControl), -1);
        }
    }

    private static boolean isBinaryControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
            return false;
        }
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if ((bytes[k] & 0xFF) != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
