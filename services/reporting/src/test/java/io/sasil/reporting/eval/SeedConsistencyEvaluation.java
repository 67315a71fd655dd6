package io.sasil.reporting.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.ConsistencyChecker;
import io.sasil.reporting.check.Involved;
import io.sasil.reporting.check.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development evaluation of the consistency checks on the seed article, given its hand-annotated claims
 * ({@code seed-claims.json}: claim spans, quantities, values) with the facts the claims service reads in them, and
 * mentions derived from its annotated gloss pairs (every occurrence of a term or gloss, longest first, each term one
 * entry; glosses join their term's entry). Both come from the file claims' {@code SeedClaimFacts} writes, since
 * reading facts is the claims service's work. It measures the checks and the fact reading, with perfect claim and
 * quantity extraction.
 *
 * <p>Reported: every finding; how many of the relations issue 6 lists for the seed were found with the verdict
 * CONSISTENT; how many INCONSISTENT findings there are (the seed has no planted error, so each is a false alarm or
 * a real slip of the writer, to be read by hand); and, for ten planted errors (one annotated value changed at a
 * time), whether the check concerned reports it.
 *
 * <p>Run: {@code scripts/evaluate PATH/TO/eval consistency} (it writes the facts file first, then runs this with
 * {@code -Dexec.args="PATH/TO/eval FACTS.json"}).
 */
public final class SeedConsistencyEvaluation {

    /** The relations issue 6 expects on the seed: check name and the quantity texts the finding must involve. */
    private static final List<Map.Entry<String, List<String>>> EXPECTED = List.of(
            Map.entry("percentage-points", List.of("47%", "18%", "29%포인트")),
            Map.entry("currency-pair", List.of("557만 6,000달러", "약 81억 원")),
            Map.entry("age-birth-year", List.of("1985년생", "40세")),
            Map.entry("repeated-fact", List.of("1월 20일", "1월 20일", "1월 20일")),
            Map.entry("repeated-fact", List.of("2023년", "2023년 5월")),
            Map.entry("elapsed-time", List.of("2년도 안 된", "2023년 5월")),
            Map.entry("elapsed-time", List.of("10년 전", "2014년")),
            Map.entry("cost-ratio", List.of("10분의 1", "557만 6,000달러")),
            Map.entry("part-whole", List.of("180명", "139명")));

    /**
     * Planted errors: one quantity value of the annotated claims changed (the text is left alone), with the check
     * that must then report INCONSISTENT on that quantity.
     */
    private static final List<Object[]> PLANTED = List.of(
            new Object[] {"percentage-points", "29%포인트", 39},
            new Object[] {"currency-pair", "약 81억 원", 12_000_000_000L},
            new Object[] {"age-birth-year", "40세", 45},
            new Object[] {"repeated-fact", "1월 20일", "2025-01-27"},
            new Object[] {"repeated-fact", "2023년 5월", "2022-05"},
            new Object[] {"elapsed-time", "2023년 5월", "2022-05"},
            new Object[] {"elapsed-time", "2014년", "2012"},
            new Object[] {"cost-ratio", "557만 6,000달러", 50_000_000},
            new Object[] {"cost-ratio", "557만 6,000달러", 1_000_000},
            new Object[] {"part-whole", "139명", 190});

    private SeedConsistencyEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Path factsFile = Path.of(args.length > 1 ? args[1] : "../claims/target/seed-claim-facts.json");
        String text = Files.readString(dir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        JsonNode facts = json.readTree(factsFile.toFile());

        LocalDate published = LocalDate.parse(facts.get("published").asText());
        DocumentView doc = new DocumentView(1, "seed", null, "seed", published.atStartOfDay().atOffset(
                ZoneOffset.ofHours(9)), "ko", DocumentStatus.ANALYSED, 1, null, null, null, text, null);
        List<ClaimView> claims = json.convertValue(facts.get("claims"), new TypeReference<List<ClaimView>>() {
        });
        List<ClaimView> bareClaims = json.convertValue(facts.get("bareClaims"), new TypeReference<List<ClaimView>>() {
        });
        List<MentionView> mentions = json.convertValue(facts.get("mentions"), new TypeReference<List<MentionView>>() {
        });

        long t0 = System.nanoTime();
        List<CheckResult> results = new ConsistencyChecker().check(doc, claims, mentions);
        long micros = (System.nanoTime() - t0) / 1000;

        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        for (CheckResult r : results) {
            counts.merge(r.verdict(), 1, Integer::sum);
            System.out.printf("%-20s %-12s %s%n    %s | %s%n", r.check(), r.verdict(),
                    r.involved().stream().map(i -> i.text() + "@" + i.start()).toList(), r.explanation(),
                    r.tolerance());
        }
        int found = 0;
        for (Map.Entry<String, List<String>> e : EXPECTED) {
            boolean hit = results.stream().anyMatch(r -> r.check().equals(e.getKey())
                    && r.verdict() == Verdict.CONSISTENT && involvesAll(r.involved(), e.getValue()));
            found += hit ? 1 : 0;
            System.out.printf("expected %-18s %-45s %s%n", e.getKey(), e.getValue(), hit ? "found" : "MISSED");
        }
        List<CheckResult> bare = new ConsistencyChecker().check(doc, bareClaims, List.of());
        int foundBare = 0;
        for (Map.Entry<String, List<String>> e : EXPECTED) {
            boolean hit = bare.stream().anyMatch(r -> r.check().equals(e.getKey())
                    && r.verdict() == Verdict.CONSISTENT && involvesAll(r.involved(), e.getValue()));
            foundBare += hit ? 1 : 0;
            if (!hit) {
                System.out.printf("without glossary mentions, missed %s %s%n", e.getKey(), e.getValue());
            }
        }
        System.out.printf("without glossary mentions (quoted names only): expected relations found %d / %d, "
                + "INCONSISTENT findings %d%n", foundBare, EXPECTED.size(),
                bare.stream().filter(r -> r.verdict() == Verdict.INCONSISTENT).count());
        int detected = 0;
        ConsistencyChecker checker = new ConsistencyChecker();
        for (Object[] p : PLANTED) {
            String check = (String) p[0];
            String form = (String) p[1];
            List<ClaimView> planted = plant(claims, form, p[2]);
            boolean hit = checker.check(doc, planted, mentions).stream().anyMatch(r -> r.check().equals(check)
                    && r.verdict() == Verdict.INCONSISTENT
                    && r.involved().stream().anyMatch(i -> i.text().equals(form)));
            detected += hit ? 1 : 0;
            System.out.printf("planted  %-18s %s := %-14s %s%n", check, form, p[2], hit ? "detected" : "MISSED");
        }
        System.out.printf("planted errors detected: %d / %d%n", detected, PLANTED.size());
        System.out.printf("claims %d, mentions %d, findings %d %s%n", claims.size(), mentions.size(),
                results.size(), counts);
        System.out.printf("expected relations found CONSISTENT: %d / %d; INCONSISTENT findings: %d; one cold run %d µs%n",
                found, EXPECTED.size(), counts.getOrDefault(Verdict.INCONSISTENT, 0), micros);
    }

    /** The claims with the value of the second quantity written {@code form} (or the only one) replaced. */
    private static List<ClaimView> plant(List<ClaimView> claims, String form, Object value) {
        int seen = 0;
        int total = 0;
        for (ClaimView c : claims) {
            total += (int) c.quantities().stream().filter(q -> q.text().equals(form)).count();
        }
        int target = total > 1 ? 1 : 0;
        List<ClaimView> out = new ArrayList<>();
        for (ClaimView c : claims) {
            List<QuantityView> qs = new ArrayList<>();
            for (QuantityView q : c.quantities()) {
                if (q.text().equals(form) && seen++ == target) {
                    q = new QuantityView(q.start(), q.end(), q.text(), value, q.unit(), q.counter(), q.approximate(),
                            q.bound(), q.to());
                }
                qs.add(q);
            }
            out.add(new ClaimView(c.id(), c.start(), c.end(), c.text(), c.claim(), c.type(), c.score(), c.reasons(),
                    qs, c.speaker(), c.hedge(), c.subjects(), c.facts()));
        }
        return out;
    }

    private static boolean involvesAll(List<Involved> involved, List<String> texts) {
        List<String> have = new ArrayList<>(involved.stream().map(Involved::text).toList());
        for (String t : texts) {
            if (!have.remove(t)) {
                return false;
            }
        }
        return true;
    }
}
