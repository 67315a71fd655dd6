package io.sasil.glossary.termbase;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV import and export (RFC 4180: comma separated, CRLF line ends on export, fields quoted with {@code "} when
 * they hold a comma, quote, line break or leading/trailing space, quotes doubled).
 *
 * <p>Layout: the header row {@value #HEADER}, then one row per label, definition or note:
 * {@code entry} groups the rows of one record (any text, rows of a record need not be adjacent), {@code preferred}
 * is {@code true} on the preferred label, {@code category} is empty or a {@link Category} name (it must agree
 * within a record), {@code type} is a {@link LabelType} name or {@code NOTE}, {@code language} a BCP 47 tag.
 *
 * <p>A field that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage
 * return) is written with a leading apostrophe, as reporting's CSV does (OWASP CSV injection); so that export
 * and import stay inverse, a field of apostrophes before such a character gets one apostrophe more on export,
 * and import takes one away.
 *
 * <p>Import reads LF or CRLF line ends and quoted line breaks, and is all or nothing: a broken quote, a wrong
 * header, a wrong number of fields, an unknown type or category, or an invalid record throws a
 * {@link TermImportException} naming the line (the physical line where the record starts).
 */
public final class CsvCodec {

    public static final String HEADER = "entry,preferred,category,type,language,text";
    private static final int COLUMNS = 6;

    private CsvCodec() {
    }

    /** The records as CSV. */
    public static String write(List<InterchangeEntry> records) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        int n = 0;
        for (InterchangeEntry r : records) {
            n++;
            String id = "e" + n;
            String cat = r.category() == null ? "" : r.category().name();
            boolean preferredWritten = false;
            for (InterchangeLabel l : r.labels()) {
                boolean preferred = !preferredWritten && l.text().strip().equals(r.preferredLabel().strip());
                preferredWritten |= preferred;
                String lang = l.language() == null ? InterchangeLabel.defaultLanguage(l.type(), l.text()) : l.language();
                row(out, id, preferred ? "true" : "", cat, l.type().name(), lang, l.text());
            }
            for (String d : r.definitions()) {
                row(out, id, "", cat, LabelType.DEFINITION.name(), "ko", d);
            }
            for (String note : r.notes()) {
                row(out, id, "", cat, "NOTE", "", note);
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(neutraliseFormula(fields[i])));
        }
        out.append("\r\n");
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** {@code =SUM(A1)} becomes {@code '=SUM(A1)}, {@code '=x} becomes {@code ''=x}; anything else is unchanged. */
    static String neutraliseFormula(String field) {
        int i = 0;
        while (i < field.length() && field.charAt(i) == '\'') {
            i++;
        }
        return i < field.length() && FORMULA_STARTS.indexOf(field.charAt(i)) >= 0 ? "'" + field : field;
    }

    /** The inverse of {@link #neutraliseFormula}. */
    static String restoreFormula(String field) {
        int i = 0;
        while (i < field.length() && field.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < field.length() && FORMULA_STARTS.indexOf(field.charAt(i)) >= 0 ? field.substring(1) : field;
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Reads CSV; all or nothing. */
    public static List<InterchangeEntry> read(Reader in) {
        List<Row> rows;
        try {
            rows = parse(in);
        } catch (IOException e) {
            throw new TermImportException("CSV", "cannot read: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new TermImportException("CSV line 1", "empty file: the header row " + HEADER + " is missing");
        }
        Row header = rows.get(0);
        String h = String.join(",", header.fields).strip();
        if (!h.startsWith("\uFEFF") ? !h.equalsIgnoreCase(HEADER) : !h.substring(1).equalsIgnoreCase(HEADER)) {
            throw new TermImportException("CSV line 1", "header must be " + HEADER + ", found " + h);
        }
        Map<String, InterchangeEntryBuilder> byEntry = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            String where = "CSV line " + row.line;
            if (row.fields.size() == 1 && row.fields.get(0).isEmpty()) {
                continue;   // blank line
            }
            if (row.fields.size() != COLUMNS) {
                throw new TermImportException(where, "expected " + COLUMNS + " fields, found " + row.fields.size());
            }
            String entry = row.fields.get(0).strip();
            if (entry.isEmpty()) {
                throw new TermImportException(where, "entry is empty");
            }
            InterchangeEntryBuilder b = byEntry.computeIfAbsent(entry, k -> new InterchangeEntryBuilder(row.line));
            String catText = row.fields.get(2).strip();
            if (!catText.isEmpty()) {
                Category cat;
                try {
                    cat = Category.valueOf(catText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TermImportException(where, "unknown category '" + catText + "'");
                }
                if (b.category != null && b.category != cat) {
                    throw new TermImportException(where, "category " + cat + " contradicts " + b.category
                            + " given earlier for entry " + entry);
                }
                b.category = cat;
            }
            String type = row.fields.get(3).strip().toUpperCase(Locale.ROOT);
            String lang = row.fields.get(4).strip();
            String text = row.fields.get(5);
            if (text.isBlank()) {
                throw new TermImportException(where, "text is empty");
            }
            if (type.equals("NOTE")) {
                b.notes.add(text);
            } else if (type.equals(LabelType.DEFINITION.name())) {
                b.definitions.add(text);
            } else {
                LabelType t;
                try {
                    t = LabelType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw new TermImportException(where, "unknown type '" + row.fields.get(3) + "'");
                }
                b.labels.add(new InterchangeLabel(text.strip(), t, lang.isEmpty() ? null : lang));
                String pref = row.fields.get(1).strip().toLowerCase(Locale.ROOT);
                if (pref.equals("true") || pref.equals("yes") || pref.equals("1")) {
                    if (b.preferred != null) {
                        throw new TermImportException(where, "entry " + entry + " has a second preferred label");
                    }
                    b.preferred = text.strip();
                }
            }
        }
        List<InterchangeEntry> out = new ArrayList<>(byEntry.size());
        for (Map.Entry<String, InterchangeEntryBuilder> e : byEntry.entrySet()) {
            InterchangeEntry r = e.getValue().record();
            List<String> problems = r.problems();
            if (!problems.isEmpty()) {
                throw new TermImportException("CSV line " + e.getValue().line + ", entry " + e.getKey(),
                        String.join("; ", problems));
            }
            out.add(r);
        }
        return out;
    }

    private record Row(int line, List<String> fields) {
    }

    /** RFC 4180 records with the physical line each starts on. */
    private static List<Row> parse(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean inQuotes = false;
        boolean afterQuote = false;
        boolean any = false;
        int c = in.read();
        while (c != -1) {
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                        c = in.read();
                        continue;
                    }
                    inQuotes = false;
                    afterQuote = true;
                    c = next;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
                c = in.read();
                continue;
            }
            if (c == ',') {
                fields.add(restoreFormula(field.toString()));
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') { // a row ends at \n, \r\n or a lone \r
                fields.add(restoreFormula(field.toString()));
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                line++;
                rowLine = line;
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        c = next;
                        continue;
                    }
                }
            } else if (afterQuote) {
                throw new TermImportException("CSV line " + line,
                        "unexpected character '" + (char) c + "' after a closing quote (a quote inside a quoted"
                                + " field must be doubled)");
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new TermImportException("CSV line " + line,
                            "a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                inQuotes = true;
                quoteLine = line;
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
        if (inQuotes) {
            throw new TermImportException("CSV line " + quoteLine, "quoted field opened here is never closed");
        }
        if (any && (field.length() > 0 || !fields.isEmpty() || afterQuote)) {
            fields.add(restoreFormula(field.toString()));
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
