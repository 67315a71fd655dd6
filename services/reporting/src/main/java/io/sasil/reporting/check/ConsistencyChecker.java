package io.sasil.reporting.check;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every consistency check over one document: its text and publication date, its claims with their
 * quantities, and its glossary mentions. Results come in text order of their first involved quantity.
 *
 * <p>The checks: {@link PercentagePointCheck}, {@link CurrencyPairCheck}, {@link AgeCheck},
 * {@link ElapsedTimeCheck}, {@link RepeatedFactCheck}, {@link RatioCheck}, {@link PartWholeCheck}. Plain Java,
 * stateless and thread-safe once built.
 */
public final class ConsistencyChecker {

    private final List<ConsistencyCheck> checks;
    private final ZoneId zone;

    /** Every check, with the shipped reference exchange rates. */
    public ConsistencyChecker() {
        this(ExchangeRates.loadDefault());
    }

    /** Every check, with the given reference exchange rates. */
    public ConsistencyChecker(ExchangeRates rates) {
        this(defaultChecks(rates));
    }

    /** Exactly the given checks. */
    public ConsistencyChecker(List<ConsistencyCheck> checks) {
        this(checks, ArticleTime.DEFAULT_ZONE);
    }

    private ConsistencyChecker(List<ConsistencyCheck> checks, ZoneId zone) {
        this.checks = List.copyOf(checks);
        this.zone = zone;
    }

    /** The same checks, reading dates of documents that name no zone in {@code zone} ({@link ArticleTime}). */
    public ConsistencyChecker withZone(ZoneId zone) {
        return new ConsistencyChecker(checks, zone);
    }

    /** Every check, with reference exchange rates read from a file instead of the shipped table. */
    public static ConsistencyChecker withRatesFile(Path ratesCsv) throws IOException {
        return new ConsistencyChecker(ExchangeRates.load(ratesCsv));
    }

    /** The default checks in report order. */
    public static List<ConsistencyCheck> defaultChecks(ExchangeRates rates) {
        return List.of(new PercentagePointCheck(), new CurrencyPairCheck(rates), new AgeCheck(),
                new ElapsedTimeCheck(), new RepeatedFactCheck(), new RatioCheck(), new PartWholeCheck());
    }

    /** The checks this checker runs. */
    public List<ConsistencyCheck> checks() {
        return checks;
    }

    /**
     * All findings for one document.
     *
     * @param doc      the document (its text and {@code publishedAt} are used)
     * @param claims   its claims; {@link Involved#claimIndex()} indexes this list
     * @param mentions its glossary mentions (may be empty)
     */
    public List<CheckResult> check(DocumentView doc, List<ClaimView> claims, List<MentionView> mentions) {
        CheckContext context = new CheckContext(doc, claims, mentions, zone);
        List<CheckResult> out = new ArrayList<>();
        for (ConsistencyCheck c : checks) {
            out.addAll(c.check(context));
        }
        out.sort(Comparator.comparingInt(ConsistencyChecker::firstOffset));
        return List.copyOf(out);
    }

    private static int firstOffset(CheckResult r) {
        return r.involved().isEmpty() ? Integer.MAX_VALUE : r.involved().get(0).start();
    }
}
