package io.sasil.reporting.render;

import java.util.List;

/**
 * RFC 4180 CSV lines.
 *
 * <p>Rules: fields are separated by commas and lines end with CRLF; a field containing a comma, a double quote,
 * CR or LF, or starting or ending with a space, is enclosed in double quotes with its quotes doubled. A
 * <em>text</em> field starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR is prefixed with an
 * apostrophe so spreadsheets do not run it as a formula (OWASP CSV injection); numeric fields are written as
 * they are.
 */
public final class CsvText {

    private CsvText() {
    }

    /** One line of fields, CRLF-terminated; {@code null} is an empty field. */
    public static String line(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object f = fields.get(i);
            b.append(field(f == null ? "" : f instanceof Number ? Cells.value(f) : text(f.toString())));
        }
        return b.append("\r\n").toString();
    }

    /** A text value made safe for spreadsheets (see the class comment). */
    static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** A field quoted when it must be. */
    static String field(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0
                || !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
