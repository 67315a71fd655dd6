package io.sasil.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** One paragraph in, its sentences out (separated by " ⏐ " in the table for readability). */
    static Stream<Arguments> sentences() {
        return Stream.of(
                // plain Korean endings
                Arguments.of("정부는 예산을 늘렸다. 야당은 반대했다.", "정부는 예산을 늘렸다. ⏐ 야당은 반대했다."),
                Arguments.of("회의는 오후에 열려요. 모두 참석하세요!", "회의는 오후에 열려요. ⏐ 모두 참석하세요!"),
                Arguments.of("정말 그럴까? 아무도 모른다.", "정말 그럴까? ⏐ 아무도 모른다."),
                Arguments.of("왜 지금인가?! 시장은 묻는다.", "왜 지금인가?! ⏐ 시장은 묻는다."),
                Arguments.of("첫 문장이다.  두 칸 띄운 문장이다.", "첫 문장이다. ⏐ 두 칸 띄운 문장이다."),
                Arguments.of("끝에 마침표가 없는 문장", "끝에 마침표가 없는 문장"),
                // closing quotes and brackets stay with the sentence
                Arguments.of("그는 “시작이 반이다.” 그리고 웃었다.", "그는 “시작이 반이다.” ⏐ 그리고 웃었다."),
                Arguments.of("‘작은 고추가 맵다.’ 옛말이 맞았다.", "‘작은 고추가 맵다.’ ⏐ 옛말이 맞았다."),
                Arguments.of("(이 수치는 잠정치다.) 확정치는 다음 달 나온다.", "(이 수치는 잠정치다.) ⏐ 확정치는 다음 달 나온다."),
                Arguments.of("정말 끝났을까?” 그가 되물었다.", "정말 끝났을까?” ⏐ 그가 되물었다."),
                // quotations continue the sentence
                Arguments.of("장관은 “물가가 안정됐다.”라며 자신감을 보였다.", "장관은 “물가가 안정됐다.”라며 자신감을 보였다."),
                Arguments.of("그는 “내일 떠난다.”라고 말했다. 모두 놀랐다.", "그는 “내일 떠난다.”라고 말했다. ⏐ 모두 놀랐다."),
                Arguments.of("‘늦었다.’라는 말이 돌았다.", "‘늦었다.’라는 말이 돌았다."),
                Arguments.of("의원은 “반대한다”고 밝혔다.", "의원은 “반대한다”고 밝혔다."),
                // no split inside quotes or brackets
                Arguments.of("그는 “첫째, 비용이 크다. 둘째, 시간이 없다.”라고 설명했다.",
                        "그는 “첫째, 비용이 크다. 둘째, 시간이 없다.”라고 설명했다."),
                Arguments.of("회사 측은 ‘문제없다. 곧 해결된다.’는 입장이다. 주가는 올랐다.",
                        "회사 측은 ‘문제없다. 곧 해결된다.’는 입장이다. ⏐ 주가는 올랐다."),
                Arguments.of("판매량(지난해 기준. 잠정치 포함)이 늘었다. 이익도 늘었다.",
                        "판매량(지난해 기준. 잠정치 포함)이 늘었다. ⏐ 이익도 늘었다."),
                Arguments.of("그는 \"괜찮다. 걱정 마라\"라고 했다. 다들 안심했다.",
                        "그는 \"괜찮다. 걱정 마라\"라고 했다. ⏐ 다들 안심했다."),
                Arguments.of("「법안은 폐기됐다. 다시 낸다」는 방침이다.", "「법안은 폐기됐다. 다시 낸다」는 방침이다."),
                Arguments.of("'좋다. 가자'는 답이 왔다. 출발했다.", "'좋다. 가자'는 답이 왔다. ⏐ 출발했다."),
                // an opener that is never closed protects nothing
                Arguments.of("그는 “끝이라고 했다. 모두 떠났다.", "그는 “끝이라고 했다. ⏐ 모두 떠났다."),
                Arguments.of("괄호가 ((열렸다. 닫히지 않았다.", "괄호가 ((열렸다. ⏐ 닫히지 않았다."),
                Arguments.of("짝이 안 맞는 괄호) 뒤의 문장이다. 다음 문장이다.", "짝이 안 맞는 괄호) 뒤의 문장이다. ⏐ 다음 문장이다."),
                // decimals, versions, addresses
                Arguments.of("성장률은 3.5%였다. 물가는 2.1% 올랐다.", "성장률은 3.5%였다. ⏐ 물가는 2.1% 올랐다."),
                Arguments.of("버전 2.0.1이 나왔다. 자세한 내용은 www.example.com에 있다.",
                        "버전 2.0.1이 나왔다. ⏐ 자세한 내용은 www.example.com에 있다."),
                // abbreviations
                Arguments.of("U.S. 정부는 제재를 발표했다. 중국은 반발했다.", "U.S. 정부는 제재를 발표했다. ⏐ 중국은 반발했다."),
                Arguments.of("Dr. Kim은 연구를 이끌었다. 결과는 좋았다.", "Dr. Kim은 연구를 이끌었다. ⏐ 결과는 좋았다."),
                Arguments.of("회의는 오전 9 a.m. 시작한다. 늦지 마라.", "회의는 오전 9 a.m. 시작한다. ⏐ 늦지 마라."),
                Arguments.of("저자는 J. K. Rowling이다. 책은 잘 팔렸다.", "저자는 J. K. Rowling이다. ⏐ 책은 잘 팔렸다."),
                Arguments.of("플랜 B. 이것이 대안이다.", "플랜 B. ⏐ 이것이 대안이다."),
                Arguments.of("모델 이름은 챗GPT. 출시는 작년이다.", "모델 이름은 챗GPT. ⏐ 출시는 작년이다."),
                // ellipses
                Arguments.of("그래서… 결국 떠났다.", "그래서… 결국 떠났다."),
                Arguments.of("글쎄... 두고 보자.", "글쎄... 두고 보자."),
                Arguments.of("기다렸다…. 아무도 오지 않았다.", "기다렸다…. ⏐ 아무도 오지 않았다."),
                // list numbers and dates
                Arguments.of("1. 서론을 쓴다.", "1. 서론을 쓴다."),
                Arguments.of("12. 마지막 항목이다.", "12. 마지막 항목이다."),
                Arguments.of("가. 목적을 밝힌다.", "가. 목적을 밝힌다."),
                Arguments.of("IV. 결론", "IV. 결론"),
                Arguments.of("발표일은 2025. 2. 3. 오후로 정해졌다. 장소는 미정이다.",
                        "발표일은 2025. 2. 3. 오후로 정해졌다. ⏐ 장소는 미정이다."),
                Arguments.of("순위가 3계단 올랐다. 2위는 삼성이다.", "순위가 3계단 올랐다. ⏐ 2위는 삼성이다."),
                Arguments.of("공고일은 2025.2.3. 오전이다. 마감은 다음 주다.", "공고일은 2025.2.3. 오전이다. ⏐ 마감은 다음 주다."),
                Arguments.of("올해 성장률은 3.5. 작년은 2.9였다.", "올해 성장률은 3.5. ⏐ 작년은 2.9였다."),
                Arguments.of("그는 Ph.D. 학위를 땄다. 전공은 물리다.", "그는 Ph.D. 학위를 땄다. ⏐ 전공은 물리다."),
                Arguments.of("문의는 help@example.com. 답은 빠르다.", "문의는 help@example.com. ⏐ 답은 빠르다."),
                Arguments.of("런타임은 Node.js. 언어는 자바스크립트다.", "런타임은 Node.js. ⏐ 언어는 자바스크립트다."),
                Arguments.of("(서울=가상뉴스) 김기자 = 회의가 열렸다. 결론은 없었다.", "(서울=가상뉴스) 김기자 = 회의가 열렸다. ⏐ 결론은 없었다."),
                Arguments.of("“왜 그랬나?”라는 질문에 답이 없었다.", "“왜 그랬나?”라는 질문에 답이 없었다."),
                Arguments.of("그는 “정말이냐?”고 물었다. 답은 “그렇다!”였다.", "그는 “정말이냐?”고 물었다. ⏐ 답은 “그렇다!”였다."),
                Arguments.of("그가 말했다. “내일 보자.” “좋다.” 둘은 헤어졌다.", "그가 말했다. ⏐ “내일 보자.” ⏐ “좋다.” ⏐ 둘은 헤어졌다."),
                // citation markers stay with the sentence before them
                Arguments.of("인구가 줄었다.[1] 출산율도 낮다.[2][3] 대책이 필요하다.",
                        "인구가 줄었다.[1] ⏐ 출산율도 낮다.[2][3] ⏐ 대책이 필요하다."),
                Arguments.of("수출이 늘었다.[1, 2] 수입은 줄었다.", "수출이 늘었다.[1, 2] ⏐ 수입은 줄었다."),
                Arguments.of("수출이 늘었다[4]. 수입은 줄었다.", "수출이 늘었다[4]. ⏐ 수입은 줄었다."),
                Arguments.of("근거는 다음과 같다. [표 1] 참조.", "근거는 다음과 같다. ⏐ [표 1] 참조."),
                // missing space after a sentence end
                Arguments.of("값이 올랐다.그러나 수요는 그대로다.", "값이 올랐다. ⏐ 그러나 수요는 그대로다."),
                Arguments.of("맞습니까.“예”라고 답했다.", "맞습니까. ⏐ “예”라고 답했다."),
                // CJK full stop without spaces, full-width punctuation
                Arguments.of("今天很好。明天也好。", "今天很好。 ⏐ 明天也好。"),
                Arguments.of("정말인가？ 그렇다！ 끝이다.", "정말인가？ ⏐ 그렇다！ ⏐ 끝이다."),
                // astral characters count one code point each
                Arguments.of("좋아요 😀. 𠀀자는 희귀 한자다.", "좋아요 😀. ⏐ 𠀀자는 희귀 한자다."),
                // English sentences and apostrophes
                Arguments.of("It's over. Don't cry.", "It's over. ⏐ Don't cry."),
                Arguments.of("The U.S. economy grew. Prices fell.", "The U.S. economy grew. ⏐ Prices fell.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void splitsOneParagraphIntoSentences(String text, String expected) {
        List<Sentence> sentences = splitter.sentences(text);
        assertEquals(List.of(expected.split(" ⏐ ")), sentences.stream().map(Sentence::text).toList());
        for (Sentence s : sentences) {
            assertEquals(s.text(), CodePoints.substring(text, s.start(), s.end()), "offsets of " + s.text());
            assertEquals(0, s.paragraph());
        }
    }

    /** Text in, paragraph count and sentence count per paragraph out. */
    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("제목 한 줄\n본문 첫 문장이다. 둘째 문장이다.", List.of(1, 2)),
                Arguments.of("첫 문단이다.\n\n둘째 문단이다.\n\n\n셋째 문단이다.", List.of(1, 1, 1)),
                Arguments.of("  들여쓴 문단이다.  \n\t탭 문단이다.", List.of(1, 1)),
                Arguments.of("\n\n   \n", List.of()),
                Arguments.of("", List.of()),
                Arguments.of("기사 제목\n홍길동 기자\n본문이다. 끝이다.\n사진=연합뉴스", List.of(1, 1, 2, 1)),
                Arguments.of("“인용이 줄을\n넘어가도 문단은 나뉜다.”", List.of(1, 1)),
                Arguments.of("윈도 줄바꿈이다.\r\n다음 줄이다. 끝.\r\n", List.of(1, 2)),
                Arguments.of("옛 맥 줄바꿈\r다음 줄\u2028그다음 줄\u2029마지막", List.of(1, 1, 1, 1))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void splitsParagraphsAtLineEnds(String text, List<Integer> sentencesPerParagraph) {
        List<Paragraph> paragraphs = splitter.split(text);
        assertEquals(sentencesPerParagraph, paragraphs.stream().map(p -> p.sentences().size()).toList());
        int index = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            assertEquals(p, paragraph.index());
            String body = CodePoints.substring(text, paragraph.start(), paragraph.end());
            assertEquals(body.strip(), body, "paragraph offsets exclude blanks");
            for (Sentence s : paragraph.sentences()) {
                assertEquals(index++, s.index());
                assertEquals(p, s.paragraph());
                assertTrue(paragraph.start() <= s.start() && s.end() <= paragraph.end());
            }
        }
    }

    @Test
    void offsetsAreCodePointsAcrossParagraphs() {
        String text = "🇰🇷 한국 대표팀이 이겼다. 𝟙위다!\n\n𩸽 생선은 맛있다.";
        List<Sentence> s = splitter.sentences(text);
        assertEquals(List.of("🇰🇷 한국 대표팀이 이겼다.", "𝟙위다!", "𩸽 생선은 맛있다."), s.stream().map(Sentence::text).toList());
        assertEquals(0, s.get(0).start());
        assertEquals(15, s.get(0).end());
        assertEquals(16, s.get(1).start());
        assertEquals(20, s.get(1).end());
        assertEquals(22, s.get(2).start());
        assertEquals(1, s.get(2).paragraph());
        assertEquals(new io.sasil.common.contract.SentenceRef(2, 1, 22, 32, "𩸽 생선은 맛있다."), s.get(2).toRef());
    }

    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("(".repeat(10_000) + "끝이다. 다음이다."),
                Arguments.of("“".repeat(10_000) + "끝이다. 다음이다."),
                Arguments.of("”".repeat(10_000) + " 끝이다. 다음이다."),
                Arguments.of("“‘(「".repeat(5_000) + "끝이다. 다음이다."),
                Arguments.of("(끝이다. ".repeat(10_000)),
                Arguments.of("1".repeat(20_000) + ". 다음이다."),
                Arguments.of("1.".repeat(20_000) + " 다음이다."),
                Arguments.of(".".repeat(20_000) + " 다음이다."),
                Arguments.of("[1]".repeat(10_000) + " 다음이다."),
                Arguments.of("다.".repeat(20_000)),
                Arguments.of("\"'".repeat(10_000) + "다. 끝."),
                Arguments.of("\n".repeat(20_000) + "다. 끝."),
                Arguments.of("U.".repeat(20_000) + " 끝.")
        );
    }

    @ParameterizedTest
    @MethodSource("pathological")
    void pathologicalInputsAreSplitIntoOrderedSentences(String text) {
        List<Sentence> sentences = splitter.sentences(text);
        int covered = 0;
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertTrue(s.start() >= previousEnd);
            previousEnd = s.end();
            covered += s.end() - s.start();
        }
        assertTrue(covered > 0);
    }

    @Test
    void unclosedOpenersDoNotSwallowTheRest() {
        List<Sentence> s = splitter.sentences("(".repeat(10_000) + "끝이다. 다음이다.");
        assertEquals(2, s.size());
        assertEquals("다음이다.", s.get(1).text());
    }

    @Test
    void hugeParagraphIsSplitIntoEverySentence() {
        String sentence = "정부는 “예산을 늘린다.”라며 3.5%를 제시했다(U.S. 기준). ";
        String text = sentence.repeat(50_000);
        List<Sentence> s = splitter.sentences(text);
        assertEquals(50_000, s.size());
    }
}
