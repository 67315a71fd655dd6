package io.sasil.common.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fact a claim states, read by the claims service: what it is about ({@code subject}), what kind of
 * event, measure or relation it states ({@code predicate}) and which of the claim's quantities play which part in
 * it ({@code roles}). The consistency checks of the reporting service read these instead of the text.
 *
 * <p>Predicates and the roles their quantities take:
 * <ul>
 *   <li>a dated event ({@code founding}, {@code release}, {@code listing}, {@code acquisition}, …): {@code date}
 *       (when it happened) or {@code elapsed} (a duration since it: {@code 설립한 지 2년});</li>
 *   <li>a measure ({@code revenue}, {@code employees}, {@code research-staff}, {@code cost}, {@code price},
 *       {@code market-share}, …): {@code value}, with {@code period} for the claim's other date
 *       ({@code 2024년 매출});</li>
 *   <li>{@code part-whole}: {@code whole} and {@code part} ({@code 직원 180명 가운데 연구 인력 139명});</li>
 *   <li>{@code share}: {@code share}, a percentage stated as a share of a whole (차지, 비중, 점유율);</li>
 *   <li>{@code spending}: {@code ratio} (a ratio stated about cost: {@code 10분의 1 비용}) or {@code amount}
 *       (money stated as spent: 들었, 썼, 투입, 비용);</li>
 *   <li>{@code conversion}: {@code amount} and {@code converted}, one sum written in two currencies
 *       ({@code 600만 달러(약 84억 원)});</li>
 *   <li>{@code age}: {@code age} or {@code international-age} (만 나이), {@code birth-year}, and {@code as-of}
 *       for a date the age is tied to (당시, 때);</li>
 *   <li>{@code ago}: {@code elapsed} and {@code date} ({@code 10년 전인 2015년}).</li>
 * </ul>
 *
 * @param predicate     the class of the event, measure or relation, one of the above
 * @param predicateText the predicate word as written ({@code 설립}, {@code 직원}); null for relations read from
 *                      the quantities' order alone
 * @param subject       what the fact is about; null when no subject was found
 * @param coSubjects    keys of every subject tied to the fact: for an event, those named in the noun phrase the
 *                      predicate modifies ({@code 내놓은 AI모델 한빛 ‘별빛’}); for {@code spending}, every subject
 *                      the claim names. Includes the subject's key
 * @param roles         the claim's quantities that take part, each with its role
 */
public record FactView(String predicate, @Schema(nullable = true) String predicateText,
        @Schema(nullable = true) FactSubject subject, List<String> coSubjects, List<FactRole> roles) {

    public FactView {
        coSubjects = coSubjects == null ? List.of() : List.copyOf(coSubjects);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
