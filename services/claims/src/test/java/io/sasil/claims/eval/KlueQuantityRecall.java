package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Span recall of {@link QuantityParser} on the QT (quantity) and DT (date) entities of the
 * KLUE-NER news dev set ({@code klue-ner-news-dev.jsonl}): an entity is found when some
 * parsed quantity overlaps its code point span. Also reports how many parsed quantities overlap
 * no QT, DT or TI entity (an upper bound on false positives: KLUE does not tag every number).
 * Sentences carry no date, so relative dates are resolved against a fixed reference,
 * 2019-06-01T09:00+09:00.
 *
 * <p>Usage: {@code KlueQuantityRecall <evalDir> [maxMisses]}.
 */
public final class KlueQuantityRecall {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval", "klue-ner-news-dev.jsonl");
        int maxMisses = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        ObjectMapper json = new ObjectMapper();
        QuantityParser parser = new QuantityParser();
        OffsetDateTime ref = OffsetDateTime.parse("2019-06-01T09:00+09:00");
        Map<String, int[]> perType = new LinkedHashMap<>();
        perType.put("QT", new int[2]);
        perType.put("DT", new int[2]);
        List<String> misses = new ArrayList<>();
        int predicted = 0;
        int unmatched = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String text = doc.get("text").asText();
                List<Quantity> qs = parser.parse(text, ref);
                predicted += qs.size();
                List<int[]> gold = new ArrayList<>();
                for (JsonNode e : doc.get("entities")) {
                    String type = e.get("type").asText();
                    int s = e.get("start").asInt();
                    int t = e.get("end").asInt();
                    if (type.equals("QT") || type.equals("DT") || type.equals("TI")) {
                        gold.add(new int[] {s, t});
                    }
                    int[] c = perType.get(type);
                    if (c == null) {
                        continue;
                    }
                    c[1]++;
                    boolean hit = qs.stream().anyMatch(q -> q.start() < t && s < q.end());
                    if (hit) {
                        c[0]++;
                    } else if (misses.size() < maxMisses) {
                        misses.add(type + "\t" + e.get("text").asText() + "\t| " + text);
                    }
                }
                for (Quantity q : qs) {
                    if (gold.stream().noneMatch(g -> q.start() < g[1] && g[0] < q.end())) {
                        unmatched++;
                    }
                }
            }
        }
        System.out.println("| entity | found | gold | span recall |");
        System.out.println("|---|---:|---:|---:|");
        int f = 0;
        int g = 0;
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            f += e.getValue()[0];
            g += e.getValue()[1];
            System.out.printf("| %s | %d | %d | %.1f%% |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]);
        }
        System.out.printf("| QT+DT | %d | %d | %.1f%% |%n", f, g, 100.0 * f / g);
        System.out.printf("%nparsed quantities: %d, overlapping no QT/DT/TI entity: %d (%.1f%%)%n", predicted, unmatched,
                100.0 * unmatched / Math.max(1, predicted));
        System.out.println("\nFirst misses:");
        misses.forEach(m -> System.out.println("  " + m));
    }
}
