package io.sasil.glossary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.GlossKind;
import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.MentionMatcher;
import io.sasil.glossary.termbase.Merge;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a term base from the gold gloss pairs of {@code seed-glosses.json} and resolves the mentions of
 * {@code seed-article.txt} against it; prints entries, merges (with their rules) and mentions per entry. There is
 * no gold for resolution, so this is a report to read, not a score.
 *
 * <p>Usage: {@code TermBaseEvaluation <eval-dir>}.
 */
public final class TermBaseEvaluation {

    private TermBaseEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("seed-glosses.json").toFile());
        TermBase base = new TermBase();
        int pairs = 0;
        for (JsonNode p : gold.get("pairs")) {
            base.addPair(p.get("term").asText(), p.get("gloss").asText(), GlossKind.valueOf(p.get("kind").asText()),
                    null);
            pairs++;
        }
        System.out.printf("pairs: %d, entries: %d, merges: %d%n", pairs, base.size(), base.merges().size());
        for (Merge m : base.merges()) {
            System.out.printf("  merge %d %-20s %s <- %s%n", m.id(), m.rule(), m.targetLabel(), m.absorbedLabel());
        }
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        MentionMatcher matcher = MentionMatcher.of(base.mentionLabels());
        Map<Long, Integer> counts = new TreeMap<>();
        var mentions = matcher.find(text);
        mentions.forEach(m -> counts.merge(m.entryId(), 1, Integer::sum));
        System.out.printf("mentions in seed-article.txt: %d%n", mentions.size());
        for (TermEntry e : base.entries()) {
            System.out.printf("  %3d %-12s %-13s %3d mentions  [%s]%n", e.id(), e.preferredLabel(), e.category(),
                    counts.getOrDefault(e.id(), 0),
                    e.labels().stream().map(Label::text).collect(Collectors.joining(" | ")));
        }
    }
}
