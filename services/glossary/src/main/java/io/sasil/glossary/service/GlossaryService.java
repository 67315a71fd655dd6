package io.sasil.glossary.service;

import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.persistence.DocumentGuard;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.Span;
import io.sasil.glossary.config.GlossaryConfig;
import io.sasil.glossary.extract.Gloss;
import io.sasil.glossary.extract.GlossExtractor;
import io.sasil.glossary.model.GlossRecord;
import io.sasil.glossary.model.MentionRecord;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.MentionSelection;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

    /** Extracts without storing: the text's glosses, and mentions against the stored term base plus these glosses. */
    @Transactional
    public DocumentGlossaryView extract(String text) {
        TextGuard.check("text", text, config.maxTextLength());
        List<Gloss> glosses = extractor.extract(text);
        TermBase base = store.read();
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
        List<MentionMatcher.Mention> found = MentionSelection.select(store.mentions(base, text),
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
     *
     * <p>Extraction and mention finding run outside any transaction; the term base change commits in a short
     * transaction of its own ({@link TermBaseStore#write}); the glosses, mentions and the entries' mention counters
     * follow in a second one (the caller's, when there is one). Should this one fail, the document's
     * evidence is in the term base without its glosses until it is analysed again (which its driver does), and
     * analysing again replaces it. What a document writes depends on the document only: its evidence rows, the
     * counters of its entries updated in place ({@link #count}), labels only when new.
     */
    public AnalysisSummary analyse(AnalysisRequest request) {
        TextGuard.check("text", request.text(), config.maxTextLength());
        long documentId = request.documentId();
        // a forgotten (deleted) document is refused before any work; the lock is taken again below
        QuarkusTransaction.joiningExisting().run(() -> guard.lockForAnalysis(documentId));
        String doc = String.valueOf(documentId);
        String text = request.text();
        List<Gloss> glosses = extractor.extract(text);
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
        }, base -> !glosses.stream().allMatch(g -> base.knowsPair(g.term(), g.gloss(), g.kind())));
        TermBase base = change.base();
        long[] ids = change.result();
        Long[] entryIds = new Long[glosses.size()];
        Map<String, Long> local = new LinkedHashMap<>();
        for (int i = 0; i < glosses.size(); i++) {
            Gloss g = glosses.get(i);
            Long entryId = committed(base.resolve(ids[i]));
            entryIds[i] = entryId;
            if (entryId != null) {
                local.putIfAbsent(g.term(), entryId);
                if (g.kind() != GlossKind.DEFINITION) {
                    local.putIfAbsent(g.gloss(), entryId);
                }
            }
        }
        List<MentionMatcher.Mention> found = MentionSelection.select(store.mentions(base, text),
                local.isEmpty() ? List.of() : MentionMatcher.of(local).find(text));
        List<MentionMatcher.Mention> kept = new ArrayList<>(found.size());
        List<Long> keptIds = new ArrayList<>(found.size());
        for (MentionMatcher.Mention m : found) {
            Long entryId = committed(base.resolve(m.entryId()));
            if (entryId != null) {
                kept.add(m);
                keptIds.add(entryId);
            }
        }
        try {
            return store(documentId, glosses, entryIds, kept, keptIds, change);
        } catch (ProblemException e) {
            if (e.status() == 410) {
                // forgotten while this analysis ran: take back the evidence it added to the term base
                forget(documentId);
            }
            throw e;
        }
    }

    /**
     * Stores the glosses and mentions of one analysis in one transaction that first locks the document's guard row
     * (a forget of the document waits for it, or it sees the forget's tombstone and is refused with 410).
     */
    private AnalysisSummary store(long documentId, List<Gloss> glosses, Long[] entryIds,
            List<MentionMatcher.Mention> kept, List<Long> keptIds, TermBaseStore.Change<long[]> change) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            guard.lockForAnalysis(documentId);
            Map<Long, Integer> before = mentionCounts(documentId);
            GlossRecord.delete("documentId", documentId);
            MentionRecord.delete("documentId", documentId);
            Map<Long, Integer> after = new HashMap<>();
            for (Long entryId : keptIds) {
                after.merge(entryId, 1, Integer::sum);
            }
            em.flush();
            em.unwrap(org.hibernate.Session.class).doWork(c -> insert(c, documentId, glosses, entryIds, kept, keptIds));
            count(before, after, change);
            return new AnalysisSummary(documentId, "glossary", glosses.size() + kept.size());
        });
    }

    /**
     * Inserts a document's glosses and mentions as two JDBC batches: their ids are identity columns, with which
     * Hibernate inserts row by row, and an article has dozens of mentions.
     */
    private static void insert(java.sql.Connection connection, long documentId, List<Gloss> glosses, Long[] entryIds,
            List<MentionMatcher.Mention> kept, List<Long> keptIds) throws java.sql.SQLException {
        if (!glosses.isEmpty()) {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into gloss (document_id, term,"
                    + " gloss, kind, term_start, term_end, gloss_start, gloss_end, entry_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < glosses.size(); i++) {
                    Gloss g = glosses.get(i);
                    insert.setLong(1, documentId);
                    insert.setString(2, g.term());
                    insert.setString(3, g.gloss());
                    insert.setString(4, g.kind().name());
                    insert.setInt(5, g.termStart());
                    insert.setInt(6, g.termEnd());
                    insert.setInt(7, g.glossStart());
                    insert.setInt(8, g.glossEnd());
                    entry(insert, 9, entryIds[i]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!kept.isEmpty()) {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into mention (document_id,"
                    + " start_offset, end_offset, text, entry_id) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < kept.size(); i++) {
                    MentionMatcher.Mention m = kept.get(i);
                    insert.setLong(1, documentId);
                    insert.setInt(2, m.start());
                    insert.setInt(3, m.end());
                    insert.setString(4, m.text());
                    entry(insert, 5, keptIds.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static void entry(java.sql.PreparedStatement statement, int index, Long entryId)
            throws java.sql.SQLException {
        if (entryId == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, entryId);
        }
    }

    /** The entry id when its entry is committed (another thread's change may have just created it), else null. */
    private Long committed(Long entryId) {
        return entryId != null && store.isCommitted(entryId) ? entryId : null;
    }

    /**
     * The glosses and mentions stored for a document (empty when never analysed). Read as two projections, the
     * mentions joined to their entries' preferred labels: claims and reporting ask for every analysed document, and
     * loading managed entities, then the labels by a list of ids, cost a sixth of glossary's CPU in the pipeline
     * benchmark.
     */
    @Transactional
    public DocumentGlossaryView ofDocument(long documentId) {
        List<GlossView> glosses = em.createQuery("select new io.sasil.common.contract.GlossView(g.term, g.gloss, g.kind,"
                        + " g.termStart, g.termEnd, g.glossStart, g.glossEnd, g.entryId) from GlossRecord g"
                        + " where g.documentId = ?1 order by g.termStart, g.glossStart, g.id", GlossView.class)
                .setParameter(1, documentId).getResultList();
        List<MentionView> mentions = em.createQuery("select new io.sasil.common.contract.MentionView(m.start, m.end,"
                        + " m.text, m.entryId, e.preferredLabel) from MentionRecord m left join Entry e on e.id = m.entryId"
                        + " where m.documentId = ?1 order by m.start, m.id", MentionView.class)
                .setParameter(1, documentId).getResultList();
        return new DocumentGlossaryView(documentId, List.copyOf(glosses), List.copyOf(mentions));
    }

    /**
     * Forgets a document: its glosses, mentions and its evidence in the term base (its entries stay), and leaves a
     * tombstone so that a late analysis of it is refused.
     */
    @Transactional
    public void forget(long documentId) {
        guard.forget(documentId);
        Map<Long, Integer> before = mentionCounts(documentId);
        TermBaseStore.Change<Set<Long>> change = store.write(base -> base.forgetDocument(String.valueOf(documentId)));
        GlossRecord.delete("documentId", documentId);
        MentionRecord.delete("documentId", documentId);
        count(before, Map.of(), change);
    }

    /**
     * Recomputes {@code entry.frequency} (stored mentions) and {@code entry.document_count} (documents mentioning
     * it) for the given entries, by query over their mentions: for the rare changes that move mentions between
     * entries (merges, splits, edits), not for an analysis ({@link #count}).
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

    /**
     * Moves the mention counters of the entries a document mentioned before and mentions now by the difference
     * ({@code frequency} by the change in mentions, {@code document_count} by one when the document starts or stops
     * mentioning the entry), in place and in entry id order, as the last statements of the transaction so that an
     * entry's row is held only until the commit. Entries a merge touched are recounted by query instead (their
     * mentions moved).
     */
    private void count(Map<Long, Integer> before, Map<Long, Integer> after, TermBaseStore.Change<?> change) {
        TermBase base = change.base();
        Set<Long> recount = new TreeSet<>();
        for (long gone : change.gone()) {
            Long survivor = base.resolve(gone);
            if (survivor != null) {
                recount.add(survivor);
            }
        }
        Map<Long, Integer> was = new HashMap<>();
        before.forEach((id, n) -> {
            Long now = base.resolve(id);
            if (now != null) {
                was.merge(now, n, Integer::sum);
            }
        });
        Set<Long> ids = new TreeSet<>(was.keySet());
        ids.addAll(after.keySet());
        ids.removeAll(recount);
        em.flush();
        List<long[]> moves = new ArrayList<>();
        for (long id : ids) {
            int b = was.getOrDefault(id, 0);
            int a = after.getOrDefault(id, 0);
            int documents = (a > 0 ? 1 : 0) - (b > 0 ? 1 : 0);
            if (a != b || documents != 0) {
                moves.add(new long[] {a - b, documents, id});
            }
        }
        if (!moves.isEmpty()) {
            // one JDBC batch, in entry id order
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (java.sql.PreparedStatement update = connection.prepareStatement("update entry set"
                        + " frequency = frequency + ?, document_count = document_count + ? where id = ?")) {
                    for (long[] move : moves) {
                        update.setLong(1, move[0]);
                        update.setLong(2, move[1]);
                        update.setLong(3, move[2]);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        }
        recount(recount);
    }

    /** Per entry, the mentions stored for a document. */
    private Map<Long, Integer> mentionCounts(long documentId) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] r : em.createQuery("select m.entryId, count(m) from MentionRecord m where m.documentId = ?1"
                + " and m.entryId is not null group by m.entryId", Object[].class).setParameter(1, documentId)
                .getResultList()) {
            out.put((Long) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    private static GlossView view(Gloss g, Long entryId) {
        return new GlossView(g.term(), g.gloss(), g.kind(), g.termStart(), g.termEnd(), g.glossStart(), g.glossEnd(),
                entryId);
    }
}
