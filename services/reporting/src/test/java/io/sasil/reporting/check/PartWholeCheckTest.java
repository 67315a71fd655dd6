package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartWholeCheckTest {

    private final PartWholeCheck check = new PartWholeCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            직원 180명에 불과한 연구 인력 139명뿐인 회사다.          | 180명 | 139명 | CONSISTENT
            직원 130명에 불과한 연구 인력 139명뿐인 회사다.          | 130명 | 139명 | INCONSISTENT
            임직원 500명 가운데 여성은 210명이다.                    | 500명 | 210명 | CONSISTENT
            전체 응답자 1,000명 중 찬성은 1,200명이었다.             | 1,000명 | 1,200명 | INCONSISTENT
            회원 3만명이 가입했고 그중 2만 5천명이 활동한다.           | 3만명 | 2만 5천명 | CONSISTENT
            회원 3만명이 가입했고 그중 3만 5천명이 활동한다.           | 3만명 | 3만 5천명 | INCONSISTENT
            🏭 직원 80명 중 엔지니어 80명이 일한다.                  | 80명  | 80명  | CONSISTENT
            """)
    void partAgainstWhole(String sentence, String whole, String part, Verdict expected) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(whole, value(whole), "PERSON").q(part, value(part), "PERSON")
                .relation("part-whole", "whole", whole, "part", part);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
    }

    @Test
    void partBeforeWholeIsRecognised() {
        DocFixture f = DocFixture.of("연구원 90명을 포함해 직원 80명이 일한다.");
        f.whole().q("90명", 90, "PERSON").q("80명", 80, "PERSON").relation("part-whole", "whole", "80명", "part", "90명");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.INCONSISTENT, r.verdict());
        assertEquals("90명", r.involved().get(0).text(), "involved in text order");
    }

    @Test
    void countsWithoutAPartWholeFactAreNotCompared() {
        DocFixture f = DocFixture.of("서울에서 120명, 부산에서 300명이 참석했다.");
        f.whole().q("120명", 120, "PERSON").q("300명", 300, "PERSON");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void countsWithDifferentCountersAreNotCompared() {
        DocFixture f = DocFixture.of("전체 300대 가운데 12척이 수리 중이다.");
        f.whole().count("300대", 300, "대").count("12척", 12, "척").relation("part-whole", "whole", "300대", "part", "12척");
        assertTrue(f.run(check).isEmpty());
    }

    /** Sentence, the percentage, its value, whether claims read it as a share, the expected number of findings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            세계 시장의 130%를 차지했다.   | 130% | 130 | true  | 1
            세계 시장의 47%를 차지했다.    | 47%  | 47  | true  | 0
            점유율은 101%로 늘었다.        | 101% | 101 | true  | 1
            매출이 130% 늘었다.            | 130% | 130 | false | 0
            """)
    void sharesAboveAHundredPercent(String sentence, String form, double v, boolean share, int expected) {
        DocFixture f = DocFixture.of(sentence);
        DocFixture.ClaimBuilder c = f.whole().q(form, v, "PERCENT");
        if (share) {
            c.relation("share", "share", form);
        }
        assertEquals(expected, f.run(check).size());
    }

    private static long value(String form) {
        String s = form.replace(",", "").replace("명", "").replace(" ", "");
        long total = 0;
        int man = s.indexOf('만');
        if (man >= 0) {
            total += Long.parseLong(s.substring(0, man)) * 10000;
            s = s.substring(man + 1);
        }
        int cheon = s.indexOf('천');
        if (cheon >= 0) {
            total += Long.parseLong(s.substring(0, cheon)) * 1000;
            s = s.substring(cheon + 1);
        }
        return total + (s.isEmpty() ? 0 : Long.parseLong(s));
    }
}
