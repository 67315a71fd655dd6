package io.sasil.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.persistence.DocumentGuard;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.model.CheckResultRecord;
import io.sasil.reporting.report.CorpusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stored results of the consistency checks ({@code check_result}): replaced per document each time its report
 * is assembled, under the document's lock ({@code document_guard}); the failed ones counted per check and source
 * ({@link FailureCounters}) for corpus reports.
 */
@ApplicationScoped
public class CheckStore {

    private final ObjectMapper mapper;
    private final DocumentGuard guard;
    private final FailureCounters failures;

    public CheckStore(ObjectMapper mapper, DocumentGuard guard, FailureCounters failures) {
        this.mapper = mapper;
        this.guard = guard;
        this.failures = failures;
    }

    /**
     * Replaces the stored results of {@code document} with {@code results}; nothing is written when they are the
     * same as those stored (same checks, verdicts, arithmetic, tolerances, quantities and document metadata).
     *
     * @return whether anything was written
     * @throws io.sasil.common.problem.ProblemException 410 when the document's results were forgotten (it was deleted)
     */
    @Transactional
    public boolean replace(DocumentView document, List<CheckResult> results) {
        guard.lockForAnalysis(document.id());
        List<CheckResultRecord> stored = CheckResultRecord.list("documentId", Sort.by("id"), document.id());
        List<CheckResultRecord> fresh = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (CheckResult r : results) {
            CheckResultRecord rec = new CheckResultRecord();
            rec.documentId = document.id();
            rec.checkName = r.check();
            rec.verdict = r.verdict().name();
            rec.explanation = r.explanation();
            rec.tolerance = r.tolerance();
            rec.involved = json(r.involved());
            rec.documentSource = document.source();
            rec.publishedAt = document.publishedAt();
            rec.computedAt = now;
            fresh.add(rec);
        }
        if (same(stored, fresh)) {
            return false;
        }
        CheckResultRecord.delete("documentId", document.id());
        CheckResultRecord.persist(fresh);
        failures.move(stored, fresh);
        return true;
    }

    /** Drops the stored results of a deleted document (for good: they are not stored again); returns how many. */
    @Transactional
    public long forget(long documentId) {
        guard.forget(documentId);
        failures.move(CheckResultRecord.list("documentId", documentId), List.of());
        return CheckResultRecord.delete("documentId", documentId);
    }

    /**
     * Failed (INCONSISTENT) results, filtered by source and publication time: counts per check and one page of
     * results, newest publications first (then the later document first, then in the order stored; results of
     * documents without a publication time first, as PostgreSQL orders nulls, and H2 in its mode here).
     */
    @Transactional
    public CorpusReport.FailedChecks failed(String source, OffsetDateTime from, OffsetDateTime to, int page,
            int size) {
        StringBuilder where = new StringBuilder("verdict = :verdict");
        Map<String, Object> params = new HashMap<>();
        params.put("verdict", Verdict.INCONSISTENT.name());
        if (source != null) {
            where.append(" and documentSource = :source");
            params.put("source", source);
        }
        if (from != null) {
            where.append(" and publishedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and publishedAt < :to");
            params.put("to", to);
        }
        // without a period, from the counters; a period is counted from its failed checks (by the page's index)
        List<CorpusReport.CheckCount> byCheck = from == null && to == null ? failures.byCheck(source)
                : grouped(where.toString(), params);
        // in the order of the (verdict, published_at desc, document_id desc, id) index, verdict first although it is
        // fixed: H2 reads a page from the index only when the order names its leading columns
        var found = CheckResultRecord.<CheckResultRecord>find(where.toString(), Sort.by("verdict")
                .and("publishedAt", Sort.Direction.Descending).and("documentId", Sort.Direction.Descending).and("id"),
                params);
        long total = from == null && to == null ? byCheck.stream().mapToLong(CorpusReport.CheckCount::results).sum()
                : found.count();
        List<CorpusReport.FailedCheck> results = found.page(Page.of(page, size)).list().stream()
                .map(r -> new CorpusReport.FailedCheck(r.documentId, r.documentSource, r.publishedAt, r.checkName,
                        r.explanation, r.tolerance))
                .toList();
        return new CorpusReport.FailedChecks(byCheck, total, results);
    }

    private static List<CorpusReport.CheckCount> grouped(String where, Map<String, Object> params) {
        var query = CheckResultRecord.getEntityManager().createQuery(
                "select checkName, count(*), count(distinct documentId) from CheckResultRecord where " + where
                        + " group by checkName order by count(*) desc, checkName", Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new CorpusReport.CheckCount((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    private static boolean same(List<CheckResultRecord> a, List<CheckResultRecord> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            CheckResultRecord x = a.get(i);
            CheckResultRecord y = b.get(i);
            if (!Objects.equals(x.checkName, y.checkName) || !Objects.equals(x.verdict, y.verdict)
                    || !Objects.equals(x.explanation, y.explanation) || !Objects.equals(x.tolerance, y.tolerance)
                    || !Objects.equals(x.involved, y.involved) || !Objects.equals(x.documentSource, y.documentSource)
                    || !sameInstant(x.publishedAt, y.publishedAt)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().equals(b.toInstant());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
