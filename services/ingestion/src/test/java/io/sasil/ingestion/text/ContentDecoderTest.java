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

    /** Undeclared bytes that are not UTF-8 and too short to guess: hex bytes, a fragment of the message, the offset. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EAB080 FF EAB080         | not valid UTF-8: byte FF at byte offset 3 | 3",
            "EAB0                     | not valid UTF-8                           | 0",
            "41 C0AF                  | not valid UTF-8                           | 1",
            "EDA080                   | not valid UTF-8                           | 0",
            "F4908080                 | not valid UTF-8                           | 0",
            "EAB080 80                | at byte offset 3                          | 3",
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

    // ---- encodings (issue 17) -------------------------------------------------------------------

    private static final String ARTICLE = "정부는 올해 반도체 수출이 지난해보다 12% 늘었다고 밝혔다.\n"
            + "산업부 관계자는 자동차와 선박도 수출을 이끌었다고 설명했다.";
    private static final java.nio.charset.Charset EUC_KR = java.nio.charset.Charset.forName("EUC-KR");
    private static final java.nio.charset.Charset CP949 = java.nio.charset.Charset.forName("x-windows-949");

    /** charset parameter as a client writes it → the text read back and the name reported. */
    @ParameterizedTest
    @CsvSource({
            "text/plain; charset=EUC-KR,         EUC-KR",
            "text/plain;charset=euc-kr,          EUC-KR",
            "text/plain; charset=\"ks_c_5601-1987\", EUC-KR",
            "text/plain; charset=CP949,          CP949",
            "text/plain; charset=MS949,          CP949",
            "text/plain; charset=x-windows-949,  CP949",
    })
    void koreanLabelsInTheHeaderAreReadAsCp949(String contentType, String shown) {
        ContentDecoder.Decoded d = decoder.decode(ARTICLE.getBytes(EUC_KR), contentType, false);
        assertEquals(ARTICLE, d.text());
        assertEquals(shown, d.encoding());
        assertEquals(ContentDecoder.Source.HEADER, d.source());
    }

    @Test
    void cp949SyllablesOutsideEucKrAreReadUnderAnEucKrLabel() {
        String text = "똠방각하와 햏자는 옛 게시판 말이다.";
        byte[] bytes = text.getBytes(CP949);
        assertEquals(text, decoder.decode(bytes, "text/plain; charset=euc-kr", false).text());
        assertEquals(text, decoder.decode(bytes, "text/plain; charset=cp949", false).text());
    }

    @Test
    void theHeaderWinsOverTheMetaOfThePage() {
        String html = "<html><head><meta charset=\"euc-kr\"></head><body><p>" + ARTICLE + "</p></body></html>";
        ContentDecoder.Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", true);
        assertEquals(html, d.text());
        assertEquals("UTF-8", d.encoding());
    }

    /** The page's declaration in its several forms. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE html><html><head><meta charset=\"euc-kr\"><title>t</title></head>",
            "<html><head><meta charset=EUC-KR></head>",
            "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=euc-kr\"></head>",
            "<html><head><meta http-equiv='content-type' content='text/html;charset=\"ks_c_5601-1987\"'></head>",
            "<?xml version=\"1.0\" encoding=\"euc-kr\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head>",
    })
    void theMetaCharsetOfThePageIsRead(String head) {
        String html = head + "<body><p>" + ARTICLE + "</p></body></html>";
        ContentDecoder.Decoded d = decoder.decode(html.getBytes(EUC_KR), "text/html", true);
        assertEquals(html, d.text());
        assertEquals(ContentDecoder.Source.META, d.source());
    }

    @Test
    void theMetaCountsOnlyForHtml() {
        String text = "<meta charset=\"euc-kr\"> 는 HTML의 선언이다.";
        ContentDecoder.Decoded d = decoder.decode(text.getBytes(StandardCharsets.UTF_8), "text/plain", false);
        assertEquals(text, d.text());
        assertEquals(ContentDecoder.Source.DEFAULT, d.source());
    }

    @Test
    void aMetaThatLiesAboutUtf8IsRefusedWithTheWayOut() {
        String html = "<html><head><meta charset=\"euc-kr\"></head><body><p>" + ARTICLE + "</p></body></html>";
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html", true));
        assertEquals(UnreadableContentException.INVALID_ENCODING, e.type());
        assertTrue(e.getMessage().contains("not valid EUC-KR"), e.getMessage());
        assertTrue(e.getMessage().contains("charset=UTF-8"), e.getMessage());
    }

    /** Byte order marks, with and without a declaration that agrees. */
    @ParameterizedTest
    @CsvSource({
            "UTF-16LE, FFFE,     ,                              UTF-16LE",
            "UTF-16BE, FEFF,     ,                              UTF-16BE",
            "UTF-16LE, FFFE,     text/plain; charset=UTF-16,    UTF-16LE",
            "UTF-16BE, FEFF,     text/plain; charset=utf-16,    UTF-16BE",
            "UTF-32LE, FFFE0000, ,                              UTF-32LE",
            "UTF-8,    EFBBBF,   ,                              UTF-8",
    })
    void byteOrderMarksAreReadAndRemoved(String charset, String bom, String contentType, String shown) {
        byte[] body = concat(HexFormat.of().parseHex(bom), ARTICLE.getBytes(java.nio.charset.Charset.forName(charset)));
        ContentDecoder.Decoded d = decoder.decode(body, contentType, false);
        assertEquals(ARTICLE, d.text());
        assertEquals(shown, d.encoding());
    }

    @Test
    void utf16DeclaredWithoutAByteOrderMarkFindsItsByteOrder() {
        String text = "Seoul 서울 2025";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "text/plain; charset=utf-16",
                false).text());
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16BE), "text/plain; charset=utf-16",
                false).text());
    }

    @Test
    void undeclaredEucKrIsDetected() {
        ContentDecoder.Decoded d = decoder.decode(ARTICLE.getBytes(EUC_KR), null, false);
        assertEquals(ARTICLE, d.text());
        assertEquals("EUC-KR", d.encoding());
        assertEquals(ContentDecoder.Source.DETECTED, d.source());
        assertTrue(d.confidence() >= ContentDecoder.DEFAULT_MIN_CONFIDENCE, d.describe());
    }

    @Test
    void undeclaredEucKrHtmlIsDetectedWithoutItsMarkup() {
        String html = "<html><head><title>예시</title></head><body><div class=\"article\"><p>" + ARTICLE
                + "</p></div></body></html>";
        ContentDecoder.Decoded d = decoder.decode(html.getBytes(EUC_KR), "text/html", true);
        assertEquals(html, d.text());
        assertEquals(ContentDecoder.Source.DETECTED, d.source());
    }

    @Test
    void tooShortToTellIsRefusedNamingTheLikelyEncodingAndHowToDeclareIt() {
        byte[] bytes = "서울".getBytes(EUC_KR);
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(bytes, "text/plain", false));
        assertEquals(UnreadableContentException.UNKNOWN_ENCODING, e.type());
        assertTrue(e.getMessage().contains("EUC-KR"), e.getMessage());
        assertTrue(e.getMessage().contains("Content-Type: text/plain; charset="), e.getMessage());
    }

    @Test
    void undecidableBytesAreRefused() {
        java.util.Random random = new java.util.Random(17);
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(128));
        }
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(bytes, null, false));
        assertTrue(e.getMessage().contains("may be"), e.getMessage());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedAsNotDeclared() {
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(bytes, null, false));
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
    }

    @Test
    void aFewUndeclaredBytesAreNeverGuessed() {
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(new byte[] {'{', (byte) 0xE0, (byte) 0x80, '}'}, null, false));
        assertEquals(UnreadableContentException.UNKNOWN_ENCODING, e.type());
    }

    @Test
    void aStricterThresholdRefusesWhatTheDefaultReads() {
        byte[] bytes = ARTICLE.getBytes(EUC_KR);
        assertThrows(UnreadableContentException.class, () -> new ContentDecoder(101).decode(bytes, null, false));
    }

    @Test
    void invalidBytesInTheDeclaredEncodingAreRefusedNotReplaced() {
        byte[] good = ARTICLE.getBytes(EUC_KR);
        // "정부는 올" is 9 bytes in EUC-KR: the two bad bytes follow it
        byte[] bad = concat(java.util.Arrays.copyOf(good, 9), new byte[] {(byte) 0xFF, (byte) 0xFF}, good);
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode(bad, "text/plain; charset=EUC-KR", false));
        assertEquals(UnreadableContentException.INVALID_ENCODING, e.type());
        assertEquals(9, e.byteOffset());
    }

    @Test
    void anUnknownCharsetNameIsRefused() {
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> decoder.decode("글".getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon-8", false));
        assertEquals(UnreadableContentException.UNSUPPORTED_CHARSET, e.type());
    }

    @Test
    void aLatin1LabelOnUtf8KoreanIsReadAsUtf8() {
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(ARTICLE, decoder.decode(bytes, "text/plain; charset=ISO-8859-1", false).text());
    }

    @Test
    void aWindows1252LabelOnLatinTextIsReadAsDeclared() {
        String text = "Größere Märkte für Exporte – 12 €";
        assertEquals(text, decoder.decode(text.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "text/plain; charset=windows-1252", false).text());
    }

    @Test
    void theLatin1LabelThatClientsAddByDefaultIsNoDeclaration() {
        byte[] euc = ARTICLE.getBytes(EUC_KR);
        ContentDecoder.Decoded d = decoder.decode(euc, "text/plain; charset=ISO-8859-1", false);
        assertEquals(ARTICLE, d.text());
        assertEquals(ContentDecoder.Source.DETECTED, d.source());
        String german = "Die Bundesregierung hat am Montag mitgeteilt, dass die Exporte gestiegen sind. "
                + "Größere Märkte wären möglich, sagte ein Sprecher.";
        assertEquals(german, decoder.decode(german.getBytes(StandardCharsets.ISO_8859_1),
                "text/plain; charset=ISO-8859-1", false).text());
    }

    @Test
    void charsetParameterIsFoundAmongOthers() {
        assertEquals("euc-kr", ContentDecoder.charsetParameter("text/html; q=1; CHARSET = \"euc-kr\""));
        assertEquals(null, ContentDecoder.charsetParameter("text/html"));
        assertEquals(null, ContentDecoder.charsetParameter("text/html; charset="));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
