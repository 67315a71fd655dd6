package io.sasil.claims.extract;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.classify.SentenceAssessment;
import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.claims.quantity.TemporalFocus;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Paragraph;
import io.sasil.common.text.Sentence;
import io.sasil.common.text.SentenceSplitter;
import io.sasil.common.text.Span;
import io.sasil.common.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claims of a text with their quantities: every sentence is assessed by {@link ClaimClassifier}
 * (in document order, so quotations and speakers carry over) and parsed by {@link QuantityParser}
 * against the reference time; the quantities of a sentence are those the parser finds inside it,
 * with the temporal focus (the narrative year, {@link TemporalFocus}) carried across the sentences
 * of a paragraph.
 *
 * <p>Two entry points:
 * <ul>
 *   <li>{@link #assess(String, List, OffsetDateTime)}: a stored text already split into sentences
 *       (ingestion's); offsets are those of the text;</li>
 *   <li>{@link #extract(String, OffsetDateTime)}: any text; it is normalised ({@link TextNormalizer})
 *       and split ({@link SentenceSplitter}), the analysis runs on the normalised text, and every span
 *       (sentences and quantities) is mapped back to the text as given, its {@code text} cut from it.</li>
 * </ul>
 * All offsets are Unicode code points, end exclusive. Thread-safe when the classifier is (it is).
 */
public final class ClaimExtractor {

    private final ClaimClassifier classifier;
    private final QuantityParser parser;

    public ClaimExtractor(ClaimClassifier classifier, QuantityParser parser) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Assesses the given sentences of {@code text}.
     *
     * @param text          the text
     * @param spans         {@code {start, end}} code point spans of its sentences, in order, inside the text
     * @param referenceTime the reference time of relative dates (the article's publication), or null
     * @return one result per span, in order
     * @throws IllegalArgumentException when a span lies outside the text
     */
    public List<ExtractedSentence> assess(String text, List<int[]> spans, OffsetDateTime referenceTime) {
        List<SentenceAssessment> assessments = classifier.assessAll(text, spans);
        List<ExtractedSentence> out = new ArrayList<>(assessments.size());
        TemporalFocus focus = new TemporalFocus();   // the narrative year, carried from sentence to sentence
        CodePoints.Index index = CodePoints.index(text);
        int previousEnd = 0;
        for (SentenceAssessment a : assessments) {
            if (newParagraphBetween(text, index, previousEnd, a.start())) {
                focus.newParagraph();
            }
            previousEnd = a.end();
            List<QuantityView> quantities = new ArrayList<>();
            for (Quantity q : parser.parse(a.text(), referenceTime, focus)) {
                quantities.add(QuantityViews.of(q, a.start()));
            }
            out.add(new ExtractedSentence(a, quantities));
        }
        return out;
    }

    /**
     * Normalises and splits {@code original}, assesses every sentence and maps the results back to
     * {@code original}'s code points.
     */
    public List<ExtractedSentence> extract(String original, OffsetDateTime referenceTime) {
        NormalizedText normalized = new TextNormalizer().normalize(original);
        String text = normalized.text();
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : new SentenceSplitter().split(text)) {
            for (Sentence s : p.sentences()) {
                spans.add(new int[] {s.start(), s.end()});
            }
        }
        List<ExtractedSentence> found = assess(text, spans, referenceTime);
        if (!normalized.changed()) {
            return found;
        }
        CodePoints.Index index = CodePoints.index(original);
        List<ExtractedSentence> out = new ArrayList<>(found.size());
        for (ExtractedSentence e : found) {
            SentenceAssessment a = e.assessment();
            Span span = normalized.toOriginal(new Span(a.start(), a.end()));
            SentenceAssessment mapped = new SentenceAssessment(span.start(), span.end(), cut(original, index, span),
                    a.claim(), a.type(), a.score(), a.reasons(), a.speaker(), a.hedge());
            List<QuantityView> quantities = new ArrayList<>(e.quantities().size());
            for (QuantityView q : e.quantities()) {
                Span qs = normalized.toOriginal(new Span(q.start(), q.end()));
                quantities.add(QuantityViews.at(q, qs.start(), qs.end(), cut(original, index, qs)));
            }
            out.add(new ExtractedSentence(mapped, quantities));
        }
        return out;
    }

    /**
     * Whether a line break lies between the code point offsets {@code from} and {@code to} of {@code text}
     * ({@code index} is the text's; with it the check reads only the gap, not the text from its start).
     */
    private static boolean newParagraphBetween(String text, CodePoints.Index index, int from, int to) {
        if (to <= from) {
            return false;
        }
        int b = index.toChar(to);
        for (int i = index.toChar(from); i < b; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    static String cut(String text, CodePoints.Index index, Span span) {
        return text.substring(index.toChar(span.start()), index.toChar(span.end()));
    }
}
