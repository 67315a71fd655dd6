package io.sasil.claims.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.FactView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationFactsTest {

    /** Sentence, first and second figure, the expected whole and part (empty: no relation). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            직원 120명 가운데 연구 인력은 85명이다.          | 120명 | 85명  | 120명 | 85명
            회원은 3000명이며 그중 여성이 1200명이다.          | 3000명 | 1200명 | 3000명 | 1200명
            연구원 40명이 임직원 300명과 함께 일한다.         | 40명  | 300명 | 300명 | 40명
            응답자 500명 중 200명이 찬성했다.                  | 500명 | 200명 | 500명 | 200명
            서울에 120명, 부산에 85명이 모였다.                | 120명 | 85명  |       |
            """)
    void partsAndWholes(String sentence, String a, String b, String whole, String part) {
        ClaimFixture f = ClaimFixture.of(sentence).q(a, 1, "PERSON").q(b, 2, "PERSON");
        List<FactView> facts = f.facts("part-whole");
        if (whole == null) {
            assertTrue(facts.isEmpty(), facts::toString);
            return;
        }
        assertEquals(1, facts.size());
        assertEquals(whole, f.form(facts.get(0), "whole"));
        assertEquals(part, f.form(facts.get(0), "part"));
    }

    @Test
    void countsOfDifferentCountersAreNoPartAndWhole() {
        ClaimFixture f = ClaimFixture.of("전체 매장 40곳 가운데 차량 12대가 배치됐다.").count("40곳", 40, "곳")
                .count("12대", 12, "대");
        assertTrue(f.facts("part-whole").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            국내 점유율은 38%로 1위다.             | 38%  | true
            수출이 전체의 45%를 차지했다.           | 45%  | true
            제조업 비중이 27%까지 올랐다.           | 27%  | true
            물가가 3.1% 올랐다.                     | 3.1% | false
            """)
    void shares(String sentence, String form, boolean share) {
        ClaimFixture f = ClaimFixture.of(sentence).q(form, 1, "PERCENT");
        assertEquals(share, !f.facts("share").isEmpty());
    }

    @Test
    void spendingAmountsAndCostRatios() {
        ClaimFixture spent = ClaimFixture.of("‘누리랩’은 훈련에 600만 달러를 썼다.").q("600만 달러", 6e6, "USD");
        FactView amount = spent.facts("spending").get(0);
        assertEquals("600만 달러", spent.form(amount, "amount"));
        assertEquals(List.of("term:누리랩"), amount.coSubjects());

        ClaimFixture ratio = ClaimFixture.of("경쟁사의 10분의 1 비용으로 모델을 만들었다.").q("10분의 1", 0.1, "RATIO");
        assertEquals("10분의 1", ratio.form(ratio.facts("spending").get(0), "ratio"));

        ClaimFixture other = ClaimFixture.of("이 주식은 10분의 1로 쪼개졌고 주가는 5만 원이다.").q("10분의 1", 0.1, "RATIO")
                .q("5만 원", 5e4, "KRW");
        assertTrue(other.facts("spending").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            훈련에 600만 달러(약 84억 원)를 썼다.       | 600만 달러 | USD | 약 84억 원 | KRW | true
            입장료는 100유로, 한화 약 15만 원이다.       | 100유로    | EUR | 약 15만 원 | KRW | true
            매출 600만 달러와 순이익 84억 원을 올렸다.   | 600만 달러 | USD | 84억 원    | KRW | false
            예산 600만 달러(약 700만 달러)를 잡았다.     | 600만 달러 | USD | 약 700만 달러 | USD | false
            """)
    void conversions(String sentence, String a, String ua, String b, String ub, boolean conversion) {
        ClaimFixture f = ClaimFixture.of(sentence).q(a, 1, ua).q(b, 2, ub);
        List<FactView> facts = f.facts("conversion");
        assertEquals(conversion, !facts.isEmpty(), facts::toString);
        if (conversion) {
            assertEquals(a, f.form(facts.get(0), "amount"));
            assertEquals(b, f.form(facts.get(0), "converted"));
        }
    }

    @Test
    void agesWithBirthYearsAndTheirReferenceDate() {
        ClaimFixture plain = ClaimFixture.of("1990년생 창업자 한서윤(35세)이 이끈다.").q("1990년생", 1990, "BIRTH_YEAR")
                .q("35세", 35, "AGE_YEARS");
        FactView age = plain.facts("age").get(0);
        assertEquals("35세", plain.form(age, "age"));
        assertEquals("1990년생", plain.form(age, "birth-year"));
        assertNull(plain.form(age, "as-of"));

        ClaimFixture man = ClaimFixture.of("1990년생인 그는 만 34세다.").q("1990년생", 1990, "BIRTH_YEAR")
                .q("만 34세", 34, "AGE_YEARS");
        assertEquals("만 34세", man.form(man.facts("age").get(0), "international-age"));

        ClaimFixture then = ClaimFixture.of("1990년생인 그는 2015년 창업 당시 25세였다.").q("1990년생", 1990, "BIRTH_YEAR")
                .q("2015년", "2015", "DATE").q("25세", 25, "AGE_YEARS");
        assertEquals("2015년", then.form(then.facts("age").get(0), "as-of"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10년 전인 2015년 처음 나온 기술이다.     | 10년 전 | 2015년 | true
            5년 전의 2020년과 달리 지금은 다르다.     | 5년     | 2020년 | true
            10년 전 시작해 2015년 완성했다.           | 10년 전 | 2015년 | false
            3년 동안 2020년 계획을 세웠다.            | 3년     | 2020년 | false
            """)
    void timeAgo(String sentence, String duration, String date, boolean ago) {
        ClaimFixture f = ClaimFixture.of(sentence).bound(duration, "P10Y", "DURATION", null).q(date, "2015", "DATE");
        List<FactView> facts = f.facts("ago");
        assertEquals(ago, !facts.isEmpty(), facts::toString);
        if (ago) {
            assertEquals(duration, f.form(facts.get(0), "elapsed"));
            assertEquals(date, f.form(facts.get(0), "date"));
        }
    }

    @Test
    void rolesIndexTheClaimsQuantityListEvenWhenItIsOutOfOrder() {
        String text = "직원 120명 가운데 연구 인력은 85명이다.";
        int base = 10;
        var late = new io.sasil.common.contract.QuantityView(base + 18, base + 21, "85명", 85, "PERSON", null, false,
                null, null);
        var early = new io.sasil.common.contract.QuantityView(base + 3, base + 7, "120명", 120, "PERSON", null, false,
                null, null);
        FactView f = new FactReader().read(text, base, List.of(late, early), List.of(), List.of()).stream()
                .filter(x -> x.predicate().equals("part-whole")).findFirst().orElseThrow();
        assertEquals(1, f.roles().stream().filter(r -> r.role().equals("whole")).findFirst().orElseThrow().quantity());
        assertEquals(0, f.roles().stream().filter(r -> r.role().equals("part")).findFirst().orElseThrow().quantity());
    }

    /** The claim of the OpenAPI example of a stored document ({@code Examples.DOCUMENT}) reads as it shows. */
    @Test
    void theDocumentExampleOfTheApi() {
        ClaimFixture f = ClaimFixture.of("누리랩의 직원 180명 가운데 연구 인력은 139명이다.").q("180명", 180, "PERSON")
                .q("139명", 139, "PERSON").mention("누리랩", 8, "누리랩");
        List<FactView> facts = f.facts();
        assertEquals(List.of("employees", "research-staff", "part-whole"),
                facts.stream().map(FactView::predicate).toList());
        assertEquals(List.of("직원", "연구 인력", "가운데"), facts.stream().map(FactView::predicateText).toList());
        assertEquals("entry:8", facts.get(1).subject().key());
        assertEquals("180명", f.form(facts.get(2), "whole"));
    }
}
