package io.sasil.ingestion.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns request bytes into text, or refuses them with an {@link UnreadableContentException}.
 *
 * <ul>
 *   <li>A UTF-8 byte order mark ({@code EF BB BF}) at the start is removed.</li>
 *   <li>A UTF-16 or UTF-32 byte order mark is refused with a message naming the encoding: the
 *       service reads UTF-8 only.</li>
 *   <li>Bytes are decoded as UTF-8 strictly ({@link CodingErrorAction#REPORT}): a malformed or
 *       truncated sequence, an overlong form or an encoded surrogate is refused with the byte
 *       offset of the first bad byte. Nothing is replaced by U+FFFD.</li>
 *   <li>Binary content is refused: any NUL byte, or more than {@value #MAX_CONTROL_SHARE_PERCENT}%
 *       of the code points being control characters other than TAB, LF, CR and FF (C0 controls,
 *       DEL, C1 controls U+0080–U+009F), once there are at least {@value #MIN_CONTROLS} of them.
 *       Text with a stray control character or two is let through.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ContentDecoder {

    /** Share of control characters, in percent of all code points, above which content is binary. */
    public static final int MAX_CONTROL_SHARE_PERCENT = 1;
    /** Fewer control characters than this never make content binary (besides NUL). */
    public static final int MIN_CONTROLS = 3;

    /** Decodes {@code bytes} as UTF-8 text; see the class comment for what is refused. */
    public String decode(byte[] bytes) {
        if (bytes == null) {
            throw new UnreadableContentException("no content", -1);
        }
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new UnreadableContentException("content is UTF-32 (byte order mark at the start); send UTF-8", 0);
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new UnreadableContentException("content is UTF-16 (byte order mark at the start); send UTF-8", 0);
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableContentException("content is binary: NUL byte at offset " + i
                        + " (UTF-16 text without a byte order mark also looks like this; send UTF-8)", i);
            }
        }
        String text = decodeStrictly(bytes, start);
        checkControlCharacters(text);
        return text;
    }

    private static String decodeStrictly(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableContentException("content is not valid UTF-8: " + describe(bytes, at, result.length())
                    + " at byte offset " + at, at);
        }
        out.flip();
        return out.toString();
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
            throw new UnreadableContentException(String.format(
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

    private static boolean startsWith(byte[] bytes, int... prefix) {
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
