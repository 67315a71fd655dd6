package io.sasil.glossary.service;

import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.CodePoints;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.EntryLabel;
import io.sasil.glossary.model.GlossRecord;
import io.sasil.glossary.model.MentionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Analyses documents into glosses and mentions and keeps the term base. */
@ApplicationScoped
public class GlossaryService {

    private static final Pattern SIMPLE_GLOSS = Pattern.compile("([가-힣]{2,20})\\(([^()\\n]{1,80})\\)");

    /** Extracts without storing: the glosses of the text and the mentions of their terms. */
    public DocumentGlossaryView extract(String text) {
        List<GlossView> glosses = extractGlosses(text);
        Map<String, Long> labels = new LinkedHashMap<>();
        for (GlossView g : glosses) {
            labels.putIfAbsent(g.term(), null);
        }
        return new DocumentGlossaryView(0, glosses, findMentions(text, labels));
    }

    @Transactional
    public AnalysisSummary analyse(AnalysisRequest request) {
        forget(request.documentId());
        List<GlossView> glosses = extractGlosses(request.text());
        Map<String, Long> labels = new LinkedHashMap<>();
        for (GlossView g : glosses) {
            long entryId = labels.computeIfAbsent(g.term(), t -> entryFor(t, request.documentId()));
            GlossRecord record = new GlossRecord();
            record.documentId = request.documentId();
            record.term = g.term();
            record.gloss = g.gloss();
            record.kind = g.kind();
            record.termStart = g.termStart();
            record.termEnd = g.termEnd();
            record.glossStart = g.glossStart();
            record.glossEnd = g.glossEnd();
            record.entryId = entryId;
            record.persist();
        }
        List<MentionView> mentions = findMentions(request.text(), labels);
        for (MentionView m : mentions) {
            MentionRecord record = new MentionRecord();
            record.documentId = request.documentId();
            record.start = m.start();
            record.end = m.end();
            record.text = m.text();
            record.entryId = m.entryId();
            record.persist();
        }
        return new AnalysisSummary(request.documentId(), "glossary", glosses.size() + mentions.size());
    }

    private long entryFor(String term, long documentId) {
        String key = term.toLowerCase(Locale.ROOT).replace(" ", "");
        EntryLabel label = EntryLabel.find("key", key).firstResult();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (label != null) {
            Entry entry = Entry.findById(label.entryId);
            entry.frequency++;
            entry.updatedAt = now;
            return entry.id;
        }
        Entry entry = new Entry();
        entry.preferredLabel = term;
        entry.frequency = 1;
        entry.firstSeenAt = now;
        entry.firstDocumentId = documentId;
        entry.updatedAt = now;
        entry.persist();
        EntryLabel newLabel = new EntryLabel();
        newLabel.entryId = entry.id;
        newLabel.text = term;
        newLabel.key = key;
        newLabel.type = "KOREAN";
        newLabel.persist();
        return entry.id;
    }

    @Transactional
    public DocumentGlossaryView ofDocument(long documentId) {
        List<GlossView> glosses = GlossRecord.<GlossRecord>list("documentId = ?1 order by termStart, glossStart",
                documentId).stream()
                .map(g -> new GlossView(g.term, g.gloss, g.kind, g.termStart, g.termEnd, g.glossStart, g.glossEnd,
                        g.entryId))
                .toList();
        Map<Long, String> labels = new LinkedHashMap<>();
        List<MentionView> mentions = MentionRecord.<MentionRecord>list("documentId = ?1 order by start", documentId)
                .stream()
                .map(m -> new MentionView(m.start, m.end, m.text, m.entryId,
                        m.entryId == null ? null : labels.computeIfAbsent(m.entryId, this::preferredLabel)))
                .toList();
        return new DocumentGlossaryView(documentId, glosses, mentions);
    }

    private String preferredLabel(long entryId) {
        Entry entry = Entry.findById(entryId);
        return entry == null ? null : entry.preferredLabel;
    }

    @Transactional
    public void forget(long documentId) {
        GlossRecord.delete("documentId", documentId);
        MentionRecord.delete("documentId", documentId);
    }

    @Transactional
    public Entry entry(long id) {
        Entry entry = Entry.findById(id);
        if (entry == null) {
            throw ProblemException.notFound("entry", id);
        }
        return entry;
    }

    static List<GlossView> extractGlosses(String text) {
        List<GlossView> out = new ArrayList<>();
        Matcher m = SIMPLE_GLOSS.matcher(text);
        CodePoints.Index index = CodePoints.index(text);
        while (m.find()) {
            String gloss = m.group(2).trim();
            GlossKind kind = gloss.chars().anyMatch(c -> c >= 'A' && c <= 'z') ? GlossKind.ENGLISH
                    : gloss.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            ? GlossKind.HANJA : GlossKind.DEFINITION;
            out.add(new GlossView(m.group(1), gloss, kind, index.toCodePoint(m.start(1)),
                    index.toCodePoint(m.end(1)), index.toCodePoint(m.start(2)), index.toCodePoint(m.end(2)), null));
        }
        return out;
    }

    static List<MentionView> findMentions(String text, Map<String, Long> labels) {
        List<MentionView> out = new ArrayList<>();
        CodePoints.Index index = CodePoints.index(text);
        for (Map.Entry<String, Long> label : labels.entrySet()) {
            for (int i = text.indexOf(label.getKey()); i >= 0; i = text.indexOf(label.getKey(), i + 1)) {
                out.add(new MentionView(index.toCodePoint(i), index.toCodePoint(i + label.getKey().length()),
                        label.getKey(), label.getValue(), label.getKey()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(MentionView::start));
        return out;
    }
}
