package io.sasil.ingestion.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.ingestion.model.Batch;
import io.sasil.ingestion.model.BatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
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
    /** Item rows are written in groups of this many. */
    private static final int FLUSH_EVERY = 200;

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

    /** Stores every item of a new batch and returns the batch with its first counts. */
    public BatchView create(String format, List<Item> items) {
        long batchId = QuarkusTransaction.requiringNew().call(() -> {
            Batch batch = new Batch();
            batch.format = format;
            batch.items = items.size();
            batch.createdAt = DocumentService.now();
            batch.persist();
            return batch.id;
        });
        List<BatchItem> rows = new ArrayList<>();
        int itemNo = 0;
        for (Item item : items) {
            itemNo++;
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
            rows.add(row);
            if (rows.size() >= FLUSH_EVERY) {
                persist(rows);
            }
        }
        persist(rows);
        return view(batchId);
    }

    private static void persist(List<BatchItem> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<BatchItem> copy = List.copyOf(rows);
        rows.clear();
        QuarkusTransaction.requiringNew().run(() -> BatchItem.persist(copy));
    }

    /** The batch with its progress counted now. */
    @Transactional
    public BatchView view(long id) {
        Batch batch = Batch.findById(id);
        if (batch == null) {
            throw ProblemException.notFound("batch", id);
        }
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
        List<BatchView.ItemError> errors = BatchItem.<BatchItem>list(
                        "batchId = ?1 and outcome = ?2 order by itemNo", id, BatchItem.Outcome.REJECTED).stream()
                .map(i -> new BatchView.ItemError(i.itemNo, i.lineNo, i.fileName, i.problemStatus, i.problemType,
                        i.problemDetail))
                .toList();
        return new BatchView(batch.id, batch.format, batch.createdAt, batch.items,
                outcomes.getOrDefault(BatchItem.Outcome.CREATED, 0L),
                outcomes.getOrDefault(BatchItem.Outcome.DUPLICATE, 0L),
                outcomes.getOrDefault(BatchItem.Outcome.REJECTED, 0L),
                documentCount, byStatus, analysed, failed, pending, pending == 0, errors);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 3900 ? s : s.substring(0, 3900) + "…";
    }
}
