package io.sasil.reporting.testing;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.ConsistencyChecker;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.report.DocumentReport;
import java.time.OffsetDateTime;
import java.util.List;

/** Document reports assembled as the service does, without HTTP. */
public final class Reports {

    private static final ConsistencyChecker CHECKER = new ConsistencyChecker();

    private Reports() {
    }

    public static DocumentReport of(ArticleBuilder a) {
        DocumentView d = a.document();
        List<ClaimView> claims = a.claims().claims();
        List<CheckResult> checks = CHECKER.check(d, claims, a.glossary().mentions());
        return new DocumentReport(d, new DocumentReport.Summary(d.sentences().size(), a.glossary().glosses().size(),
                1, a.glossary().mentions().size(), claims.size(), checks.size(),
                (int) checks.stream().filter(c -> c.verdict() == Verdict.INCONSISTENT).count()),
                a.glossary().glosses(), a.glossary().mentions(), claims, checks, List.of(),
                OffsetDateTime.parse("2025-02-05T00:00:00Z"));
    }
}
