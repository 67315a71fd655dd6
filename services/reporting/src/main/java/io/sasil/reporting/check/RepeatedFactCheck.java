package io.sasil.reporting.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repeated facts: the same subject and the same event or measure stated more than once. Quantities are read as
 * facts by the claims service ({@link CheckContext#facts()}); two facts are about the same thing when their measure (founding, release,
 * employees, …), their period (for measures: the other date of the claim) and their unit family agree and their
 * subjects are connected: the same subject key (glossary entry id or named term), or one's subject is named in
 * the noun phrase of the other ({@code 1월 20일 내놓은 AI모델 딥시크 ‘R1’} connects 딥시크 and R1). Facts are
 * grouped transitively.
 *
 * <p>A group of two or more distinct quantities is CONSISTENT when every pair agrees by {@link FactAgreement}
 * (a release date stated three times; {@code 2023} and {@code 2023-05} agree at year precision), else
 * INCONSISTENT. Durations are left to {@link ElapsedTimeCheck}.
 */
public final class RepeatedFactCheck implements ConsistencyCheck {

    public static final String NAME = "repeated-fact";

    /** Largest group compared pairwise; larger groups are compared against their first member. */
    static final int PAIRWISE_LIMIT = 64;

    @Override
    public List<CheckResult> check(CheckContext context) {
        List<Fact> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : context.facts()) {
            if (f.subject() != null && !f.quantity().unit().equals("DURATION")
                    && seen.add(f.quantity().start() + ":" + f.quantity().end())) {
                facts.add(f);
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (List<Fact> group : groups(facts)) {
            if (group.size() < 2) {
                continue;
            }
            boolean ok = true;
            boolean comparable = false;
            int limit = group.size() <= PAIRWISE_LIMIT ? group.size() : 1;
            for (int i = 0; i < limit && ok; i++) {
                for (int j = i + 1; j < group.size() && ok; j++) {
                    Optional<Boolean> a = FactAgreement.agree(group.get(i).quantity(), group.get(j).quantity());
                    if (a.isPresent()) {
                        comparable = true;
                        ok = a.get();
                    }
                }
            }
            if (!comparable) {
                continue;
            }
            List<Involved> involved = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (Fact f : group) {
                involved.add(f.quantity().involved());
                shown.add(FactAgreement.show(f.quantity()));
            }
            Fact first = group.get(0);
            String explanation = first.measure() + " of " + first.label()
                    + (first.period() != null ? " in " + first.period() : "") + " stated " + group.size()
                    + " times: " + String.join(ok ? " = " : " ≠ ", shown);
            out.add(new CheckResult(NAME, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, involved, explanation,
                    FactAgreement.TOLERANCE));
        }
        return out;
    }

    /** Connected groups of facts with the same measure, period and unit family. */
    static List<List<Fact>> groups(List<Fact> facts) {
        Map<String, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            String family = DateRange.parse(f.quantity().quantity().value()).isPresent() ? "date" : f.quantity().unit();
            byKey.computeIfAbsent(f.measure() + "|" + f.period() + "|" + family, k -> new ArrayList<>()).add(f);
        }
        List<List<Fact>> out = new ArrayList<>();
        for (List<Fact> same : byKey.values()) {
            int n = same.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            Map<String, Integer> byPrimary = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Integer j = byPrimary.putIfAbsent(same.get(i).subject(), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
            for (int i = 0; i < n; i++) {
                for (String key : same.get(i).coSubjects()) {
                    Integer j = byPrimary.get(key);
                    if (j != null) {
                        union(parent, i, j);
                    }
                }
            }
            Map<Integer, List<Fact>> roots = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                roots.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(same.get(i));
            }
            out.addAll(roots.values());
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
