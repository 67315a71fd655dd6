package io.sasil.reporting.service;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.ConsistencyChecker;
import io.sasil.reporting.check.ExchangeRates;
import io.sasil.reporting.config.ReportingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one place the consistency checks run: the document report shows what it computes, and the
 * check indexer stores the same results for corpus reports.
 */
@ApplicationScoped
public class CheckRunner {

    private static final Logger LOG = Logger.getLogger(CheckRunner.class);

    private final ConsistencyChecker checker;

    public CheckRunner(ReportingConfig config) {
        this.checker = new ConsistencyChecker(rates(config)).withZone(config.timeZone());
    }

    /** The checks of one document over its claims and the glossary's mentions. */
    public List<CheckResult> run(DocumentView document, List<ClaimView> claims, List<MentionView> mentions) {
        return checker.check(document, claims, mentions);
    }

    /** The shipped rates, or those of {@code sasil.reporting.fx-rates-file}; a file that cannot be read stops the start. */
    static ExchangeRates rates(ReportingConfig config) {
        if (config.fxRatesFile().isEmpty() || config.fxRatesFile().get().isBlank()) {
            return ExchangeRates.loadDefault();
        }
        try {
            ExchangeRates rates = ExchangeRates.load(Path.of(config.fxRatesFile().get().strip()));
            LOG.infof("reference exchange rates from %s", rates.source());
            return rates;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("sasil.reporting.fx-rates-file: cannot read "
                    + config.fxRatesFile().get() + ": " + e.getMessage(), e);
        }
    }
}
