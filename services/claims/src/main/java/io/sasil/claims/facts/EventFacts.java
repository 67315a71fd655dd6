package io.sasil.claims.facts;

import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.FactView;
import io.sasil.common.text.Hangul;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads quantities as facts: which event or measure ({@link PredicateLexicon}) and which subject
 * ({@link SubjectAnchors}) each quantity is about.
 *
 * <p>Predicate, by unit:
 * <ul>
 *   <li>DATE, DATETIME, INTERVAL: the first event word within {@value #AFTER_WINDOW} code points after the date
 *       (and before the next quantity): {@code 2023년 설립된}, {@code 1월 20일 출시한}; failing that an event noun
 *       just before it followed by 일/연도 ({@code 출시일은 1월 20일});</li>
 *   <li>DURATION: the event word just before {@code 지} ({@code 설립한 지 2년도 안 된});</li>
 *   <li>other measures: the nearest measure noun within {@value #BEFORE_WINDOW} code points before the number
 *       ({@code 직원 180명}), else right after it ({@code 500억 원의 매출}).</li>
 * </ul>
 * <p>Subject, in this order:
 * <ol>
 *   <li>when the predicate (or the duration) ends in a modifier ending (한, 된, 은, 던, 시킨, …) and is not followed
 *       by a dependent noun (이래, 이후, 때, 지, …): the last subject in the noun phrase it modifies, which runs up
 *       to the first word ending in a particle, at most {@value #PHRASE_WORDS} words ({@code 출시한 추론 모델
 *       ‘별빛’이다} → 별빛);</li>
 *   <li>a subject between the date and the predicate ({@code 2023년 5월 ‘한빛’을 출범시켰다});</li>
 *   <li>the last subject before the quantity in the same claim (the topic: {@code ‘한빛’은 … 출시된 이래});</li>
 *   <li>the claim's only glossary subject, if it has exactly one.</li>
 * </ol>
 * Measures that change over time take as period the first other date of their claim ({@code 2024년 매출}).
 *
 * <p>Each fact names its quantity with the role {@code date} (a dated event), {@code elapsed} (a duration since
 * the event) or {@code value} (a measure), and the period's date with the role {@code period}.
 */
final class EventFacts {

    static final int AFTER_WINDOW = 25;
    static final int BEFORE_WINDOW = 12;
    static final int PHRASE_WORDS = 5;

    private static final List<String> DEPENDENT_NOUNS = List.of("이래", "이후", "후", "뒤", "지", "때", "당시", "직후",
            "무렵", "만에", "만", "전", "사이", "바", "것", "적", "뒤로", "후로", "때문");
    private static final Set<String> DEPENDENT_PARTICLES = Set.of("에", "에는", "부터", "로", "의", "인", "이", "은",
            "도", "엔", "으로");
    private static final String PARTICLE_ENDINGS = "이가은는을를에서도만와과로게께터럼고다며면나랑야";
    private static final Set<String> NOUN_TOPIC_SUFFIXES = Set.of("은", "는", "인", "이", "만은", "만이");

    private final ClaimText context;

    EventFacts(ClaimText claim) {
        this.context = claim;
    }

    /** Every quantity of the claim that can be read as a fact, in text order. */
    List<FactView> facts() {
        List<FactView> out = new ArrayList<>();
        for (Q q : context.quantities()) {
            fact(q).ifPresent(out::add);
        }
        return out;
    }

    /** The fact a quantity states, if its predicate is found. */
    Optional<FactView> fact(Q q) {
        String unit = q.unit();
        if (unit.equals("DATE") || unit.equals("DATETIME") || unit.equals("INTERVAL")) {
            return datedEvent(q);
        }
        if (unit.equals("DURATION")) {
            return elapsedEvent(q);
        }
        if (!Double.isNaN(number(q.quantity().value())) && !unit.equals("BIRTH_YEAR")
                && !unit.equals("AGE_YEARS") && !unit.equals("RANK") && !unit.equals("ORDINAL")) {
            return measure(q);
        }
        return Optional.empty();
    }

    private Optional<FactView> datedEvent(Q q) {
        int limit = Math.min(context.nextQuantityStart(q), q.end() + AFTER_WINDOW);
        PredicateLexicon.Match hit = null;
        for (PredicateLexicon.Match m : context.predicates(q.end(), limit)) {
            if (PredicateLexicon.isEvent(m.measure())) {
                hit = m;
                break;
            }
        }
        if (hit == null) {
            int from = Math.max(context.previousQuantityEnd(q), q.start() - BEFORE_WINDOW);
            for (PredicateLexicon.Match m : context.predicates(from, q.start())) {
                String after = context.slice(m.end(), q.start()).strip();
                if (PredicateLexicon.isEvent(m.measure()) && (after.startsWith("일") || after.startsWith("연도")
                        || after.startsWith("년도") || after.startsWith("시점"))) {
                    hit = m;
                }
            }
            if (hit == null) {
                return Optional.empty();
            }
            return Optional.of(build(q, hit, null, hit.start()));
        }
        return Optional.of(build(q, hit, modifierEnd(hit), q.start()));
    }

    private Optional<FactView> elapsedEvent(Q q) {
        int from = Math.max(context.previousQuantityEnd(q), q.start() - BEFORE_WINDOW);
        PredicateLexicon.Match hit = null;
        for (PredicateLexicon.Match m : context.predicates(from, q.start())) {
            String gap = context.slice(m.end(), q.start()).strip();
            if (PredicateLexicon.isEvent(m.measure()) && gap.endsWith("지") && gap.length() <= 4) {
                hit = m;
            }
        }
        if (hit == null) {
            return Optional.empty();
        }
        int phrase = -1;
        String own = q.quantity().text() == null ? "" : q.quantity().text().strip();
        String rest = eojeolFrom(q.end());
        String tail = rest.isEmpty() ? own : rest;
        if (!tail.isEmpty() && endsInModifier(tail)) {
            phrase = q.end() + CodeCount.of(rest);
        }
        return Optional.of(build(q, hit, phrase < 0 ? null : phrase, hit.start()));
    }

    private Optional<FactView> measure(Q q) {
        int from = Math.max(context.previousQuantityEnd(q), q.start() - BEFORE_WINDOW);
        PredicateLexicon.Match hit = null;
        for (PredicateLexicon.Match m : context.predicates(from, q.start())) {
            if (!PredicateLexicon.isEvent(m.measure()) && (hit == null || m.end() >= hit.end())) {
                if (hit == null || m.end() > hit.end() || m.form().length() > hit.form().length()) {
                    hit = m;
                }
            }
        }
        if (hit == null) {
            int limit = Math.min(context.nextQuantityStart(q), q.end() + 6);
            for (PredicateLexicon.Match m : context.predicates(q.end(), limit)) {
                if (!PredicateLexicon.isEvent(m.measure()) && m.start() - q.end() <= 3) {
                    hit = m;
                    break;
                }
            }
        }
        if (hit == null) {
            return Optional.empty();
        }
        int topicLimit = Math.min(hit.start(), q.start());
        List<SubjectAnchors.Anchor> before = context.anchors().within(context.start(), topicLimit);
        SubjectAnchors.Anchor subject = before.isEmpty() ? null : before.get(before.size() - 1);
        if (subject == null) {
            List<SubjectAnchors.Anchor> after = context.anchors().within(q.end(), context.end());
            subject = after.isEmpty() ? null : after.get(0);
        }
        return Optional.of(fact(q, hit, subject, subject == null ? Set.of() : Set.of(subject.key())));
    }

    /** Builds a fact; {@code phraseStart} is where a modified noun phrase starts, or null. */
    private FactView build(Q q, PredicateLexicon.Match hit, Integer phraseStart, int topicLimit) {
        if (phraseStart != null) {
            List<SubjectAnchors.Anchor> phrase = headPhrase(phraseStart, context.end());
            if (!phrase.isEmpty()) {
                Set<String> keys = new LinkedHashSet<>();
                phrase.forEach(a -> keys.add(a.key()));
                return fact(q, hit, phrase.get(phrase.size() - 1), keys);
            }
        }
        if (hit.start() > q.end()) {
            List<SubjectAnchors.Anchor> between = context.anchors().within(q.end(), hit.start());
            if (!between.isEmpty()) {
                SubjectAnchors.Anchor a = between.get(between.size() - 1);
                return fact(q, hit, a, Set.of(a.key()));
            }
        }
        List<SubjectAnchors.Anchor> before = context.anchors().within(context.start(), Math.min(q.start(), topicLimit));
        if (!before.isEmpty()) {
            SubjectAnchors.Anchor a = before.get(before.size() - 1);
            return fact(q, hit, a, Set.of(a.key()));
        }
        return fact(q, hit, null, Set.of());
    }

    private FactView fact(Q q, PredicateLexicon.Match hit, SubjectAnchors.Anchor subject, Set<String> keys) {
        FactSubject who = null;
        if (subject != null) {
            who = subject.subject();
        } else if (context.subjects().size() == 1 && context.subjects().get(0) != null) {
            String key = "entry:" + context.subjects().get(0);
            who = new FactSubject(key, key, context.subjects().get(0));
            keys = Set.of(key);
        }
        List<FactRole> roles = new ArrayList<>();
        boolean event = PredicateLexicon.isEvent(hit.measure());
        roles.add(new FactRole(q.index(), !event ? "value" : q.unit().equals("DURATION") ? "elapsed" : "date"));
        if (!event) {
            for (Q o : context.quantities()) {
                if (o != q && (o.unit().equals("DATE") || o.unit().equals("INTERVAL")) && isCalendarValue(o)) {
                    roles.add(new FactRole(o.index(), "period"));
                    break;
                }
            }
        }
        return new FactView(hit.measure(), hit.form(), who, List.copyOf(new LinkedHashSet<>(keys)), roles);
    }

    /** Whether a date's value is an ISO calendar date or interval ({@code 2024}, {@code 2024-05}, {@code a/b}). */
    static boolean isCalendarValue(Q q) {
        return q.quantity().value() instanceof String s && s.length() <= 64 && CALENDAR.matcher(s.strip()).matches();
    }

    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "\\d{4}(-\\d{2}){0,2}(T\\S*)?(/\\d{4}(-\\d{2}){0,2}(T\\S*)?)?");

    /** The value as a double, or NaN when it is not a number. */
    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Where the phrase modified by the predicate starts, or null when the predicate is not a modifier. */
    private Integer modifierEnd(PredicateLexicon.Match hit) {
        String suffix = eojeolFrom(hit.end());
        if (suffix.isEmpty()) {
            if (hit.verbStem() && endsInModifier(hit.form())) {
                return hit.end();
            }
            return null;
        }
        if (!hit.verbStem() && NOUN_TOPIC_SUFFIXES.contains(suffix)) {
            return null;
        }
        return endsInModifier(suffix) ? hit.end() + CodeCount.of(suffix) : null;
    }

    /** The rest of the word (eojeol) starting at {@code cp}, up to white space. */
    private String eojeolFrom(int cp) {
        String s = context.slice(cp, cp + 12);
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** A modifier ending: the last syllable has final ㄴ (한, 된, 은, 인, 킨) or is 던. */
    static boolean endsInModifier(String word) {
        String w = word.strip();
        if (w.isEmpty()) {
            return false;
        }
        int last = w.codePointBefore(w.length());
        if (last == '던') {
            return true;
        }
        return Hangul.isSyllable(last) && (last - 0xAC00) % 28 == 4;
    }

    /**
     * Subject anchors of the noun phrase starting at {@code start}: words up to the first one ending in a particle
     * (included), at most {@value #PHRASE_WORDS}; none when the first word is a dependent noun.
     */
    private List<SubjectAnchors.Anchor> headPhrase(int start, int claimEnd) {
        String s = context.slice(start, Math.min(claimEnd, start + 60));
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int words = 0;
        int endChar = i;
        boolean first = true;
        while (i < s.length() && words < PHRASE_WORDS) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String word = s.substring(i, j);
            if (first) {
                String bare = stripTrailingPunctuation(word);
                for (String dep : DEPENDENT_NOUNS) {
                    if (bare.equals(dep) || (bare.startsWith(dep)
                            && DEPENDENT_PARTICLES.contains(bare.substring(dep.length())))) {
                        return List.of();
                    }
                }
                first = false;
            }
            words++;
            endChar = j;
            String core = stripTrailingPunctuation(word);
            if (!core.isEmpty() && PARTICLE_ENDINGS.indexOf(core.charAt(core.length() - 1)) >= 0) {
                break;
            }
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            i = j;
        }
        int endCp = start + CodeCount.of(s.substring(0, endChar));
        return context.anchors().within(start, endCp);
    }

    private static String stripTrailingPunctuation(String w) {
        int e = w.length();
        while (e > 0 && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(0, e);
    }

    /** Code point counting for short strings. */
    static final class CodeCount {
        private CodeCount() {
        }

        static int of(String s) {
            return s.codePointCount(0, s.length());
        }
    }
}
