package io.sasil.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.client.GlossaryClient;
import io.sasil.claims.model.ClaimRecord;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.contract.SentenceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Finds, stores and serves the claims of documents. */
@ApplicationScoped
public class ClaimsService {

    private static final TypeReference<List<QuantityView>> QUANTITIES = new TypeReference<>() {
    };

    private final GlossaryClient glossary;
    private final ObjectMapper mapper;

    public ClaimsService(GlossaryClient glossary, ObjectMapper mapper) {
        this.glossary = glossary;
        this.mapper = mapper;
    }

    /** Assesses every sentence; claims only, unless {@code all}. */
    public List<ClaimView> assess(List<SentenceRef> sentences, boolean all) {
        return sentences.stream()
                .map(s -> {
                    boolean numeric = s.text().codePoints().anyMatch(Character::isDigit);
                    return new ClaimView(null, s.start(), s.end(), s.text(), numeric,
                            numeric ? ClaimType.QUANTITY : null, numeric ? 0.6 : 0.1,
                            numeric ? List.of("number") : List.of(), List.of(), null, null, List.of());
                })
                .filter(c -> all || c.claim())
                .toList();
    }

    @Transactional
    public AnalysisSummary analyse(AnalysisRequest request) {
        DocumentGlossaryView entities = glossary.ofDocument(request.documentId());
        ClaimRecord.delete("documentId", request.documentId());
        List<ClaimView> claims = assess(request.sentences(), false);
        for (ClaimView c : claims) {
            ClaimRecord record = new ClaimRecord();
            record.documentId = request.documentId();
            record.start = c.start();
            record.end = c.end();
            record.text = c.text();
            record.type = c.type();
            record.score = c.score();
            record.reasons = String.join("\n", c.reasons());
            record.speaker = c.speaker();
            record.hedge = c.hedge();
            record.quantities = json(c.quantities());
            record.subjects = subjectsOf(c, entities.mentions());
            record.publishedAt = request.publishedAt();
            record.persist();
        }
        return new AnalysisSummary(request.documentId(), "claims", claims.size());
    }

    static String subjectsOf(ClaimView claim, List<MentionView> mentions) {
        return String.join(",", mentions.stream()
                .filter(m -> m.entryId() != null && m.start() >= claim.start() && m.end() <= claim.end())
                .map(m -> m.entryId().toString()).distinct().toList());
    }

    @Transactional
    public DocumentClaimsView ofDocument(long documentId) {
        return new DocumentClaimsView(documentId,
                ClaimRecord.<ClaimRecord>list("documentId = ?1 order by start", documentId).stream()
                        .map(this::toView).toList());
    }

    @Transactional
    public void forget(long documentId) {
        ClaimRecord.delete("documentId", documentId);
    }

    ClaimView toView(ClaimRecord r) {
        List<String> reasons = r.reasons == null || r.reasons.isEmpty() ? List.of()
                : Arrays.asList(r.reasons.split("\n"));
        List<Long> subjects = r.subjects == null || r.subjects.isEmpty() ? List.of()
                : Arrays.stream(r.subjects.split(",")).map(Long::valueOf).toList();
        return new ClaimView(r.id, r.start, r.end, r.text, true, r.type, r.score, reasons, quantities(r.quantities),
                r.speaker, r.hedge, subjects);
    }

    private String json(List<QuantityView> quantities) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNullElse(quantities, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<QuantityView> quantities(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, QUANTITIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
