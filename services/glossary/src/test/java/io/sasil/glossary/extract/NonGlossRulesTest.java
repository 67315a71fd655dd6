package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonGlossRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", delimiter = '¶', value = {
        "약 81억 원 ¶ amount",
        "12.5% ¶ amount",
        "180명 ¶ amount",
        "전년 대비 3% 증가 ¶ amount",
        "40세 ¶ age",
        "만 62세 ¶ age",
        "37 ¶ age",
        "남, 41 ¶ age",
        "현지 시각 ¶ date",
        "한국시간 ¶ date",
        "11월중 ¶ date",
        "2024년 ¶ date",
        "토 ¶ date",
        "1234 ¶ citation",
        "아래 참조 ¶ citation",
        "출처: 통계청 ¶ citation",
        "사진=연합뉴스 ¶ citation",
        "표 3 ¶ citation",
        "전자금융거래법 제2조 제15호 ¶ law-reference",
        "시행령 3조 2항 ¶ law-reference",
        "웃음 ¶ aside",
        "왼쪽 ¶ aside",
        "고려대 교수 ¶ aside",
        "이름, 주소, 전화번호 ¶ aside",
        "제조·유통·서비스 ¶ aside",
        "부장판사 김모 ¶ aside",
        "대표 홍길동 ¶ aside",
        "표시·광고법 ¶ -",
        "The company said it would cut prices. ¶ aside",
        "one two three four five six seven eight nine ¶ aside",
        "Samuel Harris Altman ¶ -",
        "Organisation for Economic Co-operation and Development ¶ -",
        "Large Language Model ¶ -",
        "거대기술기업 ¶ -",
        "他山之石 ¶ -",
        "梁文鋒 ¶ -",
        "GPT-4 ¶ -",
        "H100 ¶ -",
        // issue 11
        "50 Hz ¶ amount",
        "3.5 kg ¶ amount",
        "220V ¶ amount",
        "12 km/h ¶ amount",
        "en ¶ language-tag",
        "ko ¶ language-tag",
        "a ¶ list-item",
        "iii ¶ list-item",
        "#봄맞이축제 ¶ hashtag",
        "#MeToo ¶ hashtag",
        "¥ ¶ -",
        "℃ ¶ -",
        "₩ ¶ -",
        "뉴욕 현지시간 ¶ date",
        "런던 현지 시각 ¶ date",
        "한국대 명예교수 ¶ aside",
        "재판장: 김모 ¶ aside",
        "옛 명칭 ¶ aside",
        "가칭 ¶ aside",
        "Kew ¶ -",
        "pH ¶ -"
    })
    void rejectPart(String part, String reason) {
        assertEquals(reason, NonGlossRules.rejectPart(part));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", delimiter = '¶', value = {
        "[1] ¶ citation",
        "[12] ¶ citation",
        "45·회사원 ¶ age",
        "만 40세, 무직 ¶ age",
        "전자금융거래법 제2조 제15호 ¶ law-reference",
        "Trump made immigration a top focal point of his campaign ¶ aside",
        "DeepSeek │ 深度求索 ¶ -",
        "   ¶ empty"
    })
    void rejectWhole(String content, String reason) {
        assertEquals(reason, NonGlossRules.rejectWhole(content == null ? "" : content));
    }

    @Test
    void pathologicalPartsOfTheLongestContentGetTheirReason() {
        String hangul = "가".repeat(GlossExtractor.MAX_CONTENT);
        String digits = "1".repeat(GlossExtractor.MAX_CONTENT);
        String mixed = "제 1".repeat(GlossExtractor.MAX_CONTENT / 3);
        assertNull(NonGlossRules.rejectPart(hangul));
        assertEquals("amount", NonGlossRules.rejectPart(digits));
        assertEquals("amount", NonGlossRules.rejectPart(mixed)); // no 조/항 after the numbers: not a law reference
        assertNull(NonGlossRules.rejectWhole(hangul + "," + digits));
    }
}
