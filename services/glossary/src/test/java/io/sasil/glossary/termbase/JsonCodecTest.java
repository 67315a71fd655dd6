package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCodecTest {

    @Test
    void roundTrip() {
        String json = JsonCodec.write(CodecTestData.records());
        assertTrue(json.contains("\"format\" : \"sasil-termbase\""), json);
        assertTrue(json.contains("\"深度求索\""), json);
        List<InterchangeEntry> back = JsonCodec.read(new StringReader(json));
        assertEquals(CodecTestData.records(), back);
        assertEquals(json, JsonCodec.write(back));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"entries\": [\\n{\"preferredLabel\": \"딥시크\",|JSON line 2, column 26",
        "[1, 2]|JSON",
        "{\"entries\": {}}|JSON entries",
        "{\"format\": \"tbx\", \"entries\": []}|JSON format",
        "{\"entries\": [{\"preferredLabel\": \"딥시크\", \"labels\": [{\"text\": \"딥시크\", \"type\": \"KOREAN\"}]}, {\"preferredLabel\": \"x\", \"labels\": []}]}|JSON entries[1]",
        "{\"entries\": [{\"preferredLabel\": \"딥시크\", \"labels\": [{\"text\": \"딥시크\", \"type\": \"NOUN\"}]}]}|JSON entries[0]",
        "{\"entries\": [{\"preferredLabel\": \"딥시크\", \"lables\": []}]}|JSON entries[0]",
        "{\"entries\": [{\"preferredLabel\": \"딥시크\", \"labels\": [{\"text\": \"DeepSeek\", \"type\": \"LATIN\"}]}]}|JSON entries[0]",
        "{\"entries\": [null]}|JSON entries[0]",
    })
    void brokenInputFailsNamingTheLocation(String json, String location) {
        TermImportException e = assertThrows(TermImportException.class,
                () -> JsonCodec.read(new StringReader(json.replace("\\n", "\n"))));
        assertEquals(location, e.location(), e.getMessage());
    }

    @Test
    void importIntoTermBaseKeepsLabelsAndDefinitions() {
        TermBase base = new TermBase();
        List<TermEntry> created = InterchangeEntry.importInto(base, JsonCodec.read(new StringReader(
                JsonCodec.write(CodecTestData.records()))));
        assertEquals(4, created.size());
        TermEntry deepSeek = created.get(0);
        assertEquals(Category.ORGANISATION, deepSeek.category());
        assertEquals(List.of("중국 항저우의 인공지능 기업"),
                deepSeek.labels(LabelType.DEFINITION).stream().map(Label::text).toList());
        assertEquals(CodecTestData.records().get(2), InterchangeEntry.of(created.get(2)));
    }
}
