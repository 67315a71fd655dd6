package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.sasil.reporting.check.DocFixture.entry;

import io.sasil.common.contract.Bound;
import io.sasil.common.text.CodePoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyCheckerTest {

    /** A short article of my own with every relation the checks look for, all consistent. */
    private static DocFixture consistentArticle() {
        String text = String.join(" ",
                "설립한 지 2년도 안 된 🚀 스타트업 ‘누리랩’은 경쟁사의 10분의 1 비용으로 모델 ‘별빛-2’를 만들었다.",
                "‘누리랩’은 2023년 설립됐다.",
                "1990년생 창업자 한서윤(35세)이 2023년 5월 ‘누리랩’을 출범시켰다.",
                "‘누리랩’은 훈련에 600만 달러(약 84억 원)를 썼다고 밝혔다.",
                "경쟁사는 훈련에 1억 달러 이상이 들었다고 했다.",
                "직원 120명 가운데 연구 인력은 85명이다.",
                "국내 점유율은 38%로 해외의 17%보다 21%포인트 높다.",
                "10년 전인 2015년 처음 나온 기술이 바탕이다.");
        DocFixture f = DocFixture.of(text).mention("누리랩", 5, "누리랩");
        f.claim("설립한 지 2년도 안 된 🚀 스타트업 ‘누리랩’은 경쟁사의 10분의 1 비용으로 모델 ‘별빛-2’를 만들었다.")
                .bound("2년도 안 된", "P2Y", "DURATION", Bound.MAX_EXCLUSIVE).q("10분의 1", 0.1, "RATIO")
                .event("founding", entry(5, "누리랩"), "2년도 안 된")
                .fact("spending", null, List.of("entry:5", "term:별빛-2"), "ratio", "10분의 1");
        f.claim("‘누리랩’은 2023년 설립됐다.").q("2023년", "2023", "DATE").event("founding", entry(5, "누리랩"), "2023년");
        f.claim("1990년생 창업자 한서윤(35세)이 2023년 5월 ‘누리랩’을 출범시켰다.").q("1990년생", 1990, "BIRTH_YEAR")
                .q("35세", 35, "AGE_YEARS").q("2023년 5월", "2023-05", "DATE")
                .relation("age", "age", "35세", "birth-year", "1990년생").event("founding", entry(5, "누리랩"), "2023년 5월");
        f.claim("‘누리랩’은 훈련에 600만 달러(약 84억 원)를 썼다고 밝혔다.").q("600만 달러", 6e6, "USD")
                .approx("약 84억 원", 8.4e9, "KRW").relation("conversion", "amount", "600만 달러", "converted", "약 84억 원")
                .fact("spending", null, List.of("entry:5"), "amount", "600만 달러");
        f.claim("경쟁사는 훈련에 1억 달러 이상이 들었다고 했다.").bound("1억 달러 이상", 1e8, "USD", Bound.MIN_INCLUSIVE)
                .relation("spending", "amount", "1억 달러 이상");
        f.claim("직원 120명 가운데 연구 인력은 85명이다.").q("120명", 120, "PERSON").q("85명", 85, "PERSON")
                .relation("part-whole", "whole", "120명", "part", "85명");
        f.claim("국내 점유율은 38%로 해외의 17%보다 21%포인트 높다.").q("38%", 38, "PERCENT").q("17%", 17, "PERCENT")
                .q("21%포인트", 21, "PERCENT_POINT").relation("share", "share", "38%");
        f.claim("10년 전인 2015년 처음 나온 기술이 바탕이다.").q("10년 전", "P10Y", "DURATION").q("2015년", "2015", "DATE")
                .relation("ago", "elapsed", "10년 전", "date", "2015년");
        return f;
    }

    @Test
    void aConsistentArticleHasNoInconsistency() {
        List<CheckResult> results = consistentArticle().runAll();
        Map<String, Long> byCheck = results.stream()
                .collect(Collectors.groupingBy(CheckResult::check, Collectors.counting()));
        assertTrue(results.stream().allMatch(r -> r.verdict() == Verdict.CONSISTENT), results::toString);
        for (String check : List.of(PercentagePointCheck.NAME, CurrencyPairCheck.NAME, AgeCheck.NAME,
                ElapsedTimeCheck.NAME, RepeatedFactCheck.NAME, RatioCheck.NAME, PartWholeCheck.NAME)) {
            assertTrue(byCheck.containsKey(check), check + " missing from " + byCheck);
        }
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).involved().get(0).start() <= results.get(i).involved().get(0).start());
        }
    }

    /** The same article with one planted error per check. */
    @Test
    void everyPlantedInconsistencyIsReported() {
        String text = String.join(" ",
                "설립한 지 2년도 안 된 🚀 스타트업 ‘누리랩’은 경쟁사의 10분의 1 비용으로 모델 ‘별빛-2’를 만들었다.",
                "‘누리랩’은 2019년 설립됐다.",
                "1990년생 창업자 한서윤(45세)이 2023년 5월 ‘누리랩’을 출범시켰다.",
                "‘누리랩’은 훈련에 600만 달러(약 160억 원)를 썼다고 밝혔다.",
                "경쟁사는 훈련에 5억 달러가 들었다고 했다.",
                "직원 120명 가운데 연구 인력은 185명이다.",
                "국내 점유율은 38%로 해외의 17%보다 31%포인트 높다.",
                "10년 전인 2011년 처음 나온 기술이 바탕이다.");
        DocFixture f = DocFixture.of(text).mention("누리랩", 5, "누리랩");
        f.claim("설립한 지 2년도 안 된 🚀 스타트업 ‘누리랩’은 경쟁사의 10분의 1 비용으로 모델 ‘별빛-2’를 만들었다.")
                .bound("2년도 안 된", "P2Y", "DURATION", Bound.MAX_EXCLUSIVE).q("10분의 1", 0.1, "RATIO")
                .event("founding", entry(5, "누리랩"), "2년도 안 된")
                .fact("spending", null, List.of("entry:5", "term:별빛-2"), "ratio", "10분의 1");
        f.claim("‘누리랩’은 2019년 설립됐다.").q("2019년", "2019", "DATE").event("founding", entry(5, "누리랩"), "2019년");
        f.claim("1990년생 창업자 한서윤(45세)이 2023년 5월 ‘누리랩’을 출범시켰다.").q("1990년생", 1990, "BIRTH_YEAR")
                .q("45세", 45, "AGE_YEARS").q("2023년 5월", "2023-05", "DATE")
                .relation("age", "age", "45세", "birth-year", "1990년생").event("founding", entry(5, "누리랩"), "2023년 5월");
        f.claim("‘누리랩’은 훈련에 600만 달러(약 160억 원)를 썼다고 밝혔다.").q("600만 달러", 6e6, "USD")
                .approx("약 160억 원", 1.6e10, "KRW").relation("conversion", "amount", "600만 달러", "converted", "약 160억 원")
                .fact("spending", null, List.of("entry:5"), "amount", "600만 달러");
        f.claim("경쟁사는 훈련에 5억 달러가 들었다고 했다.").q("5억 달러", 5e8, "USD").relation("spending", "amount", "5억 달러");
        f.claim("직원 120명 가운데 연구 인력은 185명이다.").q("120명", 120, "PERSON").q("185명", 185, "PERSON")
                .relation("part-whole", "whole", "120명", "part", "185명");
        f.claim("국내 점유율은 38%로 해외의 17%보다 31%포인트 높다.").q("38%", 38, "PERCENT").q("17%", 17, "PERCENT")
                .q("31%포인트", 31, "PERCENT_POINT").relation("share", "share", "38%");
        f.claim("10년 전인 2011년 처음 나온 기술이 바탕이다.").q("10년 전", "P10Y", "DURATION").q("2011년", "2011", "DATE")
                .relation("ago", "elapsed", "10년 전", "date", "2011년");
        List<CheckResult> inconsistent = f.runAll().stream().filter(r -> r.verdict() == Verdict.INCONSISTENT)
                .toList();
        Map<String, Long> byCheck = inconsistent.stream()
                .collect(Collectors.groupingBy(CheckResult::check, Collectors.counting()));
        for (String check : List.of(PercentagePointCheck.NAME, CurrencyPairCheck.NAME, AgeCheck.NAME,
                ElapsedTimeCheck.NAME, RepeatedFactCheck.NAME, RatioCheck.NAME, PartWholeCheck.NAME)) {
            assertTrue(byCheck.containsKey(check), check + " not reported: " + inconsistent);
        }
        CheckResult pp = inconsistent.stream().filter(r -> r.check().equals(PercentagePointCheck.NAME)).findFirst()
                .orElseThrow();
        assertEquals(f.cp("31%포인트", 0), pp.involved().get(2).start(), "offsets are code points despite 🚀");
    }

    @Test
    void ratesCanBeOverriddenByFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("fx.csv");
        Files.writeString(csv, "currency,year,krw,per\nUSD,2025,2700,1\n");
        DocFixture f = consistentArticle();
        List<CheckResult> results = ConsistencyChecker.withRatesFile(csv).check(f.doc(), f.claims(), f.mentions());
        CheckResult fx = results.stream().filter(r -> r.check().equals(CurrencyPairCheck.NAME)).findFirst()
                .orElseThrow();
        assertEquals(Verdict.INCONSISTENT, fx.verdict(), fx.explanation());
    }

    @Test
    void emptyAndMissingInputsAreHandled() {
        ConsistencyChecker checker = new ConsistencyChecker();
        assertTrue(checker.check(DocFixture.of("").doc(), List.of(), List.of()).isEmpty());
        assertTrue(checker.check(null, null, null).isEmpty());
    }

    @Test
    void pathologicalInputOnlyYieldsFindingsOnItsOwnQuantities() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("((‘누리랩’ ");
        }
        for (int i = 0; i < 2000; i++) {
            b.append(i % 100).append("% ");
        }
        b.append("1".repeat(5000)).append("%p 설립한 지 ").append("‘".repeat(2000));
        String text = b.toString();
        DocFixture f = DocFixture.of(text).mention("누리랩", 1, "누리랩");
        DocFixture.ClaimBuilder c = f.whole();
        for (int i = 0; i < 2000; i++) {
            c.q((i % 100) + "%", i % 100, "PERCENT");
        }
        c.q("1".repeat(5000) + "%p", 1e300, "PERCENT_POINT");
        List<CheckResult> results = f.runAll();
        int previous = 0;
        for (CheckResult r : results) {
            assertTrue(r.involved().get(0).start() >= previous, r.toString());
            previous = r.involved().get(0).start();
            for (Involved q : r.involved()) {
                assertEquals(0, q.claimIndex());
                assertEquals(q.text(), CodePoints.substring(text, q.start(), q.end()));
            }
        }
    }

    @Test
    void manyRepeatedDatesMakeOneFinding() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            b.append("‘누리랩’은 2023년 설립됐다. ");
        }
        DocFixture f = DocFixture.of(b.toString()).mention("누리랩", 1, "누리랩");
        for (int i = 0; i < 1500; i++) {
            f.claim("‘누리랩’은 2023년 설립됐다.").q("2023년", "2023", "DATE").event("founding", entry(1, "누리랩"), "2023년");
        }
        List<CheckResult> results = f.runAll();
        assertEquals(1, results.size());
        assertEquals(1500, results.get(0).involved().size());
    }
}
