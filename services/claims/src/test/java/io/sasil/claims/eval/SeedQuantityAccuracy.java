package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Quantity span recall and value+unit accuracy of {@link QuantityParser} on the quantities
 * annotated in {@code seed-claims.json} (the whole article is parsed once, reference = its
 * publication date at 09:00 in Seoul). A gold quantity is found when a parsed one overlaps it,
 * and correct when that one has the same unit and an equal value (numbers compared
 * numerically, temporal values as strings).
 *
 * <p>Usage: {@code SeedQuantityAccuracy <evalDir>}.
 */
public final class SeedQuantityAccuracy {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        JsonNode seed = new ObjectMapper().readTree(dir.resolve("seed-claims.json").toFile());
        OffsetDateTime ref = LocalDate.parse(seed.get("published").asText()).atTime(9, 0).atOffset(ZoneOffset.ofHours(9));
        List<Quantity> parsed = new QuantityParser().parse(text, ref);
        int gold = 0;
        int found = 0;
        int correct = 0;
        StringBuilder wrong = new StringBuilder();
        for (JsonNode claim : seed.get("claims")) {
            for (JsonNode q : claim.path("quantities")) {
                gold++;
                int s = q.get("start").asInt();
                int e = q.get("end").asInt();
                Quantity m = parsed.stream().filter(p -> p.start() < e && s < p.end()).findFirst().orElse(null);
                if (m == null) {
                    wrong.append("  missed ").append(q.get("text").asText()).append('\n');
                    continue;
                }
                found++;
                JsonNode v = q.get("value");
                boolean sameValue = v.isNumber() ? m.number() != null && m.number().compareTo(new BigDecimal(v.asText())) == 0
                        : v.asText().equals(m.temporal());
                if (sameValue && q.get("unit").asText().equals(m.unit())) {
                    correct++;
                } else {
                    wrong.append("  wrong ").append(q.get("text").asText()).append(": expected ").append(v.asText())
                            .append(' ').append(q.get("unit").asText()).append(", got ").append(m.value()).append(' ')
                            .append(m.unit()).append('\n');
                }
            }
        }
        System.out.printf("seed quantities: %d; span recall %d/%d = %.3f; value+unit accuracy %d/%d = %.3f%n", gold, found, gold,
                (double) found / gold, correct, gold, (double) correct / gold);
        System.out.print(wrong);
    }
}
