package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            엔비디아(NVIDIA)                       ¦ 엔비디아(NVIDIA)
            매출 | 이익                            ¦ 매출 \\| 이익
            <script>alert(1)</script>             ¦ \\<script\\>alert(1)\\</script\\>
            *굵게* _기울임_ `코드`                  ¦ \\*굵게\\* \\_기울임\\_ \\`코드\\`
            [링크](javascript:x)                   ¦ \\[링크\\](javascript:x)
            ![그림](x.png)                         ¦ \\!\\[그림\\](x.png)
            &amp; &#60;                           ¦ \\&amp; \\&\\#60;
            C:\\경로                              ¦ C:\\\\경로
            ~~취소~~ $x$                           ¦ \\~\\~취소\\~\\~ \\$x\\$
            # 제목 아님                            ¦ \\# 제목 아님
            🚀 𠀀 1,000원                          ¦ 🚀 𠀀 1,000원
            """)
    void escapesMarkup(String in, String expected) {
        assertEquals(expected, MarkdownText.cell(in));
        assertEquals(expected, MarkdownText.inline(in));
    }

    @Test
    void lineBreaksNeverEndARow() {
        assertEquals("첫 줄<br>둘째 줄<br>셋째<br>넷째<br>끝", MarkdownText.cell("첫 줄\r\n둘째 줄\n셋째\r넷째\u2028끝"));
        assertEquals("첫 줄 둘째 줄", MarkdownText.inline("첫 줄\n둘째 줄"));
        assertEquals("a b\tc", MarkdownText.cell("a\u0000b\tc"));
        assertEquals("", MarkdownText.cell(null));
    }

    @Test
    void thousandsOfPipesAreLinear() {
        String s = "|".repeat(200_000);
        assertEquals(400_000, MarkdownText.cell(s).length());
    }
}
