package io.sasil.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@code ./sasil ingest} that need no running service: files, batches, progress, options. */
class IngestCliTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedInNameOrderAndOnlyArticlesAndJsonLinesAreTaken() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/둘.txt"), "둘째 기사다.");
        Files.writeString(dir.resolve("a.md"), "# 첫째\n본문이다.");
        Files.writeString(dir.resolve("c.html"), "<p>셋째</p>");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"넷째 기사다.\"}\n");
        Files.writeString(dir.resolve("notes.pdf"), "%PDF");
        List<Path> files = Batches.collect(List.of(dir));
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b/둘.txt"), dir.resolve("c.html"), dir.resolve("feed.jsonl")),
                files);
        assertThrows(IOException.class, () -> Batches.collect(List.of(dir.resolve("notes.pdf"))));
        assertThrows(IOException.class, () -> Batches.collect(List.of(dir.resolve("missing"))));
    }

    @Test
    void jsonLinesFilesAreBatchesOfTheirOwnAndArticleFilesAreGrouped() throws IOException {
        Path[] articles = new Path[Batches.MAX_FILES + 1];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = Files.writeString(dir.resolve(String.format("%03d.txt", i)), "기사 " + i + "번이다.");
        }
        Path lines = Files.writeString(dir.resolve("feed.ndjson"), "{\"text\":\"가\"}\n{\"text\":\"나\"}\n");
        List<Path> files = new java.util.ArrayList<>(List.of(articles));
        files.add(1, lines);
        List<Batches.Batch> batches = Batches.plan(files);
        assertEquals(3, batches.size());
        assertTrue(batches.get(0).jsonLines());
        assertEquals(Batches.MAX_FILES, batches.get(1).files().size());
        assertEquals(List.of(articles[Batches.MAX_FILES]), batches.get(2).files());
        assertEquals("application/x-ndjson", batches.get(0).body().contentType());
    }

    @Test
    void aMultipartBodyCarriesEveryFileWithItsNameAndType() throws IOException {
        Path txt = Files.writeString(dir.resolve("기사.txt"), "수출이 12% 늘었다.");
        Path html = Files.writeString(dir.resolve("page.html"), "<p>환율이 올랐다.</p>");
        Batches.Body body = new Batches.Batch(false, List.of(txt, html)).body();
        assertTrue(body.contentType().startsWith("multipart/form-data; boundary="));
        String text = new String(body.bytes(), StandardCharsets.UTF_8);
        String boundary = body.contentType().substring(body.contentType().indexOf('=') + 1);
        assertTrue(text.contains("filename=\"기사.txt\"\r\nContent-Type: text/plain\r\n\r\n수출이 12% 늘었다.\r\n"), text);
        assertTrue(text.contains("filename=\"page.html\"\r\nContent-Type: text/html\r\n\r\n<p>환율이 올랐다.</p>\r\n"), text);
        assertTrue(text.endsWith("--" + boundary + "--\r\n"));
    }

    @Test
    void theProgressLineCountsRateAndTimeLeft() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> views = List.of(
                mapper.readTree("{\"documents\":20,\"analysed\":8,\"failed\":2,\"rejected\":1,\"pending\":10,\"done\":false}"),
                mapper.readTree("{\"documents\":10,\"analysed\":10,\"failed\":0,\"pending\":0,\"done\":true}"));
        Progress.Counts counts = Progress.Counts.of(views);
        assertEquals(new Progress.Counts(30, 0, 18, 2, 1, 10, false), counts);
        Progress progress = new Progress(0);
        String line = progress.line(counts, Duration.ofSeconds(10).toNanos());
        assertEquals("[################--------] 20/30 received: 18 analysed, 2 failed, 1 refused  2.0 docs/s, about 5 s left",
                line);
        Progress.Counts done = new Progress.Counts(30, 0, 28, 2, 0, 0, true);
        assertTrue(progress.line(done, Duration.ofSeconds(12).toNanos()).endsWith("done in 12.0 s"));
        assertEquals("2 min 5 s", Progress.duration(125));
        assertEquals("1 h 1 min", Progress.duration(3665));
    }

    @Test
    void optionsDefaultToTheLocalSuiteAndDeriveTheReportUrl() {
        IngestCommand.Options local = IngestCommand.Options.parse("docs/samples");
        assertEquals("http://localhost:8081", local.url());
        assertEquals("http://localhost:8084", local.reportUrl());
        assertFalse(local.json());
        IngestCommand.Options remote = IngestCommand.Options.parse("--url", "https://sasil.example.org/", "--json",
                "--token", "abc", "--timeout", "PT5M", "a.txt", "b");
        assertEquals("https://sasil.example.org", remote.url());
        assertEquals("https://sasil.example.org", remote.reportUrl());
        assertEquals("abc", remote.token());
        assertEquals(Duration.ofMinutes(5), remote.timeout());
        assertEquals(List.of(Path.of("a.txt"), Path.of("b")), remote.paths());
        assertThrows(IllegalArgumentException.class, () -> IngestCommand.Options.parse("--json"));
        assertThrows(IllegalArgumentException.class, () -> IngestCommand.Options.parse("--frobnicate", "a.txt"));
    }
}
