package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactExtractorTest {

    /** Sentence, the date in it, the expected measure and subject label (empty: no fact). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ‘한빛’은 2020년 설립됐다.                                   | 2020년     | founding     | 한빛
            2020년 설립된 중국의 인공지능 기업 ‘한빛’이 주목받는다.         | 2020년     | founding     | 한빛
            ‘한빛’ 대표는 2016년 설립한 펀드 ‘새벽’에서 일했다.             | 2016년     | founding     | 새벽
            2023년 5월 ‘한빛’을 출범시켰다.                               | 2023년 5월 | founding     | 한빛
            ‘한빛’은 지난 1월 20일 출시된 이래 1위를 지켰다.                | 1월 20일   | release      | 한빛
            올해 1월 20일 출시한 추론 모델 ‘별빛’이다.                      | 1월 20일   | release      | 별빛
            ‘한빛’이 지난 1월 20일 내놓은 AI모델 ‘별빛’이 화제다.            | 1월 20일   | release      | 별빛
            지난 2022년 ‘별빛’ 출시 때와 맞먹는 충격이다.                   | 2022년     | release      | 별빛
            ‘한빛’의 출시일은 3월 2일이다.                                 | 3월 2일    | release      | 한빛
            ‘한빛’은 1월 27일 플로리다에서 연설했다.                        | 1월 27일   |              |
            🚀 ‘한빛’은 2021년 코스닥에 상장했다.                           | 2021년     | listing      | 한빛
            """)
    void datedEvents(String sentence, String date, String measure, String subject) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(date, "2020", "DATE");
        CheckContext context = new CheckContext(f.doc(), f.claims(), f.mentions());
        List<Fact> facts = new FactExtractor(context).facts();
        if (measure == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(1, facts.size());
        assertEquals(measure, facts.get(0).measure());
        assertEquals(subject, facts.get(0).label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ‘한빛’의 직원 180명은 서울에서 일한다.       | 180명   | PERSON | employees
            ‘한빛’은 임직원 500명을 두고 있다.           | 500명   | PERSON | employees
            ‘한빛’의 연구 인력 139명이 일한다.           | 139명   | PERSON | research-staff
            ‘한빛’의 매출은 50억 원이었다.               | 50억 원 | KRW    | revenue
            ‘한빛’은 500억 원의 매출을 올렸다.           | 500억 원 | KRW   | revenue
            ‘한빛’은 서울에 180명이 모였다고 밝혔다.      | 180명   | PERSON |
            """)
    void measures(String sentence, String form, String unit, String measure) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(form, 1, unit);
        List<Fact> facts = new FactExtractor(new CheckContext(f.doc(), f.claims(), f.mentions())).facts();
        if (measure == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(measure, facts.get(0).measure());
        assertEquals("한빛", facts.get(0).label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            설립한 지 2년도 안 된 스타트업 ‘한빛’은 성장했다. | 2년도 안 된 | founding | 한빛
            ‘한빛’은 설립된 지 3년이 넘었다.                 | 3년이 넘었다 | founding | 한빛
            ‘한빛’은 출시한 지 6개월 만에 1위에 올랐다.       | 6개월       | release  | 한빛
            ‘한빛’은 주 52시간 일한다.                        | 주 52시간   |          |
            """)
    void durationsSinceAnEvent(String sentence, String form, String measure, String subject) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(form, "P2Y", "DURATION");
        List<Fact> facts = new FactExtractor(new CheckContext(f.doc(), f.claims(), f.mentions())).facts();
        if (measure == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(measure, facts.get(0).measure());
        assertEquals(subject, facts.get(0).label());
    }
}
