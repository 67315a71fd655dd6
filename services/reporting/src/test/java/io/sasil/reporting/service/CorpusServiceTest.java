package io.sasil.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.EntityClaimCount;
import io.sasil.reporting.report.CorpusReport;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusServiceTest {

    @Test
    void timelinesAreGroupedPerEntityMostClaimsFirstPeriodsInOrder() {
        List<CorpusReport.EntityTimeline> t = CorpusService.timelines(Arrays.asList(
                new EntityClaimCount(5, "2025-02", 2), new EntityClaimCount(9, "2025-01", 4),
                new EntityClaimCount(5, "2024-12", 3), null, new EntityClaimCount(3, "unknown", 5),
                new EntityClaimCount(5, "2025-02", 1), new EntityClaimCount(9, null, 2)));
        assertEquals(List.of(5L, 9L, 3L), t.stream().map(CorpusReport.EntityTimeline::entryId).toList());
        assertEquals(6, t.get(0).claims());
        assertEquals(List.of(new CorpusReport.PeriodCount("2024-12", 3), new CorpusReport.PeriodCount("2025-02", 3)),
                t.get(0).periods());
        assertEquals(List.of("2025-01", "unknown"), t.get(1).periods().stream().map(CorpusReport.PeriodCount::period)
                .toList());
    }

    @Test
    void tiesGoToTheSmallerIdAndEmptyStatsGiveNothing() {
        List<CorpusReport.EntityTimeline> t = CorpusService.timelines(List.of(new EntityClaimCount(8, "2025-01", 1),
                new EntityClaimCount(2, "2025-01", 1)));
        assertEquals(List.of(2L, 8L), t.stream().map(CorpusReport.EntityTimeline::entryId).toList());
        assertEquals(List.of(), CorpusService.timelines(null));
    }
}
