package io.sasil.glossary.service;

import io.sasil.common.problem.Problem;
import io.sasil.common.problem.ProblemException;
import io.sasil.glossary.config.GlossaryConfig;
import io.sasil.glossary.termbase.CsvCodec;
import io.sasil.glossary.termbase.JsonCodec;
import io.sasil.glossary.termbase.NoriUserDictionary;
import io.sasil.glossary.termbase.TbxCodec;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermImportException;
import io.sasil.glossary.termbase.InterchangeEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Import and export of the whole term base (TBX, CSV, JSON; see the codecs) and the Nori user dictionary built from
 * it. An import is one transaction: every record is parsed and validated before any entry is created, and any error
 * rolls everything back.
 */
@ApplicationScoped
public class TermExchangeService {

    /** The exchange formats. */
    public enum Format {
        TBX("application/x-tbx", "tbx"), CSV("text/csv", "csv"), JSON("application/json", "json");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The format of a {@code format} parameter ({@code tbx}, {@code csv}, {@code json}). */
        public static Format parse(String name) {
            try {
                return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("format", "one of tbx, csv, json");
            }
        }

        /** The format of an import's media type (TBX for {@code application/x-tbx}, {@code application/xml}, {@code text/xml}). */
        public static Format ofMediaType(String mediaType) {
            String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
            int semi = m.indexOf(';');
            m = (semi >= 0 ? m.substring(0, semi) : m).strip();
            return switch (m) {
                case "application/x-tbx", "application/xml", "text/xml", "application/tbx+xml" -> TBX;
                case "text/csv" -> CSV;
                case "application/json" -> JSON;
                default -> throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                        "import takes application/x-tbx, application/xml, text/csv or application/json, not '"
                                + mediaType + "'");
            };
        }
    }

    private final TermBaseStore store;
    private final GlossaryConfig config;

    public TermExchangeService(TermBaseStore store, GlossaryConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The whole term base in a format. */
    @Transactional
    public String export(Format format) {
        List<InterchangeEntry> records = store.read().entries().stream().map(InterchangeEntry::of).toList();
        return switch (format) {
            case TBX -> TbxCodec.write(records);
            case CSV -> CsvCodec.write(records);
            case JSON -> JsonCodec.write(records);
        };
    }

    /**
     * Imports a file, all or nothing.
     *
     * @return how many entries were created
     * @throws ProblemException 413 when larger than the limit, 422 naming the failing line, element or record
     */
    @Transactional
    public int importTerms(Format format, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        if (body.length > config.maxImportBytes()) {
            throw ProblemException.tooLarge(body.length, config.maxImportBytes());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.unprocessable("import-failed", "the file is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<InterchangeEntry> records;
        try {
            records = switch (format) {
                case TBX -> TbxCodec.read(new StringReader(text));
                case CSV -> CsvCodec.read(new StringReader(text));
                case JSON -> JsonCodec.read(new StringReader(text));
            };
        } catch (TermImportException e) {
            throw failed(e);
        }
        return store.writeStructural(base -> {
            try {
                return InterchangeEntry.importInto(base, records).size();
            } catch (TermImportException e) {
                throw failed(e);
            }
        }).result();
    }

    /** The Nori user dictionary of the term base ({@link NoriUserDictionary#text}). */
    @Transactional
    public String userDictionary() {
        TermBase base = store.read();
        return NoriUserDictionary.text(base.entries());
    }

    private static ProblemException failed(TermImportException e) {
        return new ProblemException(422, "import-failed", "Import failed, nothing was imported", e.getMessage(),
                List.of(new Problem.FieldError(e.location(), e.getMessage())));
    }
}
