package io.sasil.ingestion.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages write about themselves, in the first form that fits:
 * <ol>
 *   <li>ISO 8601 with or without time, seconds, fraction and offset, a space allowed for the
 *       {@code T} and the offset with or without its colon: {@code 2024-11-03T09:30:00+09:00},
 *       {@code 2024-11-03 09:30:00}, {@code 2024-11-03T09:30:00+0900}, {@code 2024-11-03T00:30Z};</li>
 *   <li>RFC 1123: {@code Sun, 3 Nov 2024 09:30:00 +0900};</li>
 *   <li>Korean page forms: {@code 2024.11.03 09:30}, {@code 2024. 11. 3. 오후 2:05},
 *       {@code 2024-11-03(일) 09:30}, {@code 2024년 11월 3일 9시 30분}, {@code 2024/11/03};</li>
 * </ol>
 * A value without an offset is read in the newsroom's zone; a date alone is the start of its day.
 * Impossible dates (month 13, 2월 30일) give nothing. Stateless.
 */
public final class PageDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?))?\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern KOREAN = Pattern.compile(
            "(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*[.일]?\\s*"
                    + "(?:[(\\[]?\\s*[월화수목금토일]\\s*(?:요일)?\\s*[)\\]]?\\s*)?"
                    + "(?:(오전|오후|AM|PM|am|pm)?\\s*(\\d{1,2})\\s*(?::|시)\\s*(?:(\\d{1,2})\\s*분?)?(?:\\s*:\\s*(\\d{2})|\\s*(\\d{1,2})\\s*초)?"
                    + "(?:\\s*(오전|오후|AM|PM|am|pm))?)?");

    private PageDates() {
    }

    /** The time {@code value} states, or empty when it is none of the forms above. */
    public static Optional<StatedTime> parse(String value, ZoneId zone) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 80) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(v);
            if (iso.matches()) {
                return Optional.of(iso(iso, zone));
            }
            try {
                return Optional.of(new StatedTime(
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime(), true));
            } catch (DateTimeParseException e) {
                // next form
            }
            Matcher k = KOREAN.matcher(v);
            if (k.matches()) {
                return Optional.of(korean(k, zone));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first Korean page date inside {@code text} ({@code 입력 2024.11.03 09:30 …}), or empty. */
    public static Optional<StatedTime> find(CharSequence text, ZoneId zone) {
        Matcher k = KOREAN.matcher(text);
        while (k.find()) {
            try {
                return Optional.of(korean(k, zone));
            } catch (DateTimeException | NumberFormatException e) {
                // an impossible date: look further
            }
        }
        return Optional.empty();
    }

    private static StatedTime iso(Matcher m, ZoneId zone) {
        LocalDate date = LocalDate.parse(m.group(1));
        LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2).replace(',', '.'));
        LocalDateTime local = LocalDateTime.of(date, time);
        String offset = m.group(3);
        if (offset == null) {
            return new StatedTime(local.atZone(zone).toOffsetDateTime(), false);
        }
        ZoneOffset o;
        if (offset.equalsIgnoreCase("Z")) {
            o = ZoneOffset.UTC;
        } else {
            String digits = offset.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            o = ZoneOffset.ofHoursMinutes(offset.charAt(0) == '-' ? -hours : hours,
                    offset.charAt(0) == '-' ? -minutes : minutes);
        }
        return new StatedTime(OffsetDateTime.of(local, o), true);
    }

    private static StatedTime korean(Matcher m, ZoneId zone) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(5) != null) {
            int hour = Integer.parseInt(m.group(5));
            int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            String secs = m.group(7) != null ? m.group(7) : m.group(8);
            int second = secs == null ? 0 : Integer.parseInt(secs);
            String half = m.group(4) != null ? m.group(4) : m.group(9);
            if (half != null) {
                boolean pm = half.equals("오후") || half.equalsIgnoreCase("PM");
                if (hour < 1 || hour > 12) {
                    throw new DateTimeException("12-hour clock out of range: " + hour);
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            time = LocalTime.of(hour, minute, second);
        }
        return new StatedTime(LocalDateTime.of(date, time).atZone(zone).toOffsetDateTime(), false);
    }
}
