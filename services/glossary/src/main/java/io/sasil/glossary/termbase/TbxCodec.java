package io.sasil.glossary.termbase;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

/**
 * TBX (ISO 30042:2019) import and export, TBX-Basic dialect in the DCA style that TBX-Core shares.
 *
 * <p>Export: {@code <tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2">}, one
 * {@code conceptEntry} per record with {@code descrip type="subjectField"} for the category and {@code note}s, one
 * {@code langSec} per language (in order of first use) holding the {@code descrip type="definition"}s (Korean) and
 * one {@code termSec/term} per label; {@code termNote type="termType"} is {@code abbreviation} for ABBREVIATION
 * labels and {@code fullForm} otherwise; the preferred label has {@code termNote type="administrativeStatus"}
 * {@code preferredTerm-admn-sts}. Label types travel as languages: HANJA is {@code ko-Hani}, KOREAN {@code ko}.
 *
 * <p>Import reads that shape, by local element names (any namespace), and derives each term's type with
 * {@link InterchangeLabel#typeOf}: termType abbreviation, acronym, initialism or shortForm → ABBREVIATION. Security: a
 * document with a DOCTYPE is refused before any entity is declared or expanded (no external entities, no DTD, no
 * billion laughs), and the JDK's StAX limits apply. Import is all or nothing: the first malformed or invalid
 * element throws a {@link TermImportException} naming its line and element.
 */
public final class TbxCodec {

    static final String NS = "urn:iso:std:iso:30042:ed-2";

    private TbxCodec() {
    }

    /** The records as a TBX document. */
    public static String write(List<InterchangeEntry> records) {
        StringWriter out = new StringWriter();
        write(records, out);
        return out.toString();
    }

    /** Writes the records as a TBX document. */
    public static void write(List<InterchangeEntry> records, Writer out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("tbx");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("type", "TBX-Basic");
            w.writeAttribute("style", "dca");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "ko");
            nl(w, 1);
            w.writeStartElement("tbxHeader");
            w.writeStartElement("fileDesc");
            w.writeStartElement("sourceDesc");
            w.writeStartElement("p");
            w.writeCharacters("sasil term base export");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            nl(w, 1);
            w.writeStartElement("text");
            nl(w, 2);
            w.writeStartElement("body");
            int n = 0;
            for (InterchangeEntry r : records) {
                n++;
                nl(w, 3);
                w.writeStartElement("conceptEntry");
                w.writeAttribute("id", "c" + n);
                if (r.category() != null) {
                    nl(w, 4);
                    element(w, "descrip", "subjectField", r.category().name());
                }
                for (String note : r.notes()) {
                    nl(w, 4);
                    w.writeStartElement("note");
                    w.writeCharacters(note);
                    w.writeEndElement();
                }
                Map<String, List<InterchangeLabel>> byLang = new LinkedHashMap<>();
                if (!r.definitions().isEmpty()) {
                    byLang.put("ko", new ArrayList<>());
                }
                for (InterchangeLabel l : r.labels()) {
                    String lang = l.language() == null || l.language().isBlank()
                            ? InterchangeLabel.defaultLanguage(l.type(), l.text()) : l.language();
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(l);
                }
                for (Map.Entry<String, List<InterchangeLabel>> lang : byLang.entrySet()) {
                    nl(w, 4);
                    w.writeStartElement("langSec");
                    w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang.getKey());
                    if (lang.getKey().equals("ko")) {
                        for (String d : r.definitions()) {
                            nl(w, 5);
                            element(w, "descrip", "definition", d);
                        }
                    }
                    for (InterchangeLabel l : lang.getValue()) {
                        nl(w, 5);
                        w.writeStartElement("termSec");
                        nl(w, 6);
                        w.writeStartElement("term");
                        w.writeCharacters(l.text());
                        w.writeEndElement();
                        nl(w, 6);
                        element(w, "termNote", "termType",
                                l.type() == LabelType.ABBREVIATION ? "abbreviation" : "fullForm");
                        if (l.text().strip().equals(r.preferredLabel().strip())) {
                            nl(w, 6);
                            element(w, "termNote", "administrativeStatus", "preferredTerm-admn-sts");
                        }
                        nl(w, 5);
                        w.writeEndElement();
                    }
                    nl(w, 4);
                    w.writeEndElement();
                }
                nl(w, 3);
                w.writeEndElement();
            }
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TBX", e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String type, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("type", type);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Reads a TBX document; all or nothing. */
    public static List<InterchangeEntry> read(Reader in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<InterchangeEntry> out = new ArrayList<>();
        XMLStreamReader r = null;
        int line = 1;
        try {
            r = f.createXMLStreamReader(in);
            boolean sawTbx = false;
            InterchangeEntryBuilder entry = null;
            String lang = null;
            Term term = null;
            while (r.hasNext()) {
                int ev = r.next();
                line = r.getLocation().getLineNumber();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new TermImportException("TBX line " + line,
                            "DOCTYPE declarations are not allowed (external entities and entity expansion are refused)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new TermImportException("TBX line " + line,
                            "entity reference &" + r.getLocalName() + "; is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (!sawTbx) {
                            if (!name.equals("tbx")) {
                                throw new TermImportException("TBX line " + line + ", <" + name + ">",
                                        "the root element must be <tbx>");
                            }
                            sawTbx = true;
                            continue;
                        }
                        switch (name) {
                            case "conceptEntry", "termEntry" -> entry = new InterchangeEntryBuilder(line);
                            case "langSec", "langSet" -> lang = xmlLang(r);
                            case "termSec", "tig", "ntig" -> term = new Term();
                            case "term" -> {
                                String text = r.getElementText();
                                if (term == null || entry == null) {
                                    throw new TermImportException("TBX line " + line + ", <term>",
                                            "a term outside conceptEntry/langSec/termSec");
                                }
                                term.text = text;
                            }
                            case "termNote" -> {
                                String type = attr(r, "type");
                                String text = r.getElementText().strip();
                                if (term != null && "termType".equals(type)) {
                                    String t = text.toLowerCase(Locale.ROOT);
                                    term.abbreviation = t.equals("abbreviation") || t.equals("acronym")
                                            || t.equals("initialism") || t.equals("shortform")
                                            || t.equals("short form");
                                } else if (term != null && "administrativeStatus".equals(type)) {
                                    term.preferred = text.startsWith("preferredTerm");
                                }
                            }
                            case "descrip" -> {
                                String type = attr(r, "type");
                                String text = r.getElementText().strip();
                                if (entry != null && "definition".equals(type)) {
                                    entry.definitions.add(text);
                                } else if (entry != null && "subjectField".equals(type)) {
                                    try {
                                        entry.category = Category.valueOf(text.toUpperCase(Locale.ROOT));
                                    } catch (IllegalArgumentException e) {
                                        throw new TermImportException("TBX line " + line + ", <descrip>",
                                                "unknown category '" + text + "'");
                                    }
                                }
                            }
                            case "note" -> {
                                String text = r.getElementText().strip();
                                if (entry != null && term == null) {
                                    entry.notes.add(text);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = r.getLocalName();
                        switch (name) {
                            case "termSec", "tig", "ntig" -> {
                                if (entry != null && term != null) {
                                    if (term.text == null || term.text.isBlank()) {
                                        throw new TermImportException("TBX line " + line + ", <" + name + ">",
                                                "termSec without a term");
                                    }
                                    LabelType type = InterchangeLabel.typeOf(term.text, lang, term.abbreviation);
                                    entry.labels.add(new InterchangeLabel(term.text.strip(), type, lang));
                                    if (term.preferred && entry.preferred == null) {
                                        entry.preferred = term.text.strip();
                                    }
                                }
                                term = null;
                            }
                            case "langSec", "langSet" -> lang = null;
                            case "conceptEntry", "termEntry" -> {
                                if (entry != null) {
                                    InterchangeEntry rec = entry.record();
                                    List<String> problems = rec.problems();
                                    if (!problems.isEmpty()) {
                                        throw new TermImportException(
                                                "TBX line " + entry.line + ", <conceptEntry> " + (out.size() + 1),
                                                String.join("; ", problems));
                                    }
                                    out.add(rec);
                                }
                                entry = null;
                            }
                            default -> {
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!sawTbx) {
                throw new TermImportException("TBX line " + line, "no <tbx> root element");
            }
            return out;
        } catch (XMLStreamException e) {
            int l = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            throw new TermImportException("TBX line " + l, "malformed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // the caller's reader
            }
        }
    }

    private static String xmlLang(XMLStreamReader r) {
        String lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        return lang != null ? lang : attr(r, "lang");
    }

    private static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static final class Term {
        String text;
        boolean abbreviation;
        boolean preferred;
    }
}
