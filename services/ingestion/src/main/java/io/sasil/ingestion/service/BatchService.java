package io.sasil.ingestion.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.Page;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.ingestion.model.Batch;
import io.sasil.ingestion.model.BatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Stores the articles of a batch one by one: each item is stored (or refused) in its own
 * transaction, so one bad item never costs the others. The batch and one row per item are kept;
 * progress is counted from the items' documents.
 */
@ApplicationScoped
public class BatchService {

    private static final Logger LOG = Logger.getLogger(BatchService.class);
    /**
     * Item rows are written in groups of this many, or after this long, or before the source waits for the
     * client, whichever comes first.
     */
    private static final int FLUSH_EVERY = 200;
    private static final long FLUSH_AFTER_NANOS = 2_000_000_000L;
    /** A batch still receiving whose items were last stored longer ago than this is shown as interrupted. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final int MAX_REFUSALS_KEPT = 100;

    private final DocumentService documents;
    private final AnalysisDriver driver;

    public BatchService(DocumentService documents, AnalysisDriver driver) {
        this.documents = documents;
        this.driver = driver;
    }

    /**
     * One article of a batch request, or the reason it could not be read.
     *
     * @param line     line of the JSON Lines body (from 1), or null
     * @param file     file name, or null
     * @param article  the article, or null when reading it failed
     * @param problem  why it could not be read, or null
     */
    public record Item(Integer line, String file, Supplier<ArticleInput> article, Problem problem) {

        public static Item ok(Integer line, String file, Supplier<ArticleInput> article) {
            return new Item(line, file, article, null);
        }

        public static Item refused(Integer line, String file, Problem problem) {
            return new Item(line, file, null, problem);
        }
    }

    /**
     * The items of a request as they arrive. Before it waits for more of the client's body, a source runs the
     * action given to {@link #beforeWaiting}: what was stored so far is written then, so the batch's progress is
     * accurate whatever the pace of the body.
     */
    public interface Source extends Iterator<Item> {

        void beforeWaiting(Runnable action);

        /** Items that are all at hand. */
        static Source of(List<Item> items) {
            Iterator<Item> it = items.iterator();
            return new Source() {
                @Override
                public void beforeWaiting(Runnable action) {
                    // never waits
                }

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Item next() {
                    return it.next();
                }
            };
        }
    }

    /**
     * What storing a batch came to.
     *
     * @param view     the batch with its first counts
     * @param readable items that could be read as articles (stored, duplicates, or refused only when stored)
     * @param refusals the first refused items that could not be read, for a request where none could
     */
    public record Stored(BatchView view, int readable, List<Item> refusals) {
    }

    /**
     * Stores the items of a new batch as they come: each in its own transaction, the item rows in groups, the
     * batch's count of items with them, so that {@link #view} shows the progress while the items are still being
     * read. Reading stops after {@code maxItems} items with a 413 whose detail names the batch and what it kept
     * ({@link Batch.State#TRUNCATED}); a failure of the source itself (the client went away) marks the batch
     * {@link Batch.State#INTERRUPTED} and is rethrown; a failure before any item was read deletes the batch.
     */
    public Stored create(String format, Source items, int maxItems) {
        long batchId = QuarkusTransaction.requiringNew().call(() -> {
            Batch batch = new Batch();
            batch.format = format;
            batch.items = 0;
            batch.state = Batch.State.RECEIVING;
            batch.createdAt = DocumentService.now();
            batch.updatedAt = batch.createdAt;
            batch.persist();
            return batch.id;
        });
        List<BatchItem> rows = new ArrayList<>();
        List<Item> refusals = new ArrayList<>();
        int[] count = new int[1];
        items.beforeWaiting(() -> {
            if (!rows.isEmpty()) {
                persist(batchId, rows, count[0], Batch.State.RECEIVING);
            }
        });
        int itemNo = 0;
        int readable = 0;
        long lastFlush = System.nanoTime();
        try {
            while (items.hasNext()) {
                Item item = items.next();
                if (itemNo == maxItems) {
                    throw new ProblemException(413, "too-large", "Content too large",
                            "the batch has more than " + maxItems + " articles; the limit is " + maxItems);
                }
                itemNo++;
                count[0] = itemNo;
                if (item.problem() == null) {
                    readable++;
                } else if (refusals.size() < MAX_REFUSALS_KEPT) {
                    refusals.add(item);
                }
                rows.add(store(batchId, itemNo, item));
                if (rows.size() >= FLUSH_EVERY || System.nanoTime() - lastFlush > FLUSH_AFTER_NANOS) {
                    persist(batchId, rows, itemNo, Batch.State.RECEIVING);
                    lastFlush = System.nanoTime();
                }
            }
        } catch (ProblemException e) {
            if (itemNo == 0) {
                discard(batchId);
                throw e;
            }
            persist(batchId, rows, itemNo, Batch.State.TRUNCATED);
            throw new ProblemException(e.status(), "too-large", e.problem().title(), e.problem().detail()
                    + "; reading stopped there: the first " + itemNo + " articles were kept as batch " + batchId
                    + " (/api/batches/" + batchId + ")");
        } catch (RuntimeException e) {
            if (itemNo == 0) {
                discard(batchId);
                throw e;
            }
            LOG.warnf("batch %d: the body ended after %d items (%s); the batch is kept as interrupted", batchId,
                    itemNo, e.toString());
            persist(batchId, rows, itemNo, Batch.State.INTERRUPTED);
            if (e instanceof java.io.UncheckedIOException) { // the client went away or stopped sending: not our fault
                throw new ProblemException(400, "incomplete-body", "Request body ended early",
                        "the request body could not be read to its end (" + e.getCause().getMessage() + "); the first "
                                + itemNo + " articles were kept as batch " + batchId + " (/api/batches/" + batchId
                                + ")");
            }
            throw e;
        }
        persist(batchId, rows, itemNo, Batch.State.COMPLETE);
        return new Stored(view(batchId), readable, refusals);
    }

    /** Deletes a batch whose request was refused as a whole (nothing of it was stored as a document). */
    public void discard(long batchId) {
        QuarkusTransaction.requiringNew().run(() -> {
            BatchItem.delete("batchId", batchId);
            Batch.deleteById(batchId);
        });
    }

    private BatchItem store(long batchId, int itemNo, Item item) {
        BatchItem row = new BatchItem();
        row.batchId = batchId;
        row.itemNo = itemNo;
        row.lineNo = item.line();
        row.fileName = item.file();
        Problem problem = item.problem();
        if (problem == null) {
            try {
                DocumentService.Ingested ingested = documents.ingest(item.article().get(), null, null, batchId);
                row.documentId = ingested.document().id;
                row.outcome = ingested.created() ? BatchItem.Outcome.CREATED : BatchItem.Outcome.DUPLICATE;
                if (ingested.created()) {
                    driver.kick(row.documentId);
                }
            } catch (ProblemException e) {
                problem = e.problem();
            } catch (RuntimeException e) {
                LOG.errorf(e, "batch %d item %d: unexpected failure", batchId, itemNo);
                problem = new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                        "the server failed to store this item; see its log", null, null);
            }
        }
        if (problem != null) {
            row.outcome = BatchItem.Outcome.REJECTED;
            row.problemStatus = problem.status();
            row.problemType = problem.type();
            row.problemDetail = cut(problem.detail());
        }
        return row;
    }

    /** Writes the item rows gathered so far and the batch's count and state, in one transaction. */
    private static void persist(long batchId, List<BatchItem> rows, int items, Batch.State state) {
        List<BatchItem> copy = List.copyOf(rows);
        rows.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!copy.isEmpty()) {
                BatchItem.persist(copy);
            }
            Batch.update("items = ?1, state = ?2, updatedAt = ?3 where id = ?4", items, state, DocumentService.now(),
                    batchId);
        });
    }

    /**
     * The newest batches first, with their progress but without their errors; {@code receiving} keeps only the
     * batches whose body is still being read (how a client finds the batch its running request is filling).
     */
    @Transactional
    public Page<BatchView> list(boolean receiving, int page, int size) {
        var query = receiving
                ? Batch.<Batch>find("state = ?1 and updatedAt >= ?2", Sort.descending("id"), Batch.State.RECEIVING,
                        DocumentService.now().minus(STALE_AFTER))
                : Batch.<Batch>findAll(Sort.descending("id"));
        long total = query.count();
        List<BatchView> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(b -> view(b, false))
                .toList();
        return new Page<>(items, page, size, total);
    }

    /** The batch with its progress counted now. */
    @Transactional
    public BatchView view(long id) {
        Batch batch = Batch.findById(id);
        if (batch == null) {
            throw ProblemException.notFound("batch", id);
        }
        return view(batch, true);
    }

    private BatchView view(Batch batch, boolean withErrors) {
        long id = batch.id;
        Map<BatchItem.Outcome, Long> outcomes = new EnumMap<>(BatchItem.Outcome.class);
        for (Object[] row : Batch.getEntityManager().createQuery(
                "select i.outcome, count(i) from BatchItem i where i.batchId = ?1 group by i.outcome", Object[].class)
                .setParameter(1, id).getResultList()) {
            outcomes.put((BatchItem.Outcome) row[0], (Long) row[1]);
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (DocumentStatus s : DocumentStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        for (Object[] row : Batch.getEntityManager().createQuery(
                "select d.status, count(distinct d.id) from BatchItem i, Document d "
                        + "where i.batchId = ?1 and d.id = i.documentId group by d.status", Object[].class)
                .setParameter(1, id).getResultList()) {
            byStatus.put(((DocumentStatus) row[0]).name(), (Long) row[1]);
        }
        long documentCount = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long analysed = byStatus.get(DocumentStatus.ANALYSED.name());
        long failed = byStatus.get(DocumentStatus.FAILED.name());
        long pending = documentCount - analysed - failed;
        List<BatchView.ItemError> errors = !withErrors ? null : BatchItem.<BatchItem>list(
                        "batchId = ?1 and outcome = ?2 order by itemNo", id, BatchItem.Outcome.REJECTED).stream()
                .map(i -> new BatchView.ItemError(i.itemNo, i.lineNo, i.fileName, i.problemStatus, i.problemType,
                        i.problemDetail))
                .toList();
        Batch.State state = batch.state;
        if (state == Batch.State.RECEIVING
                && batch.updatedAt.isBefore(DocumentService.now().minus(STALE_AFTER))) {
            state = Batch.State.INTERRUPTED; // its request ended without finishing it (the service stopped)
        }
        return new BatchView(batch.id, batch.format, state.name(), batch.createdAt, batch.updatedAt, batch.items,
                outcomes.getOrDefault(BatchItem.Outcome.CREATED, 0L),
                outcomes.getOrDefault(BatchItem.Outcome.DUPLICATE, 0L),
                outcomes.getOrDefault(BatchItem.Outcome.REJECTED, 0L),
                documentCount, byStatus, analysed, failed, pending, state != Batch.State.RECEIVING && pending == 0, errors);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 3900 ? s : s.substring(0, 3900) + "…";
    }
}
