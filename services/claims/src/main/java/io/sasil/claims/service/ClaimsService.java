package io.sasil.claims.service;

import io.sasil.claims.client.GlossaryClient;
import io.sasil.claims.extract.ExtractedSentence;
import io.sasil.claims.extract.TextQuantities;
import io.sasil.claims.facts.FactReader;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.Hangul;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The use cases of the claims service: analyse and store a document (ingestion's sentences, the
 * glossary's mentions as subjects), read and forget it, and the stateless extraction and parsing.
 */
@ApplicationScoped
public class ClaimsService {

    /** Most subjects kept per claim (the stored list must fit its column). */
    static final int MAX_SUBJECTS = 200;

    private final GlossaryClient glossary;
    private final ExtractorProvider extractors;
    private final ClaimStore store;
    private final TextQuantities quantities = new TextQuantities(new QuantityParser());
    private final FactReader facts = new FactReader();

    public ClaimsService(GlossaryClient glossary, ExtractorProvider extractors, ClaimStore store) {
        this.glossary = glossary;
        this.extractors = extractors;
        this.store = store;
    }

    /**
     * Analyses a document and replaces what was stored for it: every sentence of the request is
     * assessed in order (a text with no Hangul syllable is not Korean: it has no claims); the claims are stored with their quantities (against {@code publishedAt}),
     * their subjects (the glossary entries mentioned inside them) and their facts ({@link FactReader}).
     *
     * @throws ProblemException 400 when a sentence lies outside the text, 503 when the glossary cannot be read
     */
    public AnalysisSummary analyse(AnalysisRequest request) {
        List<int[]> spans = spans(request.text(), request.sentences());
        if (request.text().codePoints().noneMatch(Hangul::isSyllable)) {
            store.replace(request.documentId(), request.publishedAt(), List.of());   // not Korean: no claims
            return new AnalysisSummary(request.documentId(), "claims", 0);
        }
        List<MentionView> mentions = mentions(request.documentId());
        List<ExtractedSentence> found = extractors.extractor().assess(request.text(), spans, request.publishedAt());
        List<ClaimView> claims = new ArrayList<>();
        for (ExtractedSentence e : found) {
            if (e.claim()) {
                List<Long> subjects = subjectsOf(e.assessment().start(), e.assessment().end(), mentions);
                claims.add(e.toView(null, subjects).withFacts(facts.read(e.assessment().text(),
                        e.assessment().start(), e.quantities(), mentions, subjects)));
            }
        }
        store.replace(request.documentId(), request.publishedAt(), claims);
        return new AnalysisSummary(request.documentId(), "claims", claims.size());
    }

    /**
     * The code point spans of the request's sentences, checked against the text: each lies inside
     * it, they come in order without overlapping, and there are no more of them than the text has
     * code points (a caller cannot make one document cost more work than its text holds).
     */
    static List<int[]> spans(String text, List<SentenceRef> sentences) {
        int length = text.codePointCount(0, text.length());
        if (sentences.size() > Math.max(length, 1)) {
            throw ProblemException.invalidField("sentences", sentences.size() + " sentences for a text of " + length
                    + " code points");
        }
        List<int[]> spans = new ArrayList<>(sentences.size());
        int k = 0;
        int previousEnd = 0;
        for (SentenceRef s : sentences) {
            if (s == null || s.start() < 0 || s.end() < s.start() || s.end() > length) {
                throw ProblemException.invalidField("sentences[" + k + "]", s == null ? "must not be null"
                        : "span [" + s.start() + ", " + s.end() + ") lies outside the text (" + length + " code points)");
            }
            if (s.start() < previousEnd) {
                throw ProblemException.invalidField("sentences[" + k + "]", "span [" + s.start() + ", " + s.end()
                        + ") overlaps the sentence before it (which ends at " + previousEnd + ")");
            }
            previousEnd = s.end();
            spans.add(new int[] {s.start(), s.end()});
            k++;
        }
        return spans;
    }

    private List<MentionView> mentions(long documentId) {
        try {
            DocumentGlossaryView view = glossary.ofDocument(documentId);
            return view == null || view.mentions() == null ? List.of() : view.mentions();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            throw ProblemException.unavailable("glossary", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The glossary entries mentioned inside {@code [start, end)}, in order of first mention. */
    static List<Long> subjectsOf(int start, int end, List<MentionView> mentions) {
        Set<Long> out = new LinkedHashSet<>();
        for (MentionView m : mentions) {
            if (m.entryId() != null && m.start() >= start && m.end() <= end && out.size() < MAX_SUBJECTS) {
                out.add(m.entryId());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The stored claims of a document. Claims stored before facts were read get them now, with the glossary's
     * mentions when the glossary answers (else from quoted names only); nothing is written: a reanalysis stores them.
     */
    public DocumentClaimsView ofDocument(long documentId) {
        List<ClaimView> claims = store.ofDocument(documentId);
        if (!claims.isEmpty() && store.factsMissing(documentId)) {
            List<MentionView> mentions;
            try {
                mentions = mentions(documentId);
            } catch (ProblemException e) {
                mentions = List.of();
            }
            List<ClaimView> read = new ArrayList<>(claims.size());
            for (ClaimView c : claims) {
                read.add(c.withFacts(facts.read(c.text(), c.start(), c.quantities(), mentions, c.subjects())));
            }
            claims = read;
        }
        return new DocumentClaimsView(documentId, claims);
    }

    public void forget(long documentId) {
        store.forget(documentId);
    }

    /**
     * The claims of a text (normalised and split here; offsets into the text as given); with
     * {@code all}, every sentence with its score. A text with no Hangul is not Korean: no sentences.
     */
    public List<ClaimView> extract(String text, OffsetDateTime publishedAt, boolean all) {
        if (text.codePoints().noneMatch(Hangul::isSyllable)) {
            return List.of();
        }
        List<ClaimView> out = new ArrayList<>();
        for (ExtractedSentence e : extractors.extractor().extract(text, publishedAt)) {
            if (all || e.claim()) {
                ClaimView c = e.toView(null, List.of());
                out.add(c.withFacts(facts.read(c.text(), c.start(), c.quantities(), List.of(), List.of())));
            }
        }
        return out;
    }

    /** The quantities of a text (normalised here; offsets into the text as given). */
    public List<QuantityView> quantities(String text, OffsetDateTime referenceTime) {
        return quantities.parse(text, referenceTime);
    }
}
