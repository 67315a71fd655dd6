package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.contract.Bound;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioCheckTest {

    private final RatioCheck check = new RatioCheck();

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10분의 1 | 0.1  | 600만 달러  | 6000000   | 5000만 달러 | 50000000  | CONSISTENT
            10분의 1 | 0.1  | 600만 달러  | 6000000   | 1억 달러    | 100000000 | CONSISTENT
            10분의 1 | 0.1  | 600만 달러  | 6000000   | 10억 달러   | 1000000000 | INCONSISTENT
            10분의 1 | 0.1  | 3000만 달러 | 30000000  | 5000만 달러 | 50000000  | INCONSISTENT
            3분의 1  | 0.333 | 200억 원   | 20000000000 | 600억 원  | 60000000000 | CONSISTENT
            """)
    void statedRatioAgainstTwoCosts(String ratio, double r, String small, double vs, String large, double vl,
            Verdict expected) {
        String text = "‘누리랩’은 경쟁사의 " + ratio + " 비용으로 모델을 만들었다. 누리랩은 훈련에 " + small
                + "를 썼다고 밝혔다. 🚀 경쟁사는 훈련에 " + large + "가 들었다고 했다.";
        DocFixture f = DocFixture.of(text);
        String unit = small.endsWith("원") ? "KRW" : "USD";
        f.claim("‘누리랩’은 경쟁사의 " + ratio + " 비용으로 모델을 만들었다.").q(ratio, r, "RATIO")
                .fact("spending", null, List.of("term:누리랩"), "ratio", ratio);
        f.claim("누리랩은 훈련에 " + small + "를 썼다고 밝혔다.").q(small, vs, unit).relation("spending", "amount", small);
        f.claim("경쟁사는 훈련에 " + large + "가 들었다고 했다.").q(large, vl, unit).relation("spending", "amount", large);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
        assertEquals(3, results.get(0).involved().size());
    }

    @Test
    void theClosestPairIsReportedAndBoundsAreRespected() {
        String text = "경쟁사의 10분의 1 비용이다. 누리랩은 600만 달러를 썼다. A사는 1억 달러 이상이 들었다. "
                + "B사는 10억 달러에 달하는 비용이 들었다.";
        DocFixture f = DocFixture.of(text);
        f.claim("경쟁사의 10분의 1 비용이다.").q("10분의 1", 0.1, "RATIO").relation("spending", "ratio", "10분의 1");
        f.claim("누리랩은 600만 달러를 썼다.").q("600만 달러", 6e6, "USD").relation("spending", "amount", "600만 달러");
        f.claim("A사는 1억 달러 이상이 들었다.").bound("1억 달러 이상", 1e8, "USD", Bound.MIN_INCLUSIVE)
                .relation("spending", "amount", "1억 달러 이상");
        f.claim("B사는 10억 달러에 달하는 비용이 들었다.").q("10억 달러", 1e9, "USD")
                .relation("spending", "amount", "10억 달러");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.CONSISTENT, r.verdict(), r.explanation());
        assertTrue(r.explanation().contains("1억 달러 이상"), r.explanation());
        assertTrue(r.explanation().contains("≤ 0.06"), r.explanation());
    }

    @Test
    void noCostsIsUnverifiable() {
        DocFixture f = DocFixture.of("경쟁사의 10분의 1 비용으로 만들었다.");
        f.whole().q("10분의 1", 0.1, "RATIO").relation("spending", "ratio", "10분의 1");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }

    @Test
    void aRatioWithoutASpendingFactIsIgnored() {
        DocFixture f = DocFixture.of("개발 인력은 경쟁사의 10분의 1 수준이다. 누리랩은 600만 달러를 썼다. A사는 1억 달러가 들었다.");
        f.claim("개발 인력은 경쟁사의 10분의 1 수준이다.").q("10분의 1", 0.1, "RATIO");
        f.claim("누리랩은 600만 달러를 썼다.").q("600만 달러", 6e6, "USD").relation("spending", "amount", "600만 달러");
        f.claim("A사는 1억 달러가 들었다.").q("1억 달러", 1e8, "USD").relation("spending", "amount", "1억 달러");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void costsOfTheRatiosSubjectComeFirst() {
        // 누리랩's own cost is the cheaper side, although another company's is smaller
        String text = "누리랩은 경쟁사의 10분의 1 비용이다. 누리랩은 600만 달러를 썼다. B사는 100만 달러를 썼다. "
                + "A사는 6000만 달러가 들었다.";
        DocFixture f = DocFixture.of(text);
        f.claim("누리랩은 경쟁사의 10분의 1 비용이다.").q("10분의 1", 0.1, "RATIO")
                .fact("spending", null, List.of("entry:4"), "ratio", "10분의 1");
        f.claim("누리랩은 600만 달러를 썼다.").q("600만 달러", 6e6, "USD")
                .fact("spending", null, List.of("entry:4"), "amount", "600만 달러");
        f.claim("B사는 100만 달러를 썼다.").q("100만 달러", 1e6, "USD").relation("spending", "amount", "100만 달러");
        f.claim("A사는 6000만 달러가 들었다.").q("6000만 달러", 6e7, "USD").relation("spending", "amount", "6000만 달러");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.CONSISTENT, r.verdict(), r.explanation());
        assertTrue(r.explanation().startsWith("600만 달러 ÷ 6000만 달러"), r.explanation());
    }

    @Test
    void costsInDifferentCurrenciesAreNotPaired() {
        DocFixture f = DocFixture.of("경쟁사의 10분의 1 비용이다. 누리랩은 600만 달러를 썼다. A사는 1000억 원이 들었다.");
        f.claim("경쟁사의 10분의 1 비용이다.").q("10분의 1", 0.1, "RATIO").relation("spending", "ratio", "10분의 1");
        f.claim("누리랩은 600만 달러를 썼다.").q("600만 달러", 6e6, "USD").relation("spending", "amount", "600만 달러");
        f.claim("A사는 1000억 원이 들었다.").q("1000억 원", 1e11, "KRW").relation("spending", "amount", "1000억 원");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }
}
