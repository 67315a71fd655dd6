package io.sasil.ingestion.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.ingestion.service.BatchService;
import io.sasil.ingestion.text.ContentDecoder;
import io.sasil.ingestion.text.UnreadableContentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

    private static final long MAX_LINE = 2_000;
    private final JsonLinesReader reader = new JsonLinesReader(new ObjectMapper(), java.time.ZoneId.of("Asia/Seoul"),
            new ContentDecoder(60), MAX_LINE);

    @Test
    void linesAreNumberedAsAnEditorShowsThemAndBlankLinesAreSkipped() {
        String body = "{\"text\":\"첫 기사다.\"}\n\n   \r\n{\"text\":\"둘째 기사다.\",\"source\":\"예시일보\"}\r\n{oops}\n";
        List<BatchService.Item> items = reader.read(body);
        assertEquals(3, items.size());
        assertEquals(1, items.get(0).line());
        assertEquals("첫 기사다.", items.get(0).article().get().text());
        assertEquals(4, items.get(1).line());
        assertEquals("예시일보", items.get(1).article().get().source());
        assertEquals(5, items.get(2).line());
        assertNull(items.get(2).article());
        assertEquals(400, items.get(2).problem().status());
        assertTrue(items.get(2).problem().detail().contains("line 5"), items.get(2).problem().detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"미완성",
            "[1, 2, 3]",
            "\"그냥 문자열\"",
            "null",
            "{\"text\": \"기사\"} 꼬리",
            "{\"title\": {\"nested\": true}, \"text\": \"기사\"}",
    })
    void aLineThatIsNotAnArticleIsRefusedWithItsLineNumber(String line) {
        List<BatchService.Item> items = reader.read("{\"text\":\"정상 기사.\"}\n" + line);
        assertEquals(2, items.size());
        assertNotNull(items.get(0).article());
        assertNotNull(items.get(1).problem(), line);
        assertEquals(2, items.get(1).line());
        assertTrue(items.get(1).problem().detail().contains("line 2"), items.get(1).problem().detail());
    }

    @Test
    void aBadDateIsAProblemOfTheItemWhenItIsStored() {
        List<BatchService.Item> items = reader.read("{\"text\":\"기사.\",\"publishedAt\":\"어제\"}");
        assertEquals(1, items.size());
        assertNull(items.get(0).problem());
        try {
            items.get(0).article().get();
            throw new AssertionError("expected a problem");
        } catch (io.sasil.common.problem.ProblemException e) {
            assertEquals(400, e.status());
        }
    }

    @Test
    void manyLinesAreAllRead() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            body.append(i % 2 == 0 ? "{\"text\":\"기사 " + i + "번.\"}\n" : "((((((((((\n");
        }
        List<BatchService.Item> items = reader.read(body.toString());
        assertEquals(20_000, items.size());
    }

    @Test
    void theBodyIsReadLazilyOneLineAtATime() {
        // an endless body: each next() must read only as far as the line it returns
        InputStream endless = new InputStream() {
            private final byte[] line = "{\"text\":\"끝없이 이어지는 기사 본문이다.\"}\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return line[(int) (position++ % line.length)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, 1024);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
        JsonLinesReader.Lines lines = reader.open(endless, "application/x-ndjson");
        for (int i = 1; i <= 50_000; i++) {
            BatchService.Item item = lines.next();
            assertEquals(i, item.line());
            assertNull(item.problem());
        }
        long perLine = "{\"text\":\"끝없이 이어지는 기사 본문이다.\"}\n".getBytes(StandardCharsets.UTF_8).length;
        assertTrue(lines.bytesRead() <= 50_000 * perLine + 1024, "read " + lines.bytesRead());
    }

    @Test
    void aLineOverTheLimitIsRefusedAndTheNextIsRead() {
        String body = "{\"text\":\"" + "가".repeat(1_000) + "\"}\n{\"text\":\"짧은 기사.\"}";
        List<BatchService.Item> items = reader.read(body);
        assertEquals(2, items.size());
        assertEquals(413, items.get(0).problem().status());
        assertTrue(items.get(0).problem().detail().contains("line 1"), items.get(0).problem().detail());
        assertEquals("짧은 기사.", items.get(1).article().get().text());
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAloneAndABomIsSkipped() {
        byte[] good = "{\"text\":\"둘째 줄은 온전하다.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[3 + 4 + 1 + good.length];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        byte[] broken = {'{', (byte) 0xE0, (byte) 0x80, '}'};
        System.arraycopy(broken, 0, body, 3, 4);
        body[7] = '\n';
        System.arraycopy(good, 0, body, 8, good.length);
        List<BatchService.Item> items = new java.util.ArrayList<>();
        reader.open(new ByteArrayInputStream(body), "application/x-ndjson; charset=utf-8").forEachRemaining(items::add);
        assertEquals(2, items.size());
        assertEquals(422, items.get(0).problem().status());
        assertTrue(items.get(0).problem().type().endsWith("invalid-utf8"), items.get(0).problem().type());
        assertEquals("둘째 줄은 온전하다.", items.get(1).article().get().text());
    }

    @Test
    void utf16IsRefusedAsAWhole() {
        assertThrows(UnreadableContentException.class,
                () -> reader.open(InputStream.nullInputStream(), "application/x-ndjson; charset=UTF-16"));
        byte[] utf16 = "{\"text\":\"기사\"}".getBytes(StandardCharsets.UTF_16);
        assertThrows(UnreadableContentException.class,
                () -> reader.open(new ByteArrayInputStream(utf16), "application/x-ndjson").next());
    }

    @Test
    void aBrokenStreamSurfacesAsUncheckedIoException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(UncheckedIOException.class, () -> reader.open(failing, "application/x-ndjson").hasNext());
    }
}
