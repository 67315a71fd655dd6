package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TermDictionaryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            딥시크          | true
            엔비디아        | true
            챗GPT           | true
            가              | false
            도널드 트럼프    | false
            R&D             | false
            지피티-4        | false
            """)
    void usableTerms(String term, boolean usable) {
        assertEquals(usable, TermDictionary.usable(term));
    }

    @Test
    void noUsableTermMeansNoDictionary() {
        assertNull(TermDictionary.of(List.of("가", "도널드 트럼프")));
        assertNull(TermDictionary.of(List.of()));
        assertNotNull(TermDictionary.of(Arrays.asList("딥시크", null, "딥시크")));
    }
}
