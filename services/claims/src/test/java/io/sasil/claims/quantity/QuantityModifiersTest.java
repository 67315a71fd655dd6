package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityModifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ' 이상'           | MIN_INCLUSIVE  | false | 3
            초과              | MIN_EXCLUSIVE  | false | 2
            을 넘는           | MIN_EXCLUSIVE  | false | 4
            ' 넘게'           | MIN_EXCLUSIVE  | false | 3
            이하              | MAX_INCLUSIVE  | false | 2
            ' 이내'           | MAX_INCLUSIVE  | false | 3
            미만              | MAX_EXCLUSIVE  | false | 2
            도 안 된          | MAX_EXCLUSIVE  | false | 5
            도 채 안 되는     | MAX_EXCLUSIVE  | false | 8
            ' 가량'           | -              | true  | 3
            정도              | -              | true  | 2
            안팎의            | -              | true  | 2
            여 명             | -              | true  | 1
            ' 남짓'           | -              | true  | 3
            에 달하는         | -              | false | 5
            """)
    void suffixes(String text, String bound, boolean approximate, int end) {
        QuantityModifiers.Modifier m = QuantityModifiers.suffix(text, 0);
        assertEquals(bound, m.bound() == null ? null : m.bound().name());
        assertEquals(approximate, m.approximate());
        assertEquals(end, m.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"여성", "여론", "을 위해", " 사람", "께서"})
    void notSuffixes(String text) {
        assertNull(QuantityModifiers.suffix(text, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            약 3             | -              | true
            약3              | -              | true
            대략 5           | -              | true
            최대 9           | MAX_INCLUSIVE  | false
            최소 2           | MIN_INCLUSIVE  | false
            """)
    void prefixes(String text, String bound, boolean approximate) {
        QuantityModifiers.Modifier m = QuantityModifiers.prefix(text, 0);
        assertEquals(bound, m.bound() == null ? null : m.bound().name());
        assertEquals(approximate, m.approximate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"약속", "약간", "약품"})
    void notPrefixes(String text) {
        assertNull(QuantityModifiers.prefix(text, 0));
    }
}
