package io.sasil.claims.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.FactView;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFactsTest {

    private static final Set<String> RELATIONS = Set.of("part-whole", "share", "spending", "conversion", "age",
            "ago");

    private static List<FactView> events(ClaimFixture f) {
        return f.facts().stream().filter(x -> !RELATIONS.contains(x.predicate())).toList();
    }

    /** Sentence, the date in it, the expected predicate and subject label (empty: no fact). */
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
            ‘푸른숲’은 2019년 경쟁사 ‘솔바람’을 인수했다.                    | 2019년     | acquisition  | 솔바람
            ‘푸른숲’은 2019년 3월 인수위를 꾸렸다.                          | 2019년 3월 |              |
            ‘푸른숲’은 2024년 시행령을 고쳤다.                              | 2024년     |              |
            ‘푸른숲’은 2024년 시행된 법이다.                                | 2024년     | enforcement  | 푸른숲
            """)
    void datedEvents(String sentence, String date, String predicate, String subject) {
        ClaimFixture f = ClaimFixture.of(sentence).q(date, "2020", "DATE");
        List<FactView> facts = events(f);
        if (predicate == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(predicate, facts.get(0).predicate());
        assertEquals(subject, facts.get(0).subject().label());
        assertEquals(date, f.form(facts.get(0), "date"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ‘한빛’의 직원 180명은 서울에서 일한다.       | 180명   | PERSON | employees
            ‘한빛’은 임직원 500명을 두고 있다.           | 500명   | PERSON | employees
            ‘한빛’의 연구 인력 139명이 일한다.           | 139명   | PERSON | research-staff
            ‘한빛’의 매출은 50억 원이었다.               | 50억 원 | KRW    | revenue
            ‘한빛’은 500억 원의 매출을 올렸다.           | 500억 원 | KRW   | revenue
            ‘한빛’ 앱의 가입자는 30만 명을 넘었다.       | 30만 명 | PERSON | subscribers
            ‘한빛’은 서울에 180명이 모였다고 밝혔다.      | 180명   | PERSON |
            ‘한빛’의 직원들 180명은 서울에서 일한다.      | 180명   | PERSON | employees
            ‘한빛’은 매출처 12곳을 잃었다.               | 12곳    | COUNT  |
            """)
    void measures(String sentence, String form, String unit, String predicate) {
        ClaimFixture f = ClaimFixture.of(sentence).q(form, 1, unit);
        List<FactView> facts = events(f);
        if (predicate == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(predicate, facts.get(0).predicate());
        assertEquals("한빛", facts.get(0).subject().label());
        assertEquals(form, f.form(facts.get(0), "value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            설립한 지 2년도 안 된 스타트업 ‘한빛’은 성장했다. | 2년도 안 된 | founding | 한빛
            ‘한빛’은 설립된 지 3년이 넘었다.                 | 3년이 넘었다 | founding | 한빛
            ‘한빛’은 출시한 지 6개월 만에 1위에 올랐다.       | 6개월       | release  | 한빛
            ‘한빛’은 주 52시간 일한다.                        | 주 52시간   |          |
            """)
    void durationsSinceAnEvent(String sentence, String form, String predicate, String subject) {
        ClaimFixture f = ClaimFixture.of(sentence).q(form, "P2Y", "DURATION");
        List<FactView> facts = events(f);
        if (predicate == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(predicate, facts.get(0).predicate());
        assertEquals(subject, facts.get(0).subject().label());
        assertEquals(form, f.form(facts.get(0), "elapsed"));
    }

    @Test
    void aMeasureTakesTheClaimsOtherDateAsItsPeriod() {
        ClaimFixture f = ClaimFixture.of("‘한빛’의 2024년 매출은 80억 원이었다.").q("2024년", "2024", "DATE")
                .q("80억 원", 8e9, "KRW");
        FactView revenue = events(f).stream().filter(x -> x.predicate().equals("revenue")).findFirst().orElseThrow();
        assertEquals("80억 원", f.form(revenue, "value"));
        assertEquals("2024년", f.form(revenue, "period"));
    }

    @Test
    void aMentionGivesTheSubjectItsEntry() {
        ClaimFixture f = ClaimFixture.of("한빛전자는 2020년 설립됐다.").q("2020년", "2020", "DATE")
                .mention("한빛전자", 7, "한빛전자");
        FactView fact = events(f).get(0);
        assertEquals("entry:7", fact.subject().key());
        assertEquals(7L, fact.subject().entryId());
        assertEquals(List.of("entry:7"), fact.coSubjects());
    }

    @Test
    void aQuotedNameHasNoEntry() {
        FactView fact = events(ClaimFixture.of("‘한빛 Lab’은 2020년 설립됐다.").q("2020년", "2020", "DATE")).get(0);
        assertEquals("term:한빛lab", fact.subject().key());
        assertNull(fact.subject().entryId());
    }

    @Test
    void withoutANamedSubjectTheClaimsOnlyEntryIsTheSubject() {
        FactView fact = events(ClaimFixture.of("그 회사는 2020년 설립됐다.").q("2020년", "2020", "DATE").subject(9))
                .get(0);
        assertEquals("entry:9", fact.subject().key());
        assertEquals(9L, fact.subject().entryId());
    }

    @Test
    void aNounPhraseTiesItsSubjects() {
        ClaimFixture f = ClaimFixture.of("‘한빛’이 지난 1월 20일 내놓은 AI모델 한빛전자 ‘별빛’이 화제다.")
                .q("1월 20일", "2025-01-20", "DATE").mention("한빛전자", 3, "한빛전자");
        FactView fact = events(f).get(0);
        assertEquals("별빛", fact.subject().label());
        assertEquals(Set.of("entry:3", "term:별빛"), Set.copyOf(fact.coSubjects()));
    }

    @Test
    void noQuantitiesNoFacts() {
        assertTrue(new FactReader().read("‘한빛’은 설립됐다.", 0, List.of(), List.of(), List.of()).isEmpty());
        assertTrue(new FactReader().read(null, 0, null, null, null).isEmpty());
    }
}
