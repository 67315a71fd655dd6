package io.sasil.glossary.service;

import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.text.Span;
import io.sasil.glossary.config.GlossaryConfig;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.GlossRecord;
import io.sasil.glossary.model.MentionRecord;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.MentionSelection;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analyses texts and documents into glosses and mentions: the {@link GlossExtractor} finds the glosses, the persistent
 * term base ({@link TermBaseStore}) takes their pairs, and mentions are found with the term base's automaton plus a
 * small automaton of the text's own glosses ({@link MentionSelection}).
 */
@ApplicationScoped
public class GlossaryService {

    private final GlossExtractor extractor = GlossExtractor.create();
    private final TermBaseStore store;
    private final EntityManager em;
    private final GlossaryConfig config;
    private final DocumentGuard guard;

    public GlossaryService(TermBaseStore store, EntityManager em, GlossaryConfig config, DocumentGuard guard) {
        this.store = store;
        this.em = em;
        this.config = config;
        this.guard = guard;
    }

    @PreDestroy
    void close() {
        extractor.close();
    }

    /** Extracts without storing: the text's glosses, and mentions against the stored term base plus these glosses. */
    @Transactional
    public DocumentGlossaryView extract(String text) {
        TextGuard.check("text", text, config.maxTextLength());
        List<Gloss> glosses = extractor.extract(text);
        TermBase base = store.read();
        MentionMatcher stored = store.matcher(base);
        Map<String, Long> local = new LinkedHashMap<>();
        Map<Long, String> localLabels = new HashMap<>();
        long next = -1;
        for (Gloss g : glosses) {
            Long id = local.get(g.term());
            if (id == null) {
                id = next--;
                local.put(g.term(), id);
                localLabels.put(id, g.term());
            }
            if (g.kind() != GlossKind.DEFINITION) {
                local.putIfAbsent(g.gloss(), id);
            }
        }
        List<MentionMatcher.Mention> found = MentionSelection.select(stored.find(text),
                local.isEmpty() ? List.of() : MentionMatcher.of(local).find(text));
        List<MentionView> mentions = new ArrayList<>(found.size());
        for (MentionMatcher.Mention m : found) {
            if (m.entryId() < 0) {
                mentions.add(new MentionView(m.start(), m.end(), m.text(), null, localLabels.get(m.entryId())));
            } else {
                Long id = base.resolve(m.entryId());
                if (id != null) {
                    mentions.add(new MentionView(m.start(), m.end(), m.text(), id,
                            base.get(id).map(TermEntry::preferredLabel).orElse(null)));
                }
            }
        }
        List<GlossView> views = glosses.stream().map(g -> view(g, null)).toList();
        return new DocumentGlossaryView(0, views, mentions);
    }

    /**
     * Analyses a stored document: what it contributed before is forgotten (its evidence in the term base, its
     * glosses and mentions), then its glosses are added to the term base (with their merges) and its glosses and
     * mentions stored. Analysing the same text twice leaves the same state. The document's guard row is
     * locked first ({@link DocumentGuard}): two analyses of one document run one after the other, and a document
     * forgotten (deleted in ingestion) is refused with 410.
     */
    @Transactional
    public AnalysisSummary analyse(AnalysisRequest request) {
        TextGuard.check("text", request.text(), config.maxTextLength());
        long documentId = request.documentId();
        guard.lockForAnalysis(documentId);
        String doc = String.valueOf(documentId);
        String text = request.text();
        List<Gloss> glosses = extractor.extract(text);
        Set<Long> recount = new TreeSet<>(mentionedEntries(documentId));
        TermBaseStore.Change<long[]> change = store.write(base -> {
            base.forgetDocument(doc);
            long[] ids = new long[glosses.size()];
            for (int i = 0; i < glosses.size(); i++) {
                Gloss g = glosses.get(i);
                ids[i] = base.addPair(g.term(), g.gloss(), g.kind(),
                        new Evidence(doc, g.term(), new Span(g.termStart(), g.termEnd()),
                                new Span(g.glossStart(), g.glossEnd())));
            }
            return ids;
        });
        TermBase base = change.base();
        long[] ids = change.result();
        GlossRecord.delete("documentId", documentId);
        MentionRecord.delete("documentId", documentId);
        Map<String, Long> local = new LinkedHashMap<>();
        for (int i = 0; i < glosses.size(); i++) {
            Gloss g = glosses.get(i);
            Long entryId = base.resolve(ids[i]);
            GlossRecord record = new GlossRecord();
            record.documentId = documentId;
            record.term = g.term();
            record.gloss = g.gloss();
            record.kind = g.kind();
            record.termStart = g.termStart();
            record.termEnd = g.termEnd();
            record.glossStart = g.glossStart();
            record.glossEnd = g.glossEnd();
            record.entryId = entryId;
            record.persist();
            if (entryId != null) {
                local.putIfAbsent(g.term(), entryId);
                if (g.kind() != GlossKind.DEFINITION) {
                    local.putIfAbsent(g.gloss(), entryId);
                }
            }
        }
        List<MentionMatcher.Mention> found = MentionSelection.select(store.matcher(base).find(text),
                local.isEmpty() ? List.of() : MentionMatcher.of(local).find(text));
        int stored = 0;
        for (MentionMatcher.Mention m : found) {
            Long entryId = base.resolve(m.entryId());
            if (entryId == null) {
                continue;
            }
            MentionRecord record = new MentionRecord();
            record.documentId = documentId;
            record.start = m.start();
            record.end = m.end();
            record.text = m.text();
            record.entryId = entryId;
            record.persist();
            recount.add(entryId);
            stored++;
        }
        recount.addAll(change.touched());
        recount(recount);
        return new AnalysisSummary(documentId, "glossary", glosses.size() + stored);
    }

    /** The glosses and mentions stored for a document (empty when never analysed). */
    @Transactional
    public DocumentGlossaryView ofDocument(long documentId) {
        List<GlossView> glosses = GlossRecord.<GlossRecord>list("documentId = ?1 order by termStart, glossStart",
                documentId).stream()
                .map(g -> new GlossView(g.term, g.gloss, g.kind, g.termStart, g.termEnd, g.glossStart, g.glossEnd,
                        g.entryId))
                .toList();
        Map<Long, String> labels = new HashMap<>();
        List<MentionView> mentions = MentionRecord.<MentionRecord>list("documentId = ?1 order by start", documentId)
                .stream()
                .map(m -> new MentionView(m.start, m.end, m.text, m.entryId,
                        m.entryId == null ? null : labels.computeIfAbsent(m.entryId, this::preferredLabel)))
                .toList();
        return new DocumentGlossaryView(documentId, glosses, mentions);
    }

    /**
     * Forgets a document: its glosses, mentions and its evidence in the term base (its entries stay), and leaves a
     * tombstone so that a late analysis of it is refused.
     */
    @Transactional
    public void forget(long documentId) {
        guard.forget(documentId);
        Set<Long> recount = new TreeSet<>(mentionedEntries(documentId));
        TermBaseStore.Change<Set<Long>> change = store.write(base -> base.forgetDocument(String.valueOf(documentId)));
        GlossRecord.delete("documentId", documentId);
        MentionRecord.delete("documentId", documentId);
        recount.addAll(change.touched());
        recount(recount);
    }

    /**
     * Recomputes {@code entry.frequency} (stored mentions) and {@code entry.document_count} (documents mentioning
     * it) for the given entries.
     */
    void recount(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        em.flush();
        List<Long> ids = new ArrayList<>(entryIds);
        for (int from = 0; from < ids.size(); from += 500) {
            em.createNativeQuery("update entry set frequency = (select count(*) from mention m where m.entry_id = entry.id),"
                    + " document_count = (select count(distinct m.document_id) from mention m where m.entry_id = entry.id)"
                    + " where id in (:ids)").setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .executeUpdate();
        }
    }

    private List<Long> mentionedEntries(long documentId) {
        return em.createQuery("select distinct m.entryId from MentionRecord m where m.documentId = ?1 and m.entryId is not null",
                Long.class).setParameter(1, documentId).getResultList();
    }

    private String preferredLabel(long entryId) {
        Entry entry = Entry.findById(entryId);
        return entry == null ? null : entry.preferredLabel;
    }

    private static GlossView view(Gloss g, Long entryId) {
        return new GlossView(g.term(), g.gloss(), g.kind(), g.termStart(), g.termEnd(), g.glossStart(), g.glossEnd(),
                entryId);
    }
}
