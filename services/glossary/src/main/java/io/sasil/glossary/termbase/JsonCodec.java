package io.sasil.glossary.termbase;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON import and export with Jackson: {@code {"format": "sasil-termbase", "version": 1, "entries": [InterchangeEntry…]}},
 * each record {@code {"preferredLabel", "category", "labels": [{"text", "type", "language"}], "definitions",
 * "notes"}}. Unknown properties are refused, so a misspelt field is an error rather than lost data. Import is all
 * or nothing: malformed JSON throws a {@link TermImportException} naming the line and column; an invalid record
 * names its path ({@code entries[3]}).
 */
public final class JsonCodec {

    public static final String FORMAT = "sasil-termbase";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonCodec() {
    }

    /** The records as JSON. */
    public static String write(List<InterchangeEntry> records) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("entries", MAPPER.valueToTree(records));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Reads JSON; all or nothing. */
    public static List<InterchangeEntry> read(Reader in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "JSON" : "JSON line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new TermImportException(where, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TermImportException("JSON", "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TermImportException("JSON", "the document must be an object with \"entries\"");
        }
        if (!FORMAT.equals(root.path("format").asText(FORMAT))) {
            throw new TermImportException("JSON format", "expected \"" + FORMAT + "\"");
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new TermImportException("JSON entries", "\"entries\" must be an array");
        }
        List<InterchangeEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            InterchangeEntry r;
            try {
                r = MAPPER.treeToValue(entries.get(i), InterchangeEntry.class);
            } catch (JsonProcessingException e) {
                throw new TermImportException("JSON entries[" + i + "]", e.getOriginalMessage(), e);
            }
            if (r == null) {
                throw new TermImportException("JSON entries[" + i + "]", "null entry");
            }
            List<String> problems = r.problems();
            if (!problems.isEmpty()) {
                throw new TermImportException("JSON entries[" + i + "]", String.join("; ", problems));
            }
            out.add(r);
        }
        return out;
    }
}
