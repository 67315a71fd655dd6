package io.sasil.reporting.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyPairCheckTest {

    private static ExchangeRates rates() {
        try {
            return ExchangeRates.parse(new StringReader("""
                    # test table
                    currency,year,krw,per
                    USD,2024,1350,1
                    USD,2025,1400,1
                    EUR,2025,1500,1
                    JPY,2025,950,100
                    CNY,2025,195,1
                    """), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final CurrencyPairCheck check = new CurrencyPairCheck(rates());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            회사는 훈련비로 300만 달러(약 42억 원)를 썼다.          | 300만 달러 | 3000000   | USD | 약 42억 원   | 4200000000  | true  | CONSISTENT
            회사는 훈련비로 300만 달러(약 60억 원)를 썼다.          | 300만 달러 | 3000000   | USD | 약 60억 원   | 6000000000  | true  | INCONSISTENT
            회사는 훈련비로 300만 달러(약 36억 원)를 썼다.          | 300만 달러 | 3000000   | USD | 약 36억 원   | 3600000000  | true  | CONSISTENT
            회사는 훈련비로 300만 달러(약 35억 원)를 썼다.          | 300만 달러 | 3000000   | USD | 약 35억 원   | 3500000000  | true  | INCONSISTENT
            계약금은 100만 달러(14억 5천만 원)였다.                 | 100만 달러 | 1000000   | USD | 14억 5천만 원 | 1450000000  | false | CONSISTENT
            계약금은 100만 달러(15억 5천만 원)였다.                 | 100만 달러 | 1000000   | USD | 15억 5천만 원 | 1550000000  | false | INCONSISTENT
            입장료는 20유로, 한화 약 3만 원이다.                    | 20유로     | 20        | EUR | 약 3만 원     | 30000       | true  | CONSISTENT
            숙박비는 1만 엔(약 9만 5천 원)이었다. 🏨               | 1만 엔     | 10000     | JPY | 약 9만 5천 원 | 95000       | true  | CONSISTENT
            숙박비는 1만 엔(약 95만 원)이었다. 🏨                  | 1만 엔     | 10000     | JPY | 약 95만 원    | 950000      | true  | INCONSISTENT
            𠀀 공장 투자액은 70억 위안(약 1조 3,650억 원)이다.      | 70억 위안  | 7000000000 | CNY | 약 1조 3,650억 원 | 1365000000000 | true | CONSISTENT
            수입액 42억 원(300만 달러)이 집계됐다.                   | 42억 원    | 4200000000 | KRW | 300만 달러   | 3000000     | false | CONSISTENT
            """)
    void impliedRateAgainstReference(String sentence, String a, double va, String ua, String b, double vb,
            boolean approx, Verdict expected) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q(a, va, ua).q(b, vb, ua.equals("KRW") ? "USD" : "KRW", approx, null)
                .relation("conversion", "amount", a, "converted", b);
        List<CheckResult> results = f.run(check);
        assertEquals(1, results.size(), results::toString);
        assertEquals(expected, results.get(0).verdict(), results.get(0).explanation());
        assertEquals(f.cp(b, 0), results.get(0).involved().get(ua.equals("KRW") ? 0 : 1).start());
    }

    @Test
    void explanationShowsImpliedRateAndReference() {
        DocFixture f = DocFixture.of("비용은 500만 달러(약 70억 원)였다.");
        f.whole().q("500만 달러", 5000000, "USD").approx("약 70억 원", 7000000000L, "KRW")
                .relation("conversion", "amount", "500만 달러", "converted", "약 70억 원");
        CheckResult r = f.run(check).get(0);
        assertTrue(r.explanation().contains("implied 1,400 KRW/USD"), r.explanation());
        assertTrue(r.explanation().contains("2025 average 1,400"), r.explanation());
        assertTrue(r.tolerance().startsWith("±15%"), r.tolerance());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            가격은 100달러이고 부가세는 1만 원이다.
            가격은 100달러, 배송비 1만 원이다.
            """)
    void amountsWithoutAConversionFactAreNotPaired(String sentence) {
        DocFixture f = DocFixture.of(sentence);
        f.whole().q("100달러", 100, "USD").q("1만 원", 10000, "KRW");
        assertTrue(f.run(check).isEmpty(), () -> f.run(check).toString());
    }

    @Test
    void sameCurrencyIsNotAPair() {
        DocFixture f = DocFixture.of("매출은 100억 원(영업이익 10억 원)이다.");
        f.whole().q("100억 원", 1e10, "KRW").q("10억 원", 1e9, "KRW")
                .relation("conversion", "amount", "100억 원", "converted", "10억 원");
        assertTrue(f.run(check).isEmpty());
    }

    @Test
    void noReferenceRowForTheYearIsUnverifiable() {
        DocFixture f = DocFixture.of("비용은 500만 달러(약 70억 원)였다.").published("1998-03-01T00:00:00+09:00");
        f.whole().q("500만 달러", 5000000, "USD").approx("약 70억 원", 7000000000L, "KRW")
                .relation("conversion", "amount", "500만 달러", "converted", "약 70억 원");
        CheckResult r = f.run(check).get(0);
        assertEquals(Verdict.UNVERIFIABLE, r.verdict());
        assertTrue(r.explanation().contains("no reference rate"), r.explanation());
    }

    @Test
    void noPublicationDateIsUnverifiable() {
        DocFixture f = DocFixture.of("비용은 500만 달러(약 70억 원)였다.").published(null);
        f.whole().q("500만 달러", 5000000, "USD").approx("약 70억 원", 7000000000L, "KRW")
                .relation("conversion", "amount", "500만 달러", "converted", "약 70억 원");
        assertEquals(Verdict.UNVERIFIABLE, f.run(check).get(0).verdict());
    }

    @Test
    void severalConversionsAreComparedWithEachOther() {
        DocFixture f = DocFixture.of("A사는 100만 달러(약 14억 원)를, B사는 200만 달러(약 28억 원)를 투자했다. "
                + "C사는 50만 달러(약 9억 원)를 냈다.");
        f.claim("A사는 100만 달러(약 14억 원)를, B사는 200만 달러(약 28억 원)를 투자했다.")
                .q("100만 달러", 1000000, "USD").approx("약 14억 원", 1.4e9, "KRW")
                .q("200만 달러", 2000000, "USD").approx("약 28억 원", 2.8e9, "KRW")
                .relation("conversion", "amount", "100만 달러", "converted", "약 14억 원")
                .relation("conversion", "amount", "200만 달러", "converted", "약 28억 원");
        f.claim("C사는 50만 달러(약 9억 원)를 냈다.").q("50만 달러", 500000, "USD").approx("약 9억 원", 9e8, "KRW")
                .relation("conversion", "amount", "50만 달러", "converted", "약 9억 원");
        List<CheckResult> agree = f.run(check).stream()
                .filter(r -> r.check().equals(CurrencyPairCheck.NAME_INTERNAL)).toList();
        assertEquals(1, agree.size());
        assertEquals(Verdict.INCONSISTENT, agree.get(0).verdict(), agree.get(0).explanation());
        assertEquals(6, agree.get(0).involved().size());
    }

    @Test
    void consistentConversionsAgreeWithEachOther() {
        DocFixture f = DocFixture.of("A사는 100만 달러(약 14억 원)를, B사는 200만 달러(약 27억 원)를 투자했다.");
        f.whole().q("100만 달러", 1000000, "USD").approx("약 14억 원", 1.4e9, "KRW")
                .q("200만 달러", 2000000, "USD").approx("약 27억 원", 2.7e9, "KRW")
                .relation("conversion", "amount", "100만 달러", "converted", "약 14억 원")
                .relation("conversion", "amount", "200만 달러", "converted", "약 27억 원");
        List<CheckResult> results = f.run(check);
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(r -> r.verdict() == Verdict.CONSISTENT), results::toString);
    }

    @Test
    void shippedTableCoversTheFourCurrenciesFrom2000To2025() {
        ExchangeRates shipped = ExchangeRates.loadDefault();
        for (String c : List.of("USD", "EUR", "JPY", "CNY")) {
            for (int y = 2000; y <= 2025; y++) {
                assertTrue(shipped.krwPerUnit(c, y).isPresent(), c + " " + y);
            }
        }
        double jpy = shipped.krwPerUnit("JPY", 2024).getAsDouble();
        assertTrue(jpy > 5 && jpy < 12, "JPY is per 100 yen in the file, per 1 yen in the API: " + jpy);
        double usd = shipped.krwPerUnit("USD", 2024).getAsDouble();
        assertTrue(usd > 1300 && usd < 1420, "USD 2024: " + usd);
    }

    @Test
    void malformedTableRowsAreRejected() {
        assertThrowsIae("USD,2025,abc,1");
        assertThrowsIae("USD,2025,1400");
        assertThrowsIae("USD,2025,-3,1");
    }

    private static void assertThrowsIae(String row) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExchangeRates.parse(new StringReader("currency,year,krw,per\n" + row + "\n"), "t"));
    }
}
