package io.sasil.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // NFC: decomposed Hangul, Latin with combining marks
                Arguments.of(nfd("딥시크가 공개했다."), "딥시크가 공개했다."),
                Arguments.of(nfd("한글") + " and " + nfd("café"), "한글 and café"),
                Arguments.of("e\u0301\u0323", "\u1EB9\u0301"), // e + acute + dot below → ẹ́ (canonical reordering)
                Arguments.of("\u1100\u1161\u11A8", "각"), // conjoining L V T
                Arguments.of("\u212B", "\u00C5"), // ANGSTROM SIGN → Å (singleton)
                Arguments.of("\uF900", "\u8C48"), // CJK compatibility ideograph → unified
                // zero-width characters dropped
                Arguments.of("인공\u200B지능", "인공지능"),
                Arguments.of("\uFEFF기사 본문", "기사 본문"),
                Arguments.of("오픈\u00ADAI와 구글\u2060", "오픈AI와 구글"),
                Arguments.of("a\u200C\u200Db", "ab"),
                // odd spaces
                Arguments.of("10\u00A0억 원", "10 억 원"),
                Arguments.of("서울\u3000부산\u2009대구\u202F광주\u205F대전\u2003", "서울 부산 대구 광주 대전"),
                // full-width ASCII → ASCII; other full-width and CJK forms kept
                Arguments.of("인공지능（ＡＩ）", "인공지능(AI)"),
                Arguments.of("１２３４５％ 증가！", "12345% 증가!"),
                Arguments.of("￦1,000 ￥500 「인용」。", "￦1,000 ￥500 「인용」。"),
                Arguments.of("ﾊﾝｶｸ ﾡ", "ﾊﾝｶｸ ﾡ"),
                Arguments.of("㈜한국 ① ㎞ km²", "㈜한국 ① ㎞ km²"),
                // line ends and trailing spaces
                Arguments.of("첫 줄\r\n둘째 줄\r셋째 줄", "첫 줄\n둘째 줄\n셋째 줄"),
                Arguments.of("문단 끝   \n\t다음 문단\t \n", "문단 끝\n\t다음 문단\n"),
                Arguments.of("끝에 공백  ", "끝에 공백"),
                Arguments.of("가\u2028나\u2029다\u0085라", "가\n나\n다\n라"),
                Arguments.of("공백\u00A0\u3000\r\n다음", "공백\n다음"),
                // astral characters pass through
                Arguments.of("😀\u200B𠀀 한자", "😀𠀀 한자"),
                Arguments.of("", "")
        );
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("rules")
    void appliesTheRules(String original, String expected) {
        NormalizedText n = normalizer.normalize(original);
        assertEquals(expected, n.text());
        assertEquals(original, n.original());
        assertEquals(CodePoints.length(expected), n.length());
        assertEquals(CodePoints.length(original), n.originalLength());
        assertEquals(n.originalLength(), n.toOriginal(n.length()));
        assertEquals(n.length(), n.toNormalized(n.originalLength()));
        for (int k = 1; k <= n.length(); k++) {
            assertTrue(n.toOriginal(k - 1) <= n.toOriginal(k), "toOriginal is monotone");
            boolean sameCluster = n.toOriginal(k - 1) == n.toOriginal(k) && k < n.length();
            assertTrue(n.toOriginal(k - 1) < n.toOriginalEnd(k) && (sameCluster || n.toOriginalEnd(k) <= n.toOriginal(k)),
                    "the end of code point " + (k - 1) + " lies after its start and not after the next cluster");
            assertTrue(n.toOriginalEnd(k - 1) <= n.toOriginalEnd(k), "toOriginalEnd is monotone");
        }
        for (int o = 1; o <= n.originalLength(); o++) {
            assertTrue(n.toNormalized(o - 1) <= n.toNormalized(o), "toNormalized is monotone");
        }
        for (int k = 0; k < n.length(); k++) {
            assertEquals(k, n.toNormalized(n.toOriginal(k)) + (k - firstWithSameOrigin(n, k)),
                    "round trip at " + k);
        }
    }

    private static int firstWithSameOrigin(NormalizedText n, int k) {
        int f = k;
        while (f > 0 && n.toOriginal(f - 1) == n.toOriginal(k)) {
            f--;
        }
        return f;
    }

    @Test
    void unchangedTextIsTheIdentity() {
        String text = "이미 정규화된 본문이다.\n둘째 줄 😀.";
        NormalizedText n = normalizer.normalize(text);
        assertSame(text, n.text());
        assertFalse(n.changed());
        assertEquals(5, n.toOriginal(5));
        assertEquals(7, n.toNormalized(7));
    }

    /** original, a span of the normalised text, the original span it maps to. */
    static Stream<Arguments> spans() {
        String zw = "미국\u200B 오픈에이아이(AI)가";
        String crlf = "제목\r\n본문 😀 첫 문장.\r\n둘째";
        String nfd = nfd("한국") + "의 딥시크";
        String astral = "𠀀\u200D😀\u00A0AI（인공지능）";
        return Stream.of(
                // "오픈에이아이" : normalised [3, 9) → original [4, 10) after the dropped ZWSP
                Arguments.of(zw, 3, 9, 4, 10),
                // dropped characters at the edges of a span stay outside
                Arguments.of(zw, 0, 2, 0, 2),
                // "본문 😀 첫 문장." on line 2: normalised starts at 3, original at 4
                Arguments.of(crlf, 3, 13, 4, 14),
                Arguments.of(crlf, 14, 16, 16, 18),
                // "의 딥시크" after a decomposed 한국 (6 jamo → 2 syllables)
                Arguments.of(nfd, 2, 7, 6, 11),
                Arguments.of(nfd, 0, 1, 0, 3),
                // "AI(인공지능)" after astral characters and a dropped ZWJ
                Arguments.of(astral, 3, 11, 4, 12),
                Arguments.of(astral, 0, 2, 0, 3)
        );
    }

    @ParameterizedTest
    @MethodSource("spans")
    void mapsSpansBackToTheOriginal(String original, int start, int end, int originalStart, int originalEnd) {
        NormalizedText n = normalizer.normalize(original);
        assertEquals(new Span(originalStart, originalEnd), n.toOriginal(new Span(start, end)));
        assertEquals(start, n.toNormalized(originalStart));
        assertEquals(end, n.toNormalized(originalEnd));
        assertEquals(originalEnd, n.toOriginalEnd(end));
    }

    @Test
    void droppedCharactersMapToTheNextKeptOne() {
        NormalizedText n = normalizer.normalize("가\u200B\u200B나  \n다");
        assertEquals("가나\n다", n.text());
        assertEquals(1, n.toNormalized(1));
        assertEquals(1, n.toNormalized(2));
        assertEquals(1, n.toNormalized(3));
        assertEquals(2, n.toNormalized(4)); // a trailing space maps to the newline after it
        assertEquals(2, n.toNormalized(6));
        assertEquals(6, n.toOriginal(2));
        assertEquals(7, n.toOriginal(3));
        assertEquals(4, n.toOriginalEnd(2)); // "가나" ends before the trailing spaces
        assertEquals(new Span(0, 4), n.toOriginal(new Span(0, 2)));
        assertEquals(new Span(6, 6), n.toOriginal(new Span(2, 2)));
        assertEquals(0, n.toOriginalEnd(0));
    }

    @Test
    void sentencesOfTheNormalisedTextMapBackToTheOriginal() {
        String original = "제목\u00A0 \r\n" + nfd("한국") + " 정부는\u200B 예산을 늘렸다. ＡＩ 예산도 😀 늘렸다.\r\n\r\n𠀀 끝이다.  ";
        NormalizedText n = normalizer.normalize(original);
        java.util.List<Sentence> sentences = new SentenceSplitter().sentences(n.text());
        java.util.List<String> originals = sentences.stream()
                .map(s -> CodePoints.substring(original, n.toOriginal(s.start()), n.toOriginalEnd(s.end())))
                .toList();
        assertEquals(java.util.List.of("제목", nfd("한국") + " 정부는\u200B 예산을 늘렸다.", "ＡＩ 예산도 😀 늘렸다.", "𠀀 끝이다."),
                originals);
        assertEquals("AI 예산도 😀 늘렸다.", sentences.get(2).text());
    }

    @Test
    void pathologicalRunsOfSpacesInvisiblesAndMarksAreNormalised() {
        String text = (" ".repeat(100_000) + "\r\n" + "\u200B".repeat(100_000) + nfd("각").repeat(100_000) + "\u0301".repeat(100_000));
        NormalizedText n = normalizer.normalize(text);
        assertTrue(n.text().startsWith("\n각각"));
    }

    @Test
    void rejectsNull() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> normalizer.normalize(null));
    }
}
