package io.sasil.ingestion.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.sasil.common.contract.DocumentChange;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sasil.common.contract.ArticleMetadata;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.text.CutText;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.SentenceRef;
import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Span;
import io.sasil.ingestion.model.Document;
import io.sasil.ingestion.model.DocumentTombstone;
import io.sasil.ingestion.model.ForgetCall;
import io.sasil.ingestion.model.IdempotencyKey;
import io.sasil.ingestion.model.Sentence;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Storing, reading and deleting documents. */
@ApplicationScoped
public class DocumentService {

    private final TextPreparer preparer;

    public DocumentService(TextPreparer preparer) {
        this.preparer = preparer;
    }

    /**
     * What {@link #ingest} did.
     *
     * @param document the stored document (new or existing)
     * @param created  true when this call stored it, false when the same content (or the same
     *                 idempotency key) was already there
     * @param sentences the sentences just stored (a new document), or null
     */
    public record Ingested(Document document, boolean created, List<SentenceRef> sentences) {

        Ingested(Document document, boolean created) {
            this(document, created, null);
        }

        /** The view of the document as stored: from memory for a new one, else read again. */
        public DocumentView view(DocumentService service) {
            return sentences != null ? toView(document, sentences) : service.view(document.id);
        }
    }

    /**
     * Stores an article unless its normalised content is already stored.
     *
     * @param idempotencyKey the client's {@code Idempotency-Key}, or null
     * @param requestHash    a hash of the request body, to refuse a reused key with another body
     */
    public Ingested ingest(ArticleInput input, String idempotencyKey, String requestHash, Long batchId) {
        InputLimits.check(input, idempotencyKey);
        PreparedText prepared = preparer.prepare(input);
        try {
            return QuarkusTransaction.requiringNew().call(
                    () -> store(input, prepared, idempotencyKey, requestHash, batchId));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another request stored the same content (or key) between our read and our insert:
            // a second look finds it
            return QuarkusTransaction.requiringNew().call(
                    () -> store(input, prepared, idempotencyKey, requestHash, batchId));
        }
    }

    /** Whether {@code e} is a unique-key violation (SQL state class 23) anywhere in its causes. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Ingested store(ArticleInput input, PreparedText prepared, String idempotencyKey, String requestHash,
            Long batchId) {
        if (idempotencyKey != null) {
            IdempotencyKey known = IdempotencyKey.findById(idempotencyKey);
            if (known != null) {
                if (!known.requestHash.equals(requestHash)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                            "the Idempotency-Key '" + idempotencyKey + "' was used for another request body");
                }
                Document document = Document.findById(known.documentId);
                if (document != null) {
                    return new Ingested(document, false);
                }
            }
        }
        Optional<Document> existing = Document.findByContentHash(prepared.contentHash());
        Document document;
        boolean created;
        if (existing.isPresent()) {
            document = existing.get();
            created = false;
        } else {
            document = newDocument(input, prepared, batchId);
            created = true;
        }
        if (idempotencyKey != null) {
            IdempotencyKey key = new IdempotencyKey();
            key.key = idempotencyKey;
            key.requestHash = requestHash;
            key.documentId = document.id;
            key.createdAt = now();
            key.persist();
        }
        Document.flush();
        return new Ingested(document, created, created ? prepared.sentences() : null);
    }

    private static Document newDocument(ArticleInput input, PreparedText prepared, Long batchId) {
        OffsetDateTime now = now();
        Document document = new Document();
        document.title = prepared.title();
        document.url = prepared.url();
        document.source = prepared.source();
        document.publishedAt = prepared.publishedAt();
        document.metadata = writeMetadata(prepared.metadata());
        document.language = prepared.language();
        document.status = DocumentStatus.RECEIVED;
        document.attempts = 0;
        document.contentHash = prepared.contentHash();
        document.originalText = prepared.original();
        document.text = prepared.text();
        document.createdAt = now;
        document.updatedAt = now;
        document.nextAttemptAt = now;
        document.batchId = batchId;
        document.persist();
        insertSentences(document.id, prepared.sentences());
        return document;
    }

    /**
     * Inserts the sentences of a new document as one JDBC batch: the {@code sentence} ids are
     * identity columns, with which Hibernate cannot batch inserts, and an article has dozens.
     */
    private static void insertSentences(long documentId, List<SentenceRef> sentences) {
        Document.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement(
                    "insert into sentence (document_id, idx, paragraph, start_offset, end_offset) values (?, ?, ?, ?, ?)")) {
                for (SentenceRef ref : sentences) {
                    insert.setLong(1, documentId);
                    insert.setInt(2, ref.index());
                    insert.setInt(3, ref.paragraph());
                    insert.setInt(4, ref.start());
                    insert.setInt(5, ref.end());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Transactional
    public Document get(long id) {
        Document document = Document.findById(id);
        if (document == null) {
            throw ProblemException.notFound("document", id);
        }
        return document;
    }

    private static final ObjectMapper METADATA = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    static String writeMetadata(ArticleMetadata metadata) {
        try {
            return metadata == null ? null : METADATA.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored metadata of a document; null when none was stored (documents of before V10). */
    static ArticleMetadata metadataOf(Document document) {
        if (document.metadata == null || document.metadata.isBlank()) {
            return null;
        }
        try {
            return METADATA.readValue(document.metadata, ArticleMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata of document " + document.id + " is not readable", e);
        }
    }

    /** The sentences of a document with their text cut from the stored text. */
    public static List<SentenceRef> sentencesOf(Document document) {
        CodePoints.Index index = CodePoints.index(document.text);
        List<SentenceRef> out = new ArrayList<>();
        for (Sentence s : Sentence.ofDocument(document.id)) {
            out.add(new SentenceRef(s.index, s.paragraph, s.start, s.end,
                    document.text.substring(index.toChar(s.start), index.toChar(s.end))));
        }
        return out;
    }

    /** Which text the offsets of a reading refer to. */
    public enum Offsets {
        /** The stored, normalised text (the default; every other service uses these). */
        NORMALIZED,
        /** The text as received (after HTML extraction), before normalisation. */
        ORIGINAL
    }

    /**
     * The sentences of a document with offsets and text in the chosen text. Original offsets are
     * found by normalising the stored original again ({@link NormalizedText#toOriginal(Span)}):
     * characters the normaliser dropped at a sentence's edges stay outside it.
     *
     * @throws ProblemException 409 when normalising the original no longer gives the stored text
     *                          (the normaliser changed since the document was stored; reprocess it)
     */
    @Transactional
    public List<SentenceRef> sentences(long id, Offsets offsets) {
        Document document = get(id);
        List<SentenceRef> sentences = sentencesOf(document);
        if (offsets != Offsets.ORIGINAL) {
            return sentences;
        }
        CutText cut = cutOf(document);
        NormalizedText map = offsetMap(document, cut);
        CodePoints.Index index = CodePoints.index(document.originalText);
        List<SentenceRef> out = new ArrayList<>(sentences.size());
        for (SentenceRef s : sentences) {
            Span kept = map.toOriginal(new Span(s.start(), s.end()));
            int start = cut.toOriginal(kept.start());
            Span span = new Span(start, kept.end() > kept.start() ? cut.toOriginalEnd(kept.end()) : start);
            out.add(new SentenceRef(s.index(), s.paragraph(), span.start(), span.end(),
                    document.originalText.substring(index.toChar(span.start()), index.toChar(span.end()))));
        }
        return out;
    }

    /** The paragraphs of a document, spanning their sentences, offsets in the chosen text. */
    @Transactional
    public List<ParagraphRef> paragraphs(long id, Offsets offsets) {
        Document document = get(id);
        List<SentenceRef> sentences = sentences(id, offsets);
        String text = offsets == Offsets.ORIGINAL ? document.originalText : document.text;
        CodePoints.Index index = CodePoints.index(text);
        List<ParagraphRef> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            SentenceRef first = sentences.get(i);
            int j = i;
            while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == first.paragraph()) {
                j++;
            }
            SentenceRef last = sentences.get(j);
            out.add(new ParagraphRef(first.paragraph(), first.start(), last.end(), first.index(), j - i + 1,
                    text.substring(index.toChar(first.start()), index.toChar(last.end()))));
            i = j + 1;
        }
        return out;
    }

    /** The stored original with the credits that were cut from it when it was stored. */
    static CutText cutOf(Document document) {
        ArticleMetadata metadata = metadataOf(document);
        List<int[]> spans = new ArrayList<>();
        if (metadata != null && metadata.credits() != null) {
            for (ArticleMetadata.Credit c : metadata.credits()) {
                spans.add(new int[] {c.start(), c.end()});
            }
        }
        return new CutText(document.originalText, spans);
    }

    private NormalizedText offsetMap(Document document, CutText cut) {
        NormalizedText map = preparer.renormalize(cut.kept());
        if (!map.text().equals(document.text)) {
            throw new ProblemException(409, "offset-map-unavailable", "Offset map unavailable",
                    "normalising the stored original of document " + document.id
                            + " no longer gives its stored text; reprocess or re-ingest it");
        }
        return map;
    }

    @Transactional
    public DocumentView view(long id) {
        Document document = get(id);
        return toView(document, true);
    }

    /** The full view of a document whose sentences are at hand. */
    static DocumentView toView(Document d, List<SentenceRef> sentences) {
        return new DocumentView(d.id, d.title, d.url, d.source, d.publishedAt, d.language, d.status, d.attempts,
                d.failureReason, d.contentHash, d.createdAt, d.text, sentences, metadataOf(d));
    }

    public static DocumentView toView(Document d, boolean full) {
        return new DocumentView(d.id, d.title, d.url, d.source, d.publishedAt, d.language, d.status, d.attempts,
                d.failureReason, d.contentHash, d.createdAt, full ? d.text : null, full ? sentencesOf(d) : null,
                metadataOf(d));
    }

    /** Filters of the document listing; any may be null. */
    public record Filter(String source, DocumentStatus status, OffsetDateTime publishedFrom,
            OffsetDateTime publishedTo, String titleContains, Long batchId, Long afterId) {
    }

    @Transactional
    public io.sasil.common.contract.Page<DocumentView> list(Filter filter, int page, int size) {
        Parameters params = new Parameters();
        String query = "1 = 1" + conditions(filter, params);
        // by id; with a source and a status (how a run's progress is polled) in the order of the (source, status, id)
        // index, the two fixed columns first, so that H2 reads the page from the index instead of reading and
        // sorting every document of the source in that status
        Sort order = filter.source() != null && filter.status() != null ? Sort.by("source").and("status").and("id")
                : Sort.by("id");
        var q = Document.find(query, order, params);
        long total = q.count();
        List<DocumentView> items = q.page(Page.of(page, size)).<Document>list().stream()
                .map(d -> toView(d, false)).toList();
        return new io.sasil.common.contract.Page<>(items, page, size, total);
    }

    /** The filter's conditions, each {@code " and …"} (none when every field is null), with their parameters. */
    private static String conditions(Filter filter, Parameters params) {
        StringBuilder query = new StringBuilder();
        if (filter.source() != null) {
            query.append(" and source = :source");
            params.and("source", filter.source());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.publishedFrom() != null) {
            query.append(" and publishedAt >= :from");
            params.and("from", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            query.append(" and publishedAt < :to");
            params.and("to", filter.publishedTo());
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            query.append(" and lower(title) like :title");
            params.and("title", "%" + filter.titleContains().toLowerCase().replace("%", "") + "%");
        }
        if (filter.batchId() != null) {
            query.append(" and batchId = :batch");
            params.and("batch", filter.batchId());
        }
        if (filter.afterId() != null) {
            query.append(" and id > :after");
            params.and("after", filter.afterId());
        }
        return query.toString();
    }

    /**
     * Puts a document back at the start of its analysis. Its lease is cleared: a worker still
     * running on it loses the lease at its next transition and stops without writing.
     */
    @Transactional
    public Document reprocess(long id) {
        Document document = get(id);
        document.status = DocumentStatus.RECEIVED;
        document.attempts = 0;
        document.failureReason = null;
        document.nextAttemptAt = now();
        document.leaseOwner = null;
        document.leaseUntil = null;
        document.updatedAt = now();
        return document;
    }

    /**
     * Puts every document matching the filter back at the start of its analysis (the driver's
     * sweeps take them in id order); the status filter defaults to FAILED. Returns how many.
     */
    @Transactional
    public int reprocessAll(Filter filter) {
        Filter selected = filter.status() != null ? filter : new Filter(filter.source(), DocumentStatus.FAILED,
                filter.publishedFrom(), filter.publishedTo(), filter.titleContains(), filter.batchId(), filter.afterId());
        Parameters params = Parameters.with("now", now()).and("received", DocumentStatus.RECEIVED);
        String query = "status = :received, attempts = 0, failureReason = null, nextAttemptAt = :now, "
                + "leaseOwner = null, leaseUntil = null, updatedAt = :now where 1 = 1" + conditions(selected, params);
        return Document.update(query, params);
    }

    /**
     * Deletes a document with its sentences and idempotency keys, and in the same transaction
     * leaves a tombstone and one outbox row per analysing service, so that glossary and claims are
     * told to forget it however long they are away ({@link ForgetOutbox}). A worker still analysing
     * it finds no row at its next transition and stops.
     */
    @Transactional
    public void delete(long id) {
        Document document = get(id);
        OffsetDateTime now = now();
        Sentence.delete("documentId", id);
        IdempotencyKey.delete("documentId", id);
        document.delete();
        DocumentTombstone tombstone = new DocumentTombstone();
        tombstone.documentId = id;
        tombstone.deletedAt = now;
        tombstone.persist();
        for (String service : List.of("glossary", "claims")) {
            ForgetCall call = new ForgetCall();
            call.documentId = id;
            call.service = service;
            call.createdAt = now;
            call.nextAttemptAt = now;
            call.persist();
        }
    }

    /**
     * The change feed: documents whose status changed, and documents deleted, after the cursor
     * ({@code since}, {@code afterId}) in ({@code updatedAt}, id) order, up to {@code size}. Only
     * changes older than {@code settle} are served: a transaction that stamped an earlier time but
     * commits later would otherwise be passed over by a follower that already moved beyond it.
     */
    @Transactional
    public List<DocumentChange> changes(OffsetDateTime since, long afterId, int size, java.time.Duration settle) {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        OffsetDateTime until = now().minus(settle);
        List<DocumentChange> out = new ArrayList<>();
        for (Object[] row : Document.getEntityManager().createQuery(
                "select d.id, d.status, d.updatedAt from Document d where (d.updatedAt > :t or (d.updatedAt = :t and d.id > :id)) "
                        + "and d.updatedAt < :until order by d.updatedAt, d.id", Object[].class)
                .setParameter("t", from).setParameter("id", afterId).setParameter("until", until)
                .setMaxResults(size).getResultList()) {
            out.add(new DocumentChange((Long) row[0], (DocumentStatus) row[1], (OffsetDateTime) row[2], false));
        }
        for (DocumentTombstone t : DocumentTombstone.<DocumentTombstone>find(
                "(deletedAt > ?1 or (deletedAt = ?1 and documentId > ?2)) and deletedAt < ?3 order by deletedAt, documentId",
                from, afterId, until).page(0, size).list()) {
            out.add(new DocumentChange(t.documentId, null, t.deletedAt, true));
        }
        out.sort(java.util.Comparator.comparing((DocumentChange c) -> c.updatedAt().toInstant())
                .thenComparingLong(DocumentChange::id));
        return out.size() > size ? List.copyOf(out.subList(0, size)) : out;
    }

    /** Now, to the microsecond: what the database keeps, so that change-feed cursors compare exactly. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
