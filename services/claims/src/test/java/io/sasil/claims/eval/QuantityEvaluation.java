package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.text.ReferenceTimes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Quantity span recall and value+unit accuracy of {@link QuantityParser} on every quantity
 * annotated in the evaluation folder's claim articles ({@link AnnotatedCorpus}: the seed and
 * {@code dev/claims.jsonl}), per article and overall, with every miss listed.
 *
 * <p>Each article is parsed once as a whole, as the claims service does, with the reference time
 * the service takes from its publication date (the start of that day in Seoul, as
 * {@link ReferenceTimes} reads a date). A gold quantity is <em>found</em> when a parsed quantity
 * overlaps its span (the one overlapping it most is taken), and <em>right</em> when that one has
 * the same unit and an equal value: numbers compared numerically (to six significant digits, so
 * that a speed converted to m/s matches its annotation; a range {@code 6~7킬로톤}, one quantity
 * with a {@code to}, is right for a gold quantity of either end, as the annotation splits ranges
 * in two), temporal values as ISO strings. Value
 * accuracy is given on the found spans (the figure of SPEC.md) and on all gold quantities.
 *
 * <p>Usage: {@code QuantityEvaluation <evalDir>} ({@code scripts/evaluate PATH quantities}).
 */
public final class QuantityEvaluation {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private QuantityEvaluation() {
    }

    /** Counts of one article or of the whole corpus. */
    record Score(int gold, int found, int right) {
        Score plus(Score o) {
            return new Score(gold + o.gold, found + o.found, right + o.right);
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        AnnotatedCorpus corpus = AnnotatedCorpus.read(dir);
        QuantityParser parser = new QuantityParser();
        Score total = new Score(0, 0, 0);
        StringBuilder misses = new StringBuilder();
        System.out.printf("%-8s %5s %12s %12s%n", "article", "gold", "span recall", "value+unit");
        for (AnnotatedCorpus.Article article : corpus.articles()) {
            OffsetDateTime ref = article.published() == null ? null
                    : ReferenceTimes.parse(article.published().toString(), SEOUL);
            Score s = score(article, parser.parse(article.text(), ref), misses);
            if (s.gold() == 0) {
                continue;
            }
            total = total.plus(s);
            System.out.printf("%-8s %5d %12s %12s%n", article.doc(), s.gold(), ratio(s.found(), s.gold()),
                    ratio(s.right(), s.found()));
        }
        System.out.printf("%-8s %5d %12s %12s%n", "all", total.gold(), ratio(total.found(), total.gold()),
                ratio(total.right(), total.found()));
        System.out.printf("quantities (seed + dev): %d; span recall %d/%d = %.3f; value+unit on found spans %d/%d = %.3f"
                + " (on all: %.3f)%n", total.gold(), total.found(), total.gold(), (double) total.found() / total.gold(),
                total.right(), total.found(), (double) total.right() / Math.max(1, total.found()),
                (double) total.right() / total.gold());
        System.out.print(misses);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%d/%d", a, b);
    }

    static Score score(AnnotatedCorpus.Article article, List<Quantity> parsed, StringBuilder misses) {
        int gold = 0;
        int found = 0;
        int right = 0;
        for (AnnotatedCorpus.Sentence sentence : article.sentences()) {
            for (AnnotatedCorpus.GoldQuantity q : sentence.quantities()) {
                gold++;
                Quantity m = bestOverlap(parsed, q.start(), q.end());
                if (m == null) {
                    misses.append(String.format("  %s missed %s (%s %s)%n", article.doc(), q.text(), q.value().asText(),
                            q.unit()));
                    continue;
                }
                found++;
                if (q.unit() != null && q.unit().equals(m.unit()) && sameValue(q.value(), m)) {
                    right++;
                } else {
                    misses.append(String.format("  %s wrong  %s: expected %s %s, got %s %s (%s)%n", article.doc(), q.text(),
                            q.value().asText(), q.unit(), m.value(), m.unit(), m.text()));
                }
            }
        }
        return new Score(gold, found, right);
    }

    private static Quantity bestOverlap(List<Quantity> parsed, int start, int end) {
        Quantity best = null;
        int bestOverlap = 0;
        for (Quantity p : parsed) {
            int overlap = Math.min(end, p.end()) - Math.max(start, p.start());
            if (overlap > bestOverlap) {
                best = p;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static boolean sameValue(JsonNode gold, Quantity m) {
        if (gold.isNumber()) {
            if (m.number() == null) {
                return false;
            }
            MathContext six = new MathContext(6);
            BigDecimal g = new BigDecimal(gold.asText()).round(six);
            return g.compareTo(m.number().round(six)) == 0 || m.to() != null && g.compareTo(m.to().round(six)) == 0;
        }
        return gold.asText().equals(m.temporal());
    }
}
