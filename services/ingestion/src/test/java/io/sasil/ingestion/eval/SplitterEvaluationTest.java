package io.sasil.ingestion.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.Span;
import io.sasil.common.text.TextNormalizer;

/** The scoring of {@link SplitterEvaluation} on a small article written for this test. */
class SplitterEvaluationTest {

    @Test
    void scoresSpansAndBoundariesAndListsDisagreements() {
        String article = "가상 제목\r\n정부는 “예산을 늘린다. 올해부터다.”라고 밝혔다. 😀 야당은 반\u200B대했다.";
        // gold: the title, the quoted sentence split inside the quote (as an annotator might), the last sentence
        List<Span> gold = List.of(new Span(0, 5), new Span(7, 20), new Span(21, 35), new Span(36, 48));
        NormalizedText normalized = new TextNormalizer().normalize(article);
        List<Span> predicted = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().sentences(normalized.text())) {
            predicted.add(normalized.toOriginal(s.span()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SplitterEvaluation.report(article, normalized, gold, predicted, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("gold: 4 sentences; they tile the article: yes"), out);
        assertTrue(out.contains("normalisation changed the text (46 code points after)"), out);
        assertTrue(out.contains("predicted: 3 sentences"), out);
        assertTrue(out.contains("exact sentence spans: precision 0.667 (2/3), recall 0.500 (2/4), F1 0.571"), out);
        assertTrue(out.contains("sentence boundaries (ends): precision 1.000 (3/3), recall 0.750 (3/4), F1 0.857"), out);
        assertTrue(out.contains("missed gold    [7, 20) 정부는 “예산을 늘린다."), out);
        assertTrue(out.contains("missed gold    [21, 35) 올해부터다.”라고 밝혔다."), out);
        assertTrue(out.contains("not in gold    [7, 35) 정부는 “예산을 늘린다. 올해부터다.”라고 밝혔다."), out);
        assertTrue(!out.contains("[36, 48)"), "the last sentence matches across the dropped zero-width space");
    }
}
