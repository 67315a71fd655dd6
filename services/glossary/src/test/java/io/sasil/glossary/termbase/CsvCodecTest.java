package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCodecTest {

    @Test
    void roundTrip() {
        String csv = CsvCodec.write(CodecTestData.records());
        assertTrue(csv.startsWith(CsvCodec.HEADER + "\r\n"));
        assertTrue(csv.contains("e1,true,ORGANISATION,KOREAN,ko,딥시크\r\n"), csv);
        assertTrue(csv.contains("\"2023년 설립, \"\"저비용\"\" 모델로 유명 😀\""), csv);
        List<InterchangeEntry> back = CsvCodec.read(new StringReader(csv));
        assertEquals(CodecTestData.trimmed(), back);
        assertEquals(CsvCodec.write(CodecTestData.trimmed()), CsvCodec.write(back));
    }

    @Test
    void readsLfLineEndsBlankLinesAndInterleavedEntries() {
        String csv = """
            entry,preferred,category,type,language,text
            a,,,KOREAN,ko,엔비디아
            b,true,,KOREAN,ko,화웨이

            a,,ORGANISATION,LATIN,en,NVIDIA
            b,,,ORIGINAL_SCRIPT,zh,華爲
            """;
        List<InterchangeEntry> rs = CsvCodec.read(new StringReader(csv));
        assertEquals(2, rs.size());
        assertEquals("엔비디아", rs.get(0).preferredLabel());
        assertEquals(Category.ORGANISATION, rs.get(0).category());
        assertEquals(List.of("화웨이", "華爲"), rs.get(1).labels().stream().map(InterchangeLabel::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "entry,preferred,category,type,language,text\\na,,,KOREAN,ko,\"딥시크\\nb,,,KOREAN,ko,챗GPT\\n|CSV line 2",
        "entry,preferred,category,type,language,text\\na,,,KOREAN,ko,\"딥시크\"가\\n|CSV line 2",
        "entry,preferred,category,type,language,text\\na,,,KOREAN,ko,딥\"시크\\n|CSV line 2",
        "entry,preferred,category,type,language,text\\na,,,KOREAN,ko,딥시크\\nb,,,KOREAN,ko\\n|CSV line 3",
        "entry,preferred,category,type,language,text\\na,,,KOREAN,ko,딥시크\\na,,,VERB,ko,달리다\\n|CSV line 3",
        "entry,preferred,category,type,language,text\\na,,PLACE,KOREAN,ko,서울\\n|CSV line 2",
        "entry,preferred,category,type,language,text\\na,,PERSON,KOREAN,ko,량원펑\\na,,LAW,LATIN,en,Liang\\n|CSV line 3",
        "entry,preferred,category,type,language,text\\n\"x\\ny\",,,KOREAN,ko,a\\nz,,,KOREAN,ko,\"\"\"\\n|CSV line 4",
        "entry,preferred,category,type,language,text\\na,,,DEFINITION,ko,정의만 있다\\n|CSV line 2, entry a",
        "term,gloss\\n딥시크,DeepSeek\\n|CSV line 1",
        "|CSV line 1",
    })
    void brokenInputFailsNamingTheLine(String csv, String location) {
        TermImportException e = assertThrows(TermImportException.class,
                () -> CsvCodec.read(new StringReader(csv == null ? "" : csv.replace("\\n", "\n"))));
        assertEquals(location, e.location(), e.getMessage());
    }

    @Test
    void importIsAllOrNothing() {
        String csv = CsvCodec.write(CodecTestData.records()) + "e9,,,KOREAN,ko,\"열린 따옴표\r\n";
        TermBase base = new TermBase();
        assertThrows(TermImportException.class, () -> InterchangeEntry.importInto(base, CsvCodec.read(new StringReader(csv))));
        assertEquals(0, base.size());
        InterchangeEntry.importInto(base, CsvCodec.read(new StringReader(CsvCodec.write(CodecTestData.records()))));
        assertEquals(4, base.size());
    }

    @Test
    void manyQuotesAreLinear() {
        String csv = CsvCodec.HEADER + "\na,,,KOREAN,ko,딥시크\na,,,NOTE,,\"" + "\"\"".repeat(200_000) + "\"\n";
        List<InterchangeEntry> rs = CsvCodec.read(new StringReader(csv));
        assertEquals(200_000, rs.get(0).notes().get(0).length());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(1)|'=HYPERLINK(1)", "+82-2-123|'+82-2-123", "-엔|'-엔", "@SUM(A1)|'@SUM(A1)",
            "'=x|''=x", "''+x|'''+x", "'인용|'인용", "딥시크|딥시크", "a=b|a=b"})
    void formulaCellsAreNeutralisedOnExportAndRestoredOnImport(String field, String written) {
        org.junit.jupiter.api.Assertions.assertEquals(written, CsvCodec.neutraliseFormula(field));
        org.junit.jupiter.api.Assertions.assertEquals(field, CsvCodec.restoreFormula(written));
    }
}
