package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TbxCodecTest {

    @Test
    void roundTrip() {
        String tbx = TbxCodec.write(CodecTestData.records());
        assertTrue(tbx.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\""), tbx);
        assertTrue(tbx.contains("<termNote type=\"termType\">abbreviation</termNote>"));
        assertTrue(tbx.contains("<descrip type=\"definition\">중국 항저우의 인공지능 기업</descrip>"));
        assertTrue(tbx.contains("<langSec xml:lang=\"ko-Hani\">"));
        List<InterchangeEntry> back = TbxCodec.read(new StringReader(tbx));
        assertEquals(CodecTestData.trimmed(), back);
        assertEquals(TbxCodec.write(CodecTestData.trimmed()), TbxCodec.write(back));
    }

    @Test
    void readsAHandWrittenTbxBasicFile() {
        String tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>번역 메모리</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="x1">
                  <langSec xml:lang="en">
                    <termSec><term>large language model</term></termSec>
                    <termSec><term>LLM</term><termNote type="termType">acronym</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="ko">
                    <descrip type="definition">방대한 텍스트로 학습한 언어 모델</descrip>
                    <termSec><term>대규모 언어 모델</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;
        List<InterchangeEntry> rs = TbxCodec.read(new StringReader(tbx));
        assertEquals(1, rs.size());
        InterchangeEntry r = rs.get(0);
        assertEquals("대규모 언어 모델", r.preferredLabel());
        assertEquals(List.of(LabelType.LATIN, LabelType.ABBREVIATION, LabelType.KOREAN),
                r.labels().stream().map(InterchangeLabel::type).toList());
        assertEquals(List.of("방대한 텍스트로 학습한 언어 모델"), r.definitions());
    }

    @Test
    void billionLaughsIsRefusedForItsDoctype() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            b.append("\">\n");
        }
        b.append("]>\n<tbx type=\"TBX-Basic\"><text><body><conceptEntry><langSec xml:lang=\"ko\"><termSec><term>&lol9;"
                + "</term></termSec></langSec></conceptEntry></body></text></tbx>");
        TermImportException e = assertThrows(TermImportException.class,
                () -> TbxCodec.read(new StringReader(b.toString())));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tbx><text><body><conceptEntry><langSec xml:lang=\"ko\"><termSec><term>&x;</term></termSec>"
                + "</langSec></conceptEntry></body></text></tbx>";
        TermImportException e = assertThrows(TermImportException.class, () -> TbxCodec.read(new StringReader(xxe)));
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<tbx><text><body><conceptEntry><langSec xml:lang='ko'><termSec><term>딥시크</term></termSec></langSec></conceptEntry>|TBX line 1",
        "<tbx>\\n<text><body>\\n<conceptEntry>\\n<langSec xml:lang='ko'></langSec>\\n</conceptEntry></body></text></tbx>|TBX line 3, <conceptEntry> 1",
        "<tbx>\\n<conceptEntry><descrip type='subjectField'>VEHICLE</descrip><langSec xml:lang='ko'><termSec><term>차</term></termSec></langSec></conceptEntry></tbx>|TBX line 2, <descrip>",
        "<glossary/>|TBX line 1, <glossary>",
        "<tbx>\\n\\n<conceptEntry><langSec xml:lang='ko'><termSec><termNote type='termType'>fullForm</termNote></termSec></langSec></conceptEntry></tbx>|TBX line 3, <termSec>",
    })
    void malformedOrInvalidFailsNamingTheLine(String xml, String location) {
        TermImportException e = assertThrows(TermImportException.class,
                () -> TbxCodec.read(new StringReader(xml.replace("\\n", "\n"))));
        assertEquals(location, e.location(), e.getMessage());
    }

    @Test
    void importIsAllOrNothing() {
        String tbx = TbxCodec.write(CodecTestData.records()).replace("<term>요시노야</term>", "<term> </term>");
        TermBase base = new TermBase();
        assertThrows(TermImportException.class, () -> InterchangeEntry.importInto(base, TbxCodec.read(new StringReader(tbx))));
        assertEquals(0, base.size());
    }
}
