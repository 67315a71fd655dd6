package io.sasil.reporting.check;

import java.util.Set;

/**
 * A quantity read as a fact about a subject (from the claim's {@link io.sasil.common.contract.FactView}, read by the
 * claims service): what happened or was measured, about whom, in which period.
 *
 * @param quantity    the quantity and its claim
 * @param measure     the predicate class ({@code founding}, {@code release}, {@code employees}, …)
 * @param event       whether it is a dated event (the quantity's role is {@code date} or {@code elapsed}) rather than
 *                    a measured value
 * @param predicate   the predicate word as written, for explanations
 * @param subject     the subject key ({@code entry:12}, {@code term:r1}); null when none was found
 * @param label       the subject as written, for explanations
 * @param coSubjects  every subject key named in the same noun phrase as the subject (includes {@code subject})
 * @param period      the date range of the claim's other date, for measures that change over time; null if none
 */
public record Fact(Located quantity, String measure, boolean event, String predicate, String subject, String label,
        Set<String> coSubjects, String period) {
}
