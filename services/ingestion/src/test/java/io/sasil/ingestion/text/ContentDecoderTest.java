package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDecoderTest {

    private final ContentDecoder decoder = new ContentDecoder();

    @ParameterizedTest
    @ValueSource(strings = {
            "정부는 예산을 늘렸다.",
            "인공지능(AI) 스타트업 ‘딥시크’",
            "희귀 한자 𠀀와 이모지 😀도 읽는다.",
            "탭\t과 줄바꿈\r\n, 폼피드\f는 글자다.",
            "",
            "한 개의 벨 문자\u0007는 아직 글이다."
    })
    void decodesUtf8Text(String text) {
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        byte[] body = ("\uFEFF첫 문장이다.").getBytes(StandardCharsets.UTF_8);
        assertEquals("첫 문장이다.", decoder.decode(body));
    }

    /** hex bytes, a fragment of the expected message, the offset reported. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EAB080 FF EAB080         | not valid UTF-8: byte FF at byte offset 3 | 3",
            "EAB0                     | not valid UTF-8                           | 0",
            "41 C0AF                  | not valid UTF-8                           | 1",
            "EDA080                   | not valid UTF-8                           | 0",
            "F4908080                 | not valid UTF-8                           | 0",
            "EAB080 80                | at byte offset 3                          | 3",
            "FFFE 4100                | UTF-16                                    | 0",
            "FEFF 0041                | UTF-16                                    | 0",
            "FFFE0000 41000000        | UTF-32                                    | 0",
            "4100 4200                | NUL byte at offset 1                      | 1",
            "EAB080 00 EAB080         | NUL byte at offset 3                      | 3",
    })
    void refusesWhatIsNotUtf8Text(String hex, String message, long offset) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        UnreadableContentException e = assertThrows(UnreadableContentException.class, () -> decoder.decode(bytes));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(offset, e.byteOffset());
    }

    @Test
    void refusesBinaryWithManyControlCharacters() {
        StringBuilder sb = new StringBuilder("기사처럼 보이는 시작 ");
        for (int i = 0; i < 200; i++) {
            sb.append((char) (1 + i % 8)).append("가");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        UnreadableContentException e = assertThrows(UnreadableContentException.class, () -> decoder.decode(bytes));
        assertTrue(e.getMessage().startsWith("content is binary: 200 of"), e.getMessage());
    }

    @Test
    void toleratesAFewStrayControlCharactersInLongText() {
        String text = "본문이다. ".repeat(100) + "\u001B\u001B\u001B" + "끝.";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesC1ControlsInShortText() {
        String text = "짧은 글\u0085\u0086\u0087";
        assertThrows(UnreadableContentException.class, () -> decoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesNull() {
        assertThrows(UnreadableContentException.class, () -> decoder.decode(null));
    }

    @Test
    void largeBodiesDecodeInLinearTime() {
        byte[] bytes = "정부는 예산을 늘렸다. 😀 ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        assertEquals(bytes.length, decoder.decode(bytes).getBytes(StandardCharsets.UTF_8).length);
    }
}
