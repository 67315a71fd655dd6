package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sasil.claims.facts.FactReader;
import io.sasil.common.contract.Bound;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed article's hand-annotated claims ({@code seed-claims.json}: spans, quantities, values) with the facts
 * {@link FactReader} reads in them, for the consistency evaluation of the reporting service (which reads facts, not
 * text). Mentions are derived from the annotated gloss pairs ({@code seed-glosses.json}): every occurrence of a
 * term or gloss, longest first, each term one entry, its glosses joining it.
 *
 * <p>Writes one JSON object: {@code published}, {@code mentions}, {@code claims} (facts read with the mentions) and
 * {@code bareClaims} (facts read from quoted names only, as for a document the glossary knows nothing of).
 *
 * <p>Run: {@code scripts/evaluate PATH/TO/eval consistency} (which runs this, then the reporting evaluation), or
 * {@code ./mvnw -B -q -pl services/claims test-compile exec:java -Dsasil.main=io.sasil.claims.eval.SeedClaimFacts
 * -Dexec.args="PATH/TO/eval OUT.json"}.
 */
public final class SeedClaimFacts {

    private SeedClaimFacts() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Path out = Path.of(args.length > 1 ? args[1] : "target/seed-claim-facts.json");
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode claimsJson = json.readTree(dir.resolve("seed-claims.json").toFile());
        JsonNode glossJson = json.readTree(dir.resolve("seed-glosses.json").toFile());
        List<MentionView> mentions = mentions(glossJson, text);
        List<ClaimView> claims = claims(claimsJson, text);
        FactReader reader = new FactReader();
        List<ClaimView> withMentions = new ArrayList<>();
        List<ClaimView> bare = new ArrayList<>();
        int facts = 0;
        for (ClaimView c : claims) {
            List<Long> subjects = new ArrayList<>();
            for (MentionView m : mentions) {
                if (m.start() >= c.start() && m.end() <= c.end() && !subjects.contains(m.entryId())) {
                    subjects.add(m.entryId());
                }
            }
            ClaimView full = new ClaimView(c.id(), c.start(), c.end(), c.text(), c.claim(), c.type(), c.score(),
                    c.reasons(), c.quantities(), c.speaker(), c.hedge(), List.copyOf(subjects));
            withMentions.add(full.withFacts(reader.read(c.text(), c.start(), c.quantities(), mentions, subjects)));
            bare.add(c.withFacts(reader.read(c.text(), c.start(), c.quantities(), List.of(), List.of())));
            facts += withMentions.get(withMentions.size() - 1).facts().size();
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("published", claimsJson.get("published").asText());
        root.put("mentions", mentions);
        root.put("claims", withMentions);
        root.put("bareClaims", bare);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        System.out.printf("seed: %d claims, %d mentions, %d facts → %s%n", claims.size(), mentions.size(), facts,
                out.toAbsolutePath());
    }

    private static List<ClaimView> claims(JsonNode root, String text) {
        List<ClaimView> out = new ArrayList<>();
        for (JsonNode c : root.get("claims")) {
            int start = c.get("start").asInt();
            int end = c.get("end").asInt();
            List<QuantityView> qs = new ArrayList<>();
            for (JsonNode q : c.get("quantities")) {
                JsonNode v = q.get("value");
                Object value = v.isNumber() ? v.numberValue() : v.asText();
                Bound bound = switch (q.path("bound").asText("")) {
                    case "min" -> Bound.MIN_INCLUSIVE;
                    case "max" -> Bound.MAX_EXCLUSIVE;
                    default -> null;
                };
                qs.add(new QuantityView(q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(), value,
                        q.get("unit").asText(), null, q.path("approximate").asBoolean(false), bound, null));
            }
            String type = c.path("type").asText(null);
            out.add(new ClaimView((long) out.size() + 1, start, end, CodePoints.substring(text, start, end), true,
                    type == null ? null : ClaimType.valueOf(type), 1.0, List.of(), qs,
                    c.path("speaker").isNull() ? null : c.path("speaker").asText(null), null, List.of()));
        }
        return out;
    }

    /** Every occurrence of every annotated term and gloss, longest form first, not overlapping. */
    private static List<MentionView> mentions(JsonNode root, String text) {
        Map<String, Long> entryOf = new LinkedHashMap<>();
        Map<Long, String> labelOf = new LinkedHashMap<>();
        for (JsonNode p : root.get("pairs")) {
            String term = p.get("term").asText();
            long id = entryOf.computeIfAbsent(term, k -> (long) entryOf.size() + 1);
            labelOf.putIfAbsent(id, term);
            entryOf.putIfAbsent(p.get("gloss").asText(), id);
        }
        List<String> forms = new ArrayList<>(entryOf.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        List<MentionView> out = new ArrayList<>();
        for (String form : forms) {
            if (form.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                boolean free = true;
                for (int i = at; i < at + form.length() && free; i++) {
                    free = !taken[i];
                }
                if (!free) {
                    continue;
                }
                for (int i = at; i < at + form.length(); i++) {
                    taken[i] = true;
                }
                long id = entryOf.get(form);
                out.add(new MentionView(CodePoints.toCodePoint(text, at), CodePoints.toCodePoint(text,
                        at + form.length()), form, id, labelOf.get(id)));
            }
        }
        out.sort(Comparator.comparingInt(MentionView::start));
        return out;
    }
}
