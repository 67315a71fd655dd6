package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {

    private final TitleFinder titles = new TitleFinder();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "전기차 보조금 30% 줄어\\n정부는 올해 보조금을 줄였다.|전기차 보조금 30% 줄어",
            "\\n\\n   \\n  지방 소멸 막을 대책은  \\n본문이다.|지방 소멸 막을 대책은",
            "# 서울 아파트값 7주 연속 상승\\n본문|서울 아파트값 7주 연속 상승",
            "### 금리 동결 ###\\n본문|금리 동결",
            "#해시태그로 시작하는 줄\\n본문|#해시태그로 시작하는 줄",
            "=====\\n----\\n수출 6개월째 증가\\n본문|수출 6개월째 증가",
            "제목 한 줄\\r\\n본문 한 줄|제목 한 줄",
            "제목\\u2028본문|제목",
            "한은, 기준금리 3.0% 동결… “물가 불확실성 커”|한은, 기준금리 3.0% 동결… “물가 불확실성 커”",
            "😀 이모지로 시작하는 제목 𠀀\\n본문|😀 이모지로 시작하는 제목 𠀀",
    })
    void firstNonBlankLine(String text, String expected) {
        assertEquals(expected, titles.find(unescape(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL", "''", "'   \\n\\t\\n  '", "'#####\\n---'"})
    void noLineNoTitle(String text) {
        assertNull(titles.find(text == null ? null : unescape(text)));
    }

    /** CSV rows cannot hold line breaks: they are written as backslash escapes. */
    static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\u2028", "\u2028").replace("\\t", "\t");
    }

    @Test
    void longLineIsCutAtASpaceWithAnEllipsis() {
        String line = "정부가 내놓은 부동산 대책은 ".repeat(20).strip() + ". 두 번째 문장이다.";
        String title = titles.find(line + "\n다음 줄");
        assertTrue(title.endsWith("…"), title);
        assertTrue(title.codePointCount(0, title.length()) <= TitleFinder.MAX_CODE_POINTS + 1, title);
        assertTrue(line.startsWith(title.substring(0, title.length() - 1)), title);
        assertTrue(!title.substring(0, title.length() - 1).endsWith(" "), title);
    }

    @Test
    void longLineWithoutSpacesIsCutAtTheLimitOnACodePoint() {
        String line = "𠀀".repeat(500);
        String title = titles.find(line);
        assertEquals("𠀀".repeat(TitleFinder.MAX_CODE_POINTS) + "…", title);
    }

    @Test
    void pathologicalInputGivesACutTitle() {
        String blank = "\n".repeat(200_000) + "#".repeat(100_000) + " " + "가".repeat(100_000);
        String title = titles.find(blank);
        assertTrue(title.endsWith("…"));
    }
}
