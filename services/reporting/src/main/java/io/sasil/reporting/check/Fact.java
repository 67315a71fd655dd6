package io.sasil.reporting.check;

import java.util.Set;

/**
 * A quantity read as a fact about a subject: what happened or was measured, about whom, in which period.
 *
 * @param quantity    the quantity and its claim
 * @param measure     the canonical measure from {@link PredicateLexicon} ({@code founding}, {@code employees}, …)
 * @param predicate   the matched predicate word, for explanations
 * @param subject     the subject key ({@code entry:12}, {@code term:r1}); null when none was found
 * @param label       the subject as written, for explanations
 * @param coSubjects  every subject key named in the same noun phrase as the subject (includes {@code subject})
 * @param period      the year of another DATE in the same claim, for measures that change over time; null if none
 */
public record Fact(Located quantity, String measure, String predicate, String subject, String label,
        Set<String> coSubjects, String period) {
}
