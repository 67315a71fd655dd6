package io.sasil.claims.eval;

import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.claims.quantity.Units;
import io.sasil.common.contract.Bound;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Duckling's Korean corpus ({@code duckling-ko.tsv}) through {@link QuantityParser} and
 * reports the pass rate per dimension and every failure.
 *
 * <p>How a row passes: the quantity of the input with the longest span is compared with the
 * expected value converted to our units ({@code 3 Kilometre} → 3000 METRE, {@code 10 Cent} →
 * 0.1 USD, {@code 30 Minute} → a duration of 1800 s). Time rows are resolved at
 * 2013-02-12T04:30:00-02:00; Duckling's instant at grain G becomes our ISO string at that
 * precision (Day → {@code 2013-02-12}, Week → {@code 2013-W07}, Quarter →
 * {@code 2013-01/2013-03}, Hour/Minute → {@code 2013-02-12T15:00-02:00}); Duckling's intervals
 * (end exclusive) become ours (end inclusive at the grain: end minus one grain). For money
 * bounds, Duckling's {@code above} accepts MIN_INCLUSIVE and MIN_EXCLUSIVE and {@code under}
 * MAX_INCLUSIVE and MAX_EXCLUSIVE, because Duckling does not tell 이상 from 초과: we do.
 *
 * <p>Usage: {@code DucklingConformance <evalDir>}.
 */
public final class DucklingConformance {

    static final OffsetDateTime REF = OffsetDateTime.parse("2013-02-12T04:30:00-02:00");

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval", "duckling-ko.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        QuantityParser parser = new QuantityParser();
        Map<String, int[]> perDim = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String dim = c[0];
            String input = c[1];
            String expected = c[2];
            String unit = c[3];
            String kind = c[5];
            List<Quantity> qs = parser.parse(input, REF);
            Quantity q = qs.stream().max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).orElse(null);
            String why = check(dim, expected, unit, kind, q);
            int[] t = perDim.computeIfAbsent(dim, k -> new int[2]);
            t[1]++;
            if (why == null) {
                t[0]++;
                if (q != null && q.bound() != null && dim.equals("AmountOfMoney")) {
                    bounds.add(input + " → " + q.bound() + " (Duckling: " + kind + ")");
                }
            } else {
                failures.add(dim + "\t" + input + "\texpected " + expected + " " + unit + " (" + kind + ")\tgot "
                        + describe(qs) + "\t" + why);
            }
        }
        int pass = 0;
        int total = 0;
        System.out.println("| dimension | passed | cases | rate |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, int[]> e : perDim.entrySet()) {
            int[] t = e.getValue();
            pass += t[0];
            total += t[1];
            System.out.printf("| %s | %d | %d | %.1f%% |%n", e.getKey(), t[0], t[1], 100.0 * t[0] / t[1]);
        }
        System.out.printf("| **all** | %d | %d | %.1f%% |%n", pass, total, 100.0 * pass / total);
        System.out.println();
        System.out.println("Failures (" + failures.size() + "):");
        failures.forEach(f -> System.out.println("  " + f));
        System.out.println();
        System.out.println("Bounds we keep apart where Duckling does not (" + bounds.size() + "):");
        bounds.forEach(b -> System.out.println("  " + b));
    }

    private static String describe(List<Quantity> qs) {
        StringBuilder b = new StringBuilder();
        for (Quantity q : qs) {
            b.append('[').append(q.text()).append(" = ").append(q.value()).append(' ').append(q.unit());
            if (q.counter() != null) {
                b.append('/').append(q.counter());
            }
            if (q.to() != null) {
                b.append(" to ").append(q.to());
            }
            if (q.bound() != null) {
                b.append(' ').append(q.bound());
            }
            b.append(']');
        }
        return b.length() == 0 ? "nothing" : b.toString();
    }

    static String check(String dim, String expected, String unit, String kind, Quantity q) {
        if (q == null) {
            return "no quantity";
        }
        return switch (dim) {
            case "Numeral" -> q.number() != null && eq(q.number(), new BigDecimal(expected)) ? null : "value";
            case "Ordinal" -> Units.ORDINAL.equals(q.unit()) && eq(q.number(), new BigDecimal(expected)) ? null : "value/unit";
            case "Time" -> checkTime(expected, unit, kind, q);
            case "Duration" -> checkDuration(expected, unit, q);
            default -> checkMeasure(expected, unit, kind, q);
        };
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a != null && a.subtract(b).abs().compareTo(new BigDecimal("0.000001").max(b.abs().movePointLeft(9))) <= 0;
    }

    /** Our unit code and the factor to it, for a Duckling unit. */
    private static Object[] unitOf(String u) {
        return switch (u) {
            case "Dollar" -> new Object[] {"USD", "1"};
            case "Cent" -> new Object[] {"USD", "0.01"};
            case "EUR" -> new Object[] {"EUR", "1"};
            case "Pound" -> new Object[] {"GBP", "1"};
            case "KRW" -> new Object[] {"KRW", "1"};
            case "Kilometre" -> new Object[] {Units.METRE, "1000"};
            case "Metre" -> new Object[] {Units.METRE, "1"};
            case "Centimetre" -> new Object[] {Units.METRE, "0.01"};
            case "Mile" -> new Object[] {Units.METRE, "1609.344"};
            case "Millilitre" -> new Object[] {Units.LITRE, "0.001"};
            case "Litre" -> new Object[] {Units.LITRE, "1"};
            case "Gallon" -> new Object[] {Units.LITRE, "3.785411784"};
            case "Hectolitre" -> new Object[] {Units.LITRE, "100"};
            case "Gram" -> new Object[] {Units.KILOGRAM, "0.001"};
            case "근" -> new Object[] {Units.KILOGRAM, "0.6"};
            case "Cup" -> new Object[] {Units.COUNT, "1"};
            case "Celsius" -> new Object[] {Units.CELSIUS, "1"};
            case "Fahrenheit" -> new Object[] {Units.FAHRENHEIT, "1"};
            case "Degree" -> new Object[] {Units.DEGREE, "1"};
            default -> new Object[] {u, "1"};
        };
    }

    private static String checkMeasure(String expected, String unit, String kind, Quantity q) {
        Object[] u = unitOf(unit);
        BigDecimal f = new BigDecimal((String) u[1]);
        if (!u[0].equals(q.unit())) {
            return "unit";
        }
        if (kind.equals("between")) {
            String[] ab = expected.split("\\.\\.");
            return eq(q.number(), new BigDecimal(ab[0]).multiply(f)) && q.to() != null
                    && eq(q.to(), new BigDecimal(ab[1]).multiply(f)) ? null : "range";
        }
        if (!eq(q.number(), new BigDecimal(expected).multiply(f))) {
            return "value";
        }
        if (kind.equals("above") && q.bound() != Bound.MIN_INCLUSIVE && q.bound() != Bound.MIN_EXCLUSIVE) {
            return "bound";
        }
        if (kind.equals("under") && q.bound() != Bound.MAX_INCLUSIVE && q.bound() != Bound.MAX_EXCLUSIVE) {
            return "bound";
        }
        return null;
    }

    /** Seconds of an ISO 8601 duration (year = 365 days, month = 30 days); decimals in any part. */
    static long seconds(String iso) {
        BigDecimal total = BigDecimal.ZERO;
        boolean time = false;
        StringBuilder num = new StringBuilder();
        for (int k = 1; k < iso.length(); k++) {
            char c = iso.charAt(k);
            if (c == 'T') {
                time = true;
            } else if (Character.isDigit(c) || c == '.') {
                num.append(c);
            } else {
                long f = switch (c) {
                    case 'Y' -> 365L * 86400;
                    case 'M' -> time ? 60 : 30L * 86400;
                    case 'W' -> 7L * 86400;
                    case 'D' -> 86400;
                    case 'H' -> 3600;
                    default -> 1;
                };
                total = total.add(new BigDecimal(num.toString()).multiply(BigDecimal.valueOf(f)));
                num.setLength(0);
            }
        }
        return total.longValue();
    }

    private static String checkDuration(String expected, String unit, Quantity q) {
        if (!Units.DURATION.equals(q.unit())) {
            return "unit";
        }
        long want = new BigDecimal(expected).multiply(BigDecimal.valueOf(switch (unit) {
            case "Second" -> 1;
            case "Minute" -> 60;
            case "Hour" -> 3600;
            case "Day" -> 86400;
            default -> 1;
        })).longValue();
        return seconds(q.temporal()) == want ? null : "value";
    }

    static String iso(OffsetDateTime t, String grain) {
        String off = t.getOffset().getId();
        return switch (grain) {
            case "Year" -> String.format("%04d", t.getYear());
            case "Month" -> String.format("%04d-%02d", t.getYear(), t.getMonthValue());
            case "Quarter" -> String.format("%04d-%02d/%04d-%02d", t.getYear(), t.getMonthValue(), t.getYear(),
                    t.getMonthValue() + 2);
            case "Week" -> String.format("%04d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "Day" -> t.toLocalDate().toString();
            case "Second" -> String.format("%sT%02d:%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond(), off);
            default -> String.format("%sT%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), off);
        };
    }

    private static ChronoUnit unit(String grain) {
        return switch (grain) {
            case "Year" -> ChronoUnit.YEARS;
            case "Quarter" -> ChronoUnit.MONTHS;
            case "Month" -> ChronoUnit.MONTHS;
            case "Week" -> ChronoUnit.WEEKS;
            case "Day" -> ChronoUnit.DAYS;
            case "Hour" -> ChronoUnit.HOURS;
            case "Minute" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.SECONDS;
        };
    }

    private static String checkTime(String expected, String grain, String kind, Quantity q) {
        if (q.temporal() == null) {
            return "not temporal";
        }
        String want;
        if (kind.equals("interval")) {
            String[] ab = expected.split("/");
            OffsetDateTime a = OffsetDateTime.parse(ab[0]);
            OffsetDateTime b = OffsetDateTime.parse(ab[1]).minus(grain.equals("Quarter") ? 3 : 1, unit(grain));
            want = iso(a, grain) + "/" + iso(b, grain);
        } else {
            want = iso(OffsetDateTime.parse(expected), grain);
        }
        return want.equals(q.temporal()) ? null : "want " + want;
    }
}
