package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParenthesisScannerTest {

    private static String contents(String text) {
        return new ParenthesisScanner().scan(text).stream()
                .map(p -> p.content(text) + (p.malformed() ? "!" : ""))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¶', value = {
        "가(나) 다[라] ¶ 나; 라",
        "가（나） ¶ 나",
        "가(나(다)라) ¶ 나(다)라; 다",
        "가((나 │ 다) 라 ¶ 나 │ 다!",
        "가(나) │ 다) 라 ¶ 나) │ 다!",
        "가(나) │ 다 (라) ¶ 나; 라",
        "가(나 다’라 ¶ 나 다!",
        "가(나]다 ¶ 나",
        "가)나(다) ¶ 다",
    })
    void scans(String text, String expected) {
        assertEquals(expected, contents(text));
    }

    @org.junit.jupiter.api.Test
    void anOpenerStillOpenAtTheLineEndIsUnclosed() {
        assertEquals("나!; 라", contents("가(나\n다) 마(라)"));
    }

    @org.junit.jupiter.api.Test
    void nestingBeyondTheLimitIsIgnoredInLinearTime() {
        String deep = "(가".repeat(100_000) + ")".repeat(100_000);
        assertEquals(ParenthesisScanner.MAX_DEPTH, new ParenthesisScanner().scan(deep).size());
    }
}
