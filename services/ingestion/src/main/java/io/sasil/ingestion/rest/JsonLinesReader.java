package io.sasil.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sasil.common.problem.JsonProcessingExceptionMapper;
import io.sasil.common.problem.Problem;
import io.sasil.ingestion.service.BatchService;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines body (one {@link ArticleRequest} object per line) into batch items.
 *
 * <ul>
 *   <li>Lines end at LF; a CR before the LF is dropped. Lines are numbered from 1, blank lines
 *       included, so a reported line number is the one an editor shows.</li>
 *   <li>Blank lines (white space only) are skipped: they are not items.</li>
 *   <li>Each other line is parsed alone; a line that is not a JSON object of the article's
 *       fields (and nothing after it) becomes a refused item whose problem ({@code malformed-json}, 400) names the line
 *       and the column within it. It never stops the reading of the lines after it.</li>
 * </ul>
 * Linear in the length of the body.
 */
final class JsonLinesReader {

    private final ObjectReader reader;

    private final java.time.ZoneId zone;

    JsonLinesReader(ObjectMapper mapper, java.time.ZoneId zone) {
        this.zone = zone;
        // a line holds one value: "{…} tail" is malformed, not an article followed by noise
        this.reader = mapper.readerFor(ArticleRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    List<BatchService.Item> read(String body) {
        List<BatchService.Item> items = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        int n = body.length();
        while (start <= n) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lineNo++;
            int stop = end > start && body.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = body.substring(start, stop);
            if (!line.isBlank()) {
                items.add(parse(line, lineNo));
            }
            start = end + 1;
        }
        return items;
    }

    private BatchService.Item parse(String line, int lineNo) {
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
