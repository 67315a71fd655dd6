package io.sasil.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sasil.common.problem.JsonProcessingExceptionMapper;
import io.sasil.common.problem.Problem;
import io.sasil.ingestion.service.BatchService;
import io.sasil.ingestion.text.ContentDecoder;
import io.sasil.ingestion.text.UnreadableContentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a JSON Lines body (one {@link ArticleRequest} object per line) into batch items, one line at a
 * time as it arrives: a batch of any size is read with memory for one line.
 *
 * <ul>
 *   <li>Lines end at LF; a CR before the LF is dropped. Lines are numbered from 1, blank lines
 *       included, so a reported line number is the one an editor shows.</li>
 *   <li>Blank lines (white space only) are skipped: they are not items.</li>
 *   <li>Each line is decoded alone, by the {@link ContentDecoder} rules (a declared charset, else UTF-8, else a
 *       confident detection). Splitting at the LF byte is safe for UTF-8 and the ASCII-compatible encodings the
 *       decoder reads; a body in UTF-16 or UTF-32 (by BOM or declaration) is refused as a whole.</li>
 *   <li>Each other line is parsed alone; a line that is not a JSON object of the article's fields (and nothing
 *       after it), cannot be decoded, or is longer than the single-article limit becomes a refused item whose
 *       problem names the line. It never stops the reading of the lines after it (a line over the limit is
 *       skipped without being kept).</li>
 * </ul>
 * Linear in the length of the body.
 */
final class JsonLinesReader {

    private final ObjectReader reader;
    private final ZoneId zone;
    private final ContentDecoder decoder;
    private final long maxLineBytes;

    JsonLinesReader(ObjectMapper mapper, ZoneId zone, ContentDecoder decoder, long maxLineBytes) {
        this.zone = zone;
        this.decoder = decoder;
        this.maxLineBytes = maxLineBytes;
        // a line holds one value: "{…} tail" is malformed, not an article followed by noise
        this.reader = mapper.readerFor(ArticleRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** All items of a body held in memory (tests, small bodies). */
    List<BatchService.Item> read(String body) {
        List<BatchService.Item> items = new ArrayList<>();
        open(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "application/x-ndjson; charset=utf-8")
                .forEachRemaining(items::add);
        return items;
    }

    /**
     * The items of a body, read lazily from {@code in}. {@link Lines#next()} throws {@link UncheckedIOException}
     * when the stream fails (the client went away); {@link Lines#bytesRead()} counts the body read so far.
     *
     * @throws UnreadableContentException for a body in UTF-16 or UTF-32
     */
    Lines open(InputStream in, String contentType) {
        String declared = ContentDecoder.charsetParameter(contentType);
        if (declared != null && declared.strip().toLowerCase(java.util.Locale.ROOT).matches("utf-?(16|32).*")) {
            throw new UnreadableContentException(UnreadableContentException.UNSUPPORTED_CHARSET,
                    "JSON Lines are read line by line in UTF-8 (or an ASCII-compatible charset); " + declared
                            + " is not one", -1);
        }
        return new Lines(in, contentType);
    }

    /** The items of one body, in order. */
    final class Lines implements BatchService.Source {

        private final InputStream in;
        private final String contentType;
        private final byte[] buffer = new byte[64 * 1024];
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private int position;
        private int limit;
        private boolean eof;
        private long bytesRead;
        private int lineNo;
        private BatchService.Item next;
        private Runnable beforeWaiting = () -> { };

        Lines(InputStream in, String contentType) {
            this.in = in;
            this.contentType = contentType;
        }

        @Override
        public void beforeWaiting(Runnable action) {
            this.beforeWaiting = action;
        }

        /** Bytes of the body read so far. */
        long bytesRead() {
            return bytesRead;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!readLine()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public BatchService.Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchService.Item item = next;
            next = null;
            return item;
        }

        /** Reads one line into {@link #next} (null for a blank line); false at the end of the body. */
        private boolean readLine() {
            if (eof && position >= limit) {
                return false;
            }
            line.reset();
            boolean tooLong = false;
            long lineBytes = 0;
            boolean ended = false;
            while (!ended) {
                if (position >= limit && !fill()) {
                    break;
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int length = position - start;
                lineBytes += length;
                if (lineBytes > maxLineBytes) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buffer, start, length);
                }
                if (position < limit) {
                    position++; // the LF
                    ended = true;
                }
            }
            if (!ended && lineBytes == 0) {
                return false; // nothing after the last LF
            }
            lineNo++;
            if (tooLong) {
                next = BatchService.Item.refused(lineNo, null, new Problem(Problem.TYPE_BASE + "too-large",
                        "Content too large", 413, "line " + lineNo + " has " + lineBytes
                                + " bytes; one article is at most " + maxLineBytes + " bytes", null, null));
                return true;
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                n--;
            }
            int from = lineNo == 1 && n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            if (lineNo == 1 && n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                    || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
                throw new UnreadableContentException(UnreadableContentException.UNSUPPORTED_CHARSET,
                        "the body starts with a UTF-16 or UTF-32 byte order mark; JSON Lines are read in UTF-8", 0);
            }
            if (isBlank(bytes, from, n)) {
                next = null;
                return true;
            }
            String text;
            try {
                text = decoder.decode(java.util.Arrays.copyOfRange(bytes, from, n), contentType, false).text();
            } catch (UnreadableContentException e) {
                next = BatchService.Item.refused(lineNo, null, withLine(UnreadableContentExceptionMapper.toProblem(e)));
                return true;
            }
            next = parse(text, lineNo);
            return true;
        }

        private Problem withLine(Problem problem) {
            return new Problem(problem.type(), problem.title(), problem.status(),
                    "line " + lineNo + ": " + problem.detail(), problem.instance(), problem.errors());
        }

        private boolean fill() {
            if (eof) {
                return false;
            }
            try {
                if (in.available() <= 0) {
                    beforeWaiting.run(); // the next read may wait for the client
                }
                int read = in.read(buffer);
                if (read < 0) {
                    eof = true;
                    position = limit = 0;
                    return false;
                }
                position = 0;
                limit = read;
                bytesRead += read;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private BatchService.Item parse(String line, int lineNo) {
        if (line.isBlank()) {
            return null;
        }
        ArticleRequest request;
        try {
            request = reader.readValue(line);
        } catch (JsonProcessingException e) {
            return BatchService.Item.refused(lineNo, null, JsonProcessingExceptionMapper.toProblem(e, lineNo));
        }
        if (request == null) {
            return BatchService.Item.refused(lineNo, null, new Problem(Problem.TYPE_BASE + "malformed-json",
                    "Malformed JSON", 400, "line " + lineNo + ": null is not an article object", null, null));
        }
        return BatchService.Item.ok(lineNo, null, () -> request.toInput(zone));
    }
}
