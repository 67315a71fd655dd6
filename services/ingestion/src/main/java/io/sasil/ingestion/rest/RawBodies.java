package io.sasil.ingestion.rest;

import io.sasil.common.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding of raw request bodies. */
final class RawBodies {

    private RawBodies() {
    }

    /** UTF-8, strictly: malformed bytes and NUL bytes are a 422, a BOM is dropped. */
    static String decodeUtf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw ProblemException.unprocessable("binary-content", "the body contains NUL bytes: it is not text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.unprocessable("invalid-utf8", "the body is not valid UTF-8: " + e.getMessage());
        }
    }
}
