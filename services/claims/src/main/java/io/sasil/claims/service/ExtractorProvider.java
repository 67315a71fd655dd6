package io.sasil.claims.service;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.client.GlossaryClient;
import io.sasil.claims.config.ClaimsConfig;
import io.sasil.claims.extract.ClaimExtractor;
import io.sasil.claims.quantity.QuantityParser;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.jboss.logging.Logger;

/**
 * The {@link ClaimExtractor} in use, built on the glossary's Nori user dictionary
 * ({@code GET /api/glossary/user-dictionary}) and cached.
 *
 * <p>Rules: the dictionary is read on first use (that caller waits) and again, in the background,
 * when older than {@code sasil.claims.user-dictionary.refresh}; callers keep using the current
 * extractor meanwhile. When the glossary cannot be reached, answers an error or sends a dictionary Nori
 * cannot read, the last good dictionary is kept (none at start: Nori's built-in dictionary alone), the
 * failure is logged, and the glossary is asked again after {@code sasil.claims.user-dictionary.retry}.
 * The classifier is rebuilt only when the dictionary text changes.
 */
@ApplicationScoped
public class ExtractorProvider {

    private static final Logger LOG = Logger.getLogger(ExtractorProvider.class);

    /** The extractor in use and where its dictionary came from. */
    public record Current(ClaimExtractor extractor, int dictionaryEntries, String dictionaryText, Instant nextRead) {
    }

    private final GlossaryClient glossary;
    private final ClaimsConfig config;
    private final QuantityParser parser = new QuantityParser();
    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claims-user-dictionary");
        t.setDaemon(true);
        return t;
    });
    private volatile Current current;

    public ExtractorProvider(GlossaryClient glossary, ClaimsConfig config) {
        this.glossary = glossary;
        this.config = config;
    }

    /** The extractor to use now, reading the dictionary first when it is due. */
    public ClaimExtractor extractor() {
        return current().extractor();
    }

    /**
     * The current state. The first call reads the dictionary and waits for it; later, when the
     * dictionary is due, one background thread reads it again while callers keep the current one, so
     * a slow glossary never delays a request.
     */
    public Current current() {
        Current c = current;
        if (c == null) {
            lock.lock();
            try {
                return current != null ? current : refresh();
            } finally {
                lock.unlock();
            }
        }
        if (!clock.instant().isBefore(c.nextRead()) && refreshing.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        LOG.warnf("refreshing the user dictionary failed: %s", e);
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                refreshing.set(false);   // shutting down
            }
        }
        return c;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Reads the dictionary now (tests and operators use it; callers use {@link #current()}). */
    public Current refresh() {
        lock.lock();
        try {
            Current before = current;
            Instant now = clock.instant();
            if (!config.userDictionary().enabled()) {
                current = safeBuild(now.plus(config.userDictionary().refresh()));
                return current;
            }
            String text;
            try {
                Optional<String> read = glossary.userDictionary();
                text = read.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
                if (read.isEmpty()) {
                    LOG.info("glossary serves no user dictionary; claims use Nori's built-in dictionary");
                }
            } catch (RuntimeException e) {
                LOG.warnf("glossary user dictionary unavailable (%s); %s", e.toString(),
                        before != null && before.dictionaryText() != null ? "keeping the last one"
                                : "using Nori's built-in dictionary");
                current = before != null ? withNextRead(before, now.plus(config.userDictionary().retry()))
                        : safeBuild(now.plus(config.userDictionary().retry()));
                return current;
            }
            if (before != null && java.util.Objects.equals(before.dictionaryText(), text)) {
                current = withNextRead(before, now.plus(config.userDictionary().refresh()));
                return current;
            }
            try {
                current = build(text, now.plus(config.userDictionary().refresh()));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("glossary user dictionary is not readable by Nori (%s); %s", e.toString(),
                        before != null ? "keeping the last one" : "using Nori's built-in dictionary");
                current = before != null ? withNextRead(before, now.plus(config.userDictionary().retry()))
                        : safeBuild(now.plus(config.userDictionary().retry()));
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    private static Current withNextRead(Current c, Instant next) {
        return new Current(c.extractor(), c.dictionaryEntries(), c.dictionaryText(), next);
    }

    private Current safeBuild(Instant next) {
        try {
            return build(null, next);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Current build(String text, Instant next) throws IOException {
        UserDictionary dictionary = text == null ? null : UserDictionary.open(new StringReader(text));
        int entries = text == null ? 0 : (int) text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        if (dictionary != null) {
            LOG.infof("claims use the glossary's user dictionary (%d entries)", entries);
        }
        return new Current(new ClaimExtractor(new ClaimClassifier(dictionary), parser), dictionary == null ? 0 : entries,
                dictionary == null ? null : text, next);
    }
}
