package io.sasil.reporting.service;

import io.sasil.common.contract.DocumentClaimView;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.EntryView;
import io.sasil.common.problem.ProblemException;
import io.sasil.reporting.check.Contradiction;
import io.sasil.reporting.check.CrossDocumentChecker;
import io.sasil.reporting.client.ClaimsClient;
import io.sasil.reporting.client.GlossaryClient;
import io.sasil.reporting.client.IngestionClient;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.config.ReportingConfig;
import io.sasil.reporting.report.CorpusReport;
import io.sasil.reporting.report.DocumentReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Assembles corpus reports. Every aggregate is computed where the data lives: document counts by ingestion, term
 * rankings by glossary, claims per entity and month by claims, failed checks by this service's database. Only the
 * contradiction search reads claims themselves, for a bounded number of entities and claims
 * ({@code sasil.reporting.corpus.*}).
 */
@ApplicationScoped
public class CorpusService {

    private static final Logger LOG = Logger.getLogger(CorpusService.class);

    /** At most this many entities of a page without a label in the term pages are looked up one by one. */
    public static final int LABEL_LOOKUPS = 20;

    /** The most entities the claims service ranks in one call ({@code top} of its per-entity counts). */
    static final int MAX_RANKED = 1000;

    /** Largest page index accepted. */
    public static final int MAX_PAGE = 10_000;

    private final IngestionClient ingestion;
    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final CheckStore store;
    private final ReportingConfig.Corpus config;
    private final ZoneId zone;
    private final CrossDocumentChecker crossChecker = new CrossDocumentChecker();

    public CorpusService(IngestionClient ingestion, GlossaryClient glossary, ClaimsClient claims, CheckStore store,
            ReportingConfig config) {
        this.ingestion = ingestion;
        this.glossary = glossary;
        this.claims = claims;
        this.store = store;
        this.config = config.corpus();
        this.zone = config.timeZone();
    }

    /** Validates the filters and page (400 naming the field) and returns them. */
    public CorpusReport.Filter filter(String source, String from, String to, String page, String size) {
        int p = integer(page, "page", 0);
        int s = integer(size, "size", config.defaultPageSize());
        ProblemException.checkRange("page", p, 0, MAX_PAGE);
        ProblemException.checkRange("size", s, 1, config.maxPageSize());
        LocalDate f = date(from, "from");
        LocalDate t = date(to, "to");
        if (f != null && t != null && !f.isBefore(t)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        String src = source == null || source.isBlank() ? null : source.strip();
        if (src != null && src.length() > 200) {
            throw ProblemException.invalidField("source", "must be at most 200 characters");
        }
        return new CorpusReport.Filter(src, f, t, p, s);
    }

    /** The corpus report for validated filters; a part whose service is down is listed as missing. */
    public CorpusReport corpus(CorpusReport.Filter filter) {
        List<DocumentReport.MissingPart> missing = new ArrayList<>();
        String from = filter.from() == null ? null : filter.from().toString();
        String to = filter.to() == null ? null : filter.to().toString();
        int page = filter.page();
        int size = filter.size();

        Long documents = read("documents", "ingestion", missing,
                () -> ingestion.list(filter.source(), from, to, 0, 1).total()).orElse(null);
        List<EntryView> newTerms = read("terms", "glossary", missing,
                () -> items(glossary.entries("recent", page, size))).orElse(null);
        List<EntryView> mostMentioned = newTerms == null ? null : read("terms", "glossary", missing,
                () -> items(glossary.entries("frequency", page, size))).orElse(null);
        // only the entities this page and the contradiction search need, ranked by claims (the claims service reads
        // them from its counters); all of them for a page beyond what claims ranks in one call
        long needed = Math.max((long) (page + 1) * size, config.contradictionEntities());
        Integer top = needed <= MAX_RANKED ? (int) needed : null;
        Optional<List<EntityClaimCount>> stats = read("claims-per-entity", "claims", missing,
                () -> claims.entityStats(from, to, top));

        List<CorpusReport.EntityTimeline> timelines = null;
        List<Contradiction> contradictions = null;
        if (stats.isPresent()) {
            List<CorpusReport.EntityTimeline> all = timelines(stats.get());
            Map<Long, String> labels = new HashMap<>();
            for (List<EntryView> list : java.util.Arrays.asList(newTerms, mostMentioned)) {
                if (list != null) {
                    list.forEach(e -> labels.put(e.id(), e.preferredLabel()));
                }
            }
            int fromIndex = (int) Math.min((long) page * size, all.size());
            timelines = new ArrayList<>();
            int lookups = 0;
            for (CorpusReport.EntityTimeline t : all.subList(fromIndex, Math.min(all.size(), fromIndex + size))) {
                String label = labels.get(t.entryId());
                if (label == null && newTerms != null && lookups++ < LABEL_LOOKUPS) {
                    label = labelOf(t.entryId());
                }
                timelines.add(new CorpusReport.EntityTimeline(t.entryId(), label, t.claims(), t.periods()));
            }
            contradictions = read("contradictions", "claims", missing, () -> contradictions(all, from, to))
                    .orElse(null);
        }
        OffsetDateTime f = filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime t = filter.to() == null ? null : filter.to().atStartOfDay(zone).toOffsetDateTime();
        CorpusReport.FailedChecks failed = read("failed-checks", "reporting database", missing,
                () -> store.failed(filter.source(), f, t, page, size)).map(this::inZone).orElse(null);
        return new CorpusReport(filter, documents, newTerms, mostMentioned, timelines, contradictions, failed,
                missing, OffsetDateTime.now(zone));
    }

    /** Failed checks with their publication times in the newsroom's zone (the store keeps instants). */
    private CorpusReport.FailedChecks inZone(CorpusReport.FailedChecks failed) {
        return new CorpusReport.FailedChecks(failed.byCheck(), failed.total(), failed.results().stream()
                .map(c -> new CorpusReport.FailedCheck(c.documentId(), c.source(), ArticleTime.in(c.publishedAt(), zone),
                        c.check(), c.explanation(), c.tolerance()))
                .toList());
    }

    /** Entities by claims in view (most first, then by id), each with its periods in order. */
    static List<CorpusReport.EntityTimeline> timelines(List<EntityClaimCount> stats) {
        Map<Long, TreeMap<String, Long>> byEntity = new LinkedHashMap<>();
        for (EntityClaimCount c : stats == null ? List.<EntityClaimCount>of() : stats) {
            if (c != null) {
                byEntity.computeIfAbsent(c.entryId(), k -> new TreeMap<>())
                        .merge(c.period() == null ? "unknown" : c.period(), c.claims(), Long::sum);
            }
        }
        List<CorpusReport.EntityTimeline> out = new ArrayList<>();
        byEntity.forEach((id, periods) -> out.add(new CorpusReport.EntityTimeline(id, null,
                periods.values().stream().mapToLong(Long::longValue).sum(),
                periods.entrySet().stream().map(e -> new CorpusReport.PeriodCount(e.getKey(), e.getValue())).toList())));
        out.sort(Comparator.comparingLong(CorpusReport.EntityTimeline::claims).reversed()
                .thenComparingLong(CorpusReport.EntityTimeline::entryId));
        return out;
    }

    private List<Contradiction> contradictions(List<CorpusReport.EntityTimeline> entities, String from, String to) {
        Map<Long, List<DocumentClaimView>> byDocument = new LinkedHashMap<>();
        Map<Long, Boolean> seenClaims = new HashMap<>();
        Map<Long, List<String>> labels = new HashMap<>();
        int n = Math.min(config.contradictionEntities(), entities.size());
        for (int i = 0; i < n; i++) {
            long entryId = entities.get(i).entryId();
            entryOf(entryId).ifPresent(e -> labels.put(entryId, labelsOf(e)));
            var found = claims.search(entities.get(i).entryId(), from, to, 0, config.claimsPerEntity());
            for (DocumentClaimView c : items(found)) {
                if (c == null || c.claim() == null || c.claim().id() != null
                        && seenClaims.putIfAbsent(c.claim().id(), true) != null) {
                    continue;
                }
                byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return crossChecker.check(ClaimCorpus.analyses(byDocument, labels));
    }

    private static List<String> labelsOf(EntryView e) {
        List<String> out = new ArrayList<>();
        if (e.preferredLabel() != null) {
            out.add(e.preferredLabel());
        }
        if (e.labels() != null) {
            e.labels().stream().filter(l -> l != null && l.text() != null && !"DEFINITION".equals(l.type()))
                    .forEach(l -> out.add(l.text()));
        }
        return out;
    }

    private Optional<EntryView> entryOf(long entryId) {
        try {
            return glossary.entry(entryId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String labelOf(long entryId) {
        return entryOf(entryId).map(EntryView::preferredLabel).orElse(null);
    }

    private static <T> List<T> items(io.sasil.common.contract.Page<T> page) {
        return page == null || page.items() == null ? List.of() : page.items();
    }

    private static <T> Optional<T> read(String part, String service, List<DocumentReport.MissingPart> missing,
            java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            LOG.warnf("corpus report part %s unavailable: %s", part, e.getMessage());
            if (missing.stream().noneMatch(m -> m.part().equals(part))) {
                missing.add(new DocumentReport.MissingPart(part, UnavailableReason.of(service, e)));
            }
            return Optional.empty();
        }
    }

    private static int integer(String value, String field, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "'" + (value.length() > 20 ? value.substring(0, 20) + "…"
                    : value.strip()) + "' is not a whole number");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(field, "'" + value.strip() + "' is not an ISO 8601 date (2025-02-03)");
        }
    }
}
