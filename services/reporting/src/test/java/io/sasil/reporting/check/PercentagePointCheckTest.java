package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagePointCheckTest {

    private final PercentagePointCheck check = new PercentagePointCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            서울의 전기차 비율은 23%로 부산의 11%보다 12%포인트 높다.                     | 23%   | 11%   | 12%포인트  | CONSISTENT
            서울의 전기차 비율은 23%로 부산의 11%보다 14%포인트 높다.                     | 23%   | 11%   | 14%포인트  | INCONSISTENT
            찬성 응답이 61%, 반대가 35%로 격차는 26%p였다.                              | 61%   | 35%   | 26%p      | CONSISTENT
            찬성 응답이 61%, 반대가 35%로 격차는 27%p였다.                              | 61%   | 35%   | 27%p      | CONSISTENT
            찬성 응답이 61%, 반대가 35%로 격차는 28%p였다.                              | 61%   | 35%   | 28%p      | INCONSISTENT
            실업률은 3.2%에서 4.1%로 0.9%포인트 올랐다.                                  | 3.2%  | 4.1%  | 0.9%포인트 | CONSISTENT
            실업률은 3.2%에서 4.1%로 1.9%포인트 올랐다.                                  | 3.2%  | 4.1%  | 1.9%포인트 | INCONSISTENT
            🚀 점유율 𠀀 조사에서 한국 기업은 47%, 일본 기업은 18%로 29%포인트 앞섰다.        | 47%   | 18%   | 29%포인트  | CONSISTENT
            🚀 점유율 𠀀 조사에서 한국 기업은 47%, 일본 기업은 18%로 39%포인트 앞섰다.        | 47%   | 18%   | 39%포인트  | INCONSISTENT
            """)
    void differenceOfTwoPercentages(String sentence, String a, String b, String p, Verdict expected) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(a, DocFixture.num(a), "PERCENT").q(b, DocFixture.num(b), "PERCENT")
                .q(p, DocFixture.num(p), "PERCENT_POINT");
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        CheckResult r = results.get(0);
        assertEquals(expected, r.verdict(), r::explanation);
        assertEquals(3, r.involved().size());
        assertEquals(f.cp(p, 0), r.involved().get(2).start(), "code point offset of the %p figure");
        assertTrue(r.explanation().contains("="), r.explanation());
    }

    @Test
    void explanationShowsTheArithmetic() {
        DocFixture f = DocFixture.of("수출 비중은 47%로 수입 비중 18%보다 29%포인트 크다.");
        f.whole().q("47%", 47, "PERCENT").q("18%", 18, "PERCENT").q("29%포인트", 29, "PERCENT_POINT");
        CheckResult r = f.run(check).get(0);
        assertTrue(r.explanation().startsWith("47% − 18% = 29%p"), r.explanation());
        assertTrue(r.tolerance().startsWith("±1.5%p"), r.tolerance());
    }

    @Test
    void usesTheTwoPercentagesNearestBeforeThePointFigure() {
        DocFixture f = DocFixture.of("투표율은 72%였다. 20대는 52%, 60대는 81%로 29%p 차이가 났다.");
        f.whole().q("72%", 72, "PERCENT").q("52%", 52, "PERCENT").q("81%", 81, "PERCENT")
                .q("29%p", 29, "PERCENT_POINT");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.CONSISTENT, r.verdict(), r.explanation());
        assertEquals("52%", r.involved().get(0).text());
    }

    @Test
    void aSinglePercentageIsUnverifiable() {
        DocFixture f = DocFixture.of("기준금리는 3.5%로 0.25%포인트 올랐다.");
        f.whole().q("3.5%", 3.5, "PERCENT").q("0.25%포인트", 0.25, "PERCENT_POINT");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }

    @Test
    void noPercentageNoResult() {
        DocFixture f = DocFixture.of("한국은행은 금리를 0.25%포인트 내렸다.");
        f.whole().q("0.25%포인트", 0.25, "PERCENT_POINT");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void percentagesInAnotherClaimAreNotUsed() {
        DocFixture f = DocFixture.of("A사의 점유율은 40%다. B사는 10%포인트 낮다.");
        f.claim("A사의 점유율은 40%다.").q("40%", 40, "PERCENT");
        f.claim("B사는 10%포인트 낮다.").q("10%포인트", 10, "PERCENT_POINT");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void approximateFiguresDoubleTheTolerance() {
        DocFixture f = DocFixture.of("지지율은 약 40%, 반대는 약 18%로 약 24%포인트 차이다.");
        f.whole().q("약 40%", 40, "PERCENT", true, null).q("약 18%", 18, "PERCENT", true, null)
                .q("약 24%포인트", 24, "PERCENT_POINT", true, null);
        assertEquals(Verdict.CONSISTENT, f.run(check).get(0).verdict());
    }
}
