package io.sasil.ingestion.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.ingestion.service.BatchService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

    private final JsonLinesReader reader = new JsonLinesReader(new ObjectMapper(), java.time.ZoneId.of("Asia/Seoul"));

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
}
