package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '¤', textBlock = """
            삼성전자                       ¦ 삼성전자
            1,000원                        ¦ "1,000원"
            그는 "그렇다"고 했다            ¦ "그는 ""그렇다""고 했다"
            =SUM(A1:A2)                    ¦ '=SUM(A1:A2)
            +82 10                         ¦ '+82 10
            -3%                            ¦ '-3%
            @멘션                           ¦ '@멘션
            =HYPERLINK("http://x","y")     ¦ "'=HYPERLINK(""http://x"",""y"")"
            🚀 𠀀                          ¦ 🚀 𠀀
            """)
    void textFields(String in, String expected) {
        assertEquals(expected + "\r\n", CsvText.line(List.of(in)));
    }

    @org.junit.jupiter.api.Test
    void linesNumbersAndNulls() {
        assertEquals("1,-2.5,,\"a\nb\",\" x \"\r\n", CsvText.line(Arrays.asList(1, -2.5, null, "a\nb", " x ")));
        assertEquals("\"a\r\nb\"\r\n", CsvText.line(List.of("a\r\nb")));
        assertEquals("5576000\r\n", CsvText.line(List.of(5.576E6)));
    }
}
