package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.ArticleMetadata.Credit;
import io.sasil.common.text.CodePoints;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditLinesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final CreditLines credits = new CreditLines();

    /** line | kind of credit, or empty for a line of the article. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "김민수 기자 ; byline",
            "김민수기자 ; byline",
            "김민수 기자 minsu@example.kr ; byline",
            "김민수 기자 (minsu@example.kr) ; byline",
            "김민수 기자 | 입력 2024.11.03 09:30 ; byline",
            "예시일보 김민수·이지은 기자 ; byline",
            "글=김민수 기자, 사진=이지은 기자 ; byline",
            "[김민수 특파원] ; byline",
            "입력 2024.11.03 09:30 수정 2024.11.03 10:15 ; byline",
            "입력 : 2024-11-03 09:30 | 수정 : 2024-11-03 10:15 ; byline",
            "기사입력 2024.11.03. 오전 9:30 ; byline",
            "승인 2024.11.03 09:30 ; byline",
            "최종수정 2024년 11월 3일 10시 15분 ; byline",
            "사진=예시일보 DB ; photo",
            "[사진 제공=예시시] ; photo",
            "/사진=가상통신 ; photo",
            "ⓒ 가상일보, 무단 전재 및 재배포 금지 ; copyright",
            "Copyright 2025 Example News. All rights reserved. ; copyright",
            "<저작권자 © 가상일보, 무단전재 및 재배포 금지> ; copyright",
            "김민수 기자가 현장을 찾았다. ; ",
            "기자회견에서 장관은 답했다. ; ",
            "정부는 3일 입력 방식을 바꿨다고 밝혔다. ; ",
            "사진은 서울 시내 모습이다. ; ",
            "저작권 분쟁이 법정으로 갔다. ; ",
            "정부는 무단 전재를 막겠다고 밝혔다. ; ",
            "반도체 수출 다시 늘어 ; ",
            "2024.11.03 09:30 ; ",
            "박 기자 ; ",
    })
    void recognisesCreditLines(String line, String kind) {
        assertEquals(kind, CreditLines.wholeLineKind(line), line);
    }

    @Test
    void bylineAndStampsOfAPlainTextArticle() {
        String text = "시내버스 노선 전면 개편\n"
                + "김민수 기자 | 입력 2024.11.03 09:30 | 수정 2024.11.03 10:15\n"
                + "\n"
                + "시청은 3일 시내버스 노선을 다시 짠다고 밝혔다.\n"
                + "시민들은 출퇴근 시간이 줄어들 것으로 기대했다.\n"
                + "\n"
                + "ⓒ 예시신문, 무단 전재 및 재배포 금지";
        CreditLines.Result r = credits.find(text, SEOUL);
        assertEquals("시내버스 노선 전면 개편\n\n시청은 3일 시내버스 노선을 다시 짠다고 밝혔다.\n"
                + "시민들은 출퇴근 시간이 줄어들 것으로 기대했다.\n", r.cut().kept());
        assertEquals(List.of("byline", "copyright"), r.credits().stream().map(Credit::kind).toList());
        assertEquals(List.of("김민수"), r.authors());
        assertEquals(OffsetDateTime.parse("2024-11-03T09:30+09:00"), r.published().orElseThrow().at());
        assertEquals(OffsetDateTime.parse("2024-11-03T10:15+09:00"), r.modified().orElseThrow().at());
        assertMapsBack(r);
    }

    @Test
    void datelineHeadIsCutAndTheParagraphKept() {
        String text = "(세종=가상통신) 김민수 이지은 기자 = 정부는 내년 예산을 5% 늘린다고 3일 밝혔다.\n"
                + "【부산=예시뉴스】 항만 물동량이 늘었다.";
        CreditLines.Result r = credits.find(text, SEOUL);
        assertEquals("정부는 내년 예산을 5% 늘린다고 3일 밝혔다.\n항만 물동량이 늘었다.", r.cut().kept());
        assertEquals("가상통신", r.agency());
        assertEquals(List.of("dateline", "dateline"), r.credits().stream().map(Credit::kind).toList());
        assertMapsBack(r);
    }

    @Test
    void bracketBylineAtTheHeadOfAParagraph() {
        CreditLines.Result r = credits.find("[예시일보=김민수 기자] 시청은 노선을 바꾼다.", SEOUL);
        assertEquals("시청은 노선을 바꾼다.", r.cut().kept());
        assertEquals(List.of("김민수"), r.authors());
    }

    @Test
    void bylinesAfterTheLastSentenceOfAParagraph() {
        String text = "시청은 노선을 바꾼다고 밝혔다. /김민수 기자\n"
                + "주민들은 반겼다. 이지은 기자 jieun@example.kr\n"
                + "행사에 모인 시민들. /사진=예시일보";
        CreditLines.Result r = credits.find(text, SEOUL);
        assertEquals("시청은 노선을 바꾼다고 밝혔다.\n주민들은 반겼다.\n행사에 모인 시민들.", r.cut().kept());
        assertEquals(List.of("김민수", "이지은"), r.authors());
        assertEquals(List.of("byline", "byline", "photo"), r.credits().stream().map(Credit::kind).toList());
        assertMapsBack(r);
    }

    @Test
    void aTextWithoutCreditsIsLeftAsItIs() {
        String text = "정부는 3일 입력 방식을 바꿨다고 밝혔다.\n김민수 기자가 현장을 찾았다.";
        CreditLines.Result r = credits.find(text, SEOUL);
        assertTrue(r.cut().isIdentity());
        assertEquals(text, r.cut().kept());
        assertTrue(r.credits().isEmpty());
    }

    @Test
    void harvestReadsLinesThatAreNotInTheText() {
        CreditLines.Result r = credits.harvest(List.of("버스 노선 개편", "김민수 기자 입력 2025.02.03 08:00"), SEOUL);
        assertEquals(List.of("김민수"), r.authors());
        assertEquals(OffsetDateTime.parse("2025-02-03T08:00+09:00"), r.published().orElseThrow().at());
    }

    @Test
    void creditLineIsFoundAtTheHeadOfALongText() {
        String text = "김민수 기자 | 입력 2024.11.03 09:30\n" + "시민들은 노선 개편을 반겼다. ".repeat(20_000) + "\n";
        CreditLines.Result r = credits.find(text, SEOUL);
        assertEquals(1, r.credits().size());
    }

    /** Every kept code point is the original code point its offset maps to, and credits are what they say. */
    private static void assertMapsBack(CreditLines.Result r) {
        String original = r.cut().original();
        String kept = r.cut().kept();
        for (int k = 0; k < CodePoints.length(kept); k++) {
            assertEquals(CodePoints.substring(kept, k, k + 1),
                    CodePoints.substring(original, r.cut().toOriginal(k), r.cut().toOriginal(k) + 1));
        }
        for (Credit c : r.credits()) {
            assertTrue(CodePoints.substring(original, c.start(), c.end()).contains(c.text()), c.text());
        }
    }
}
