package io.sasil.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.Bound;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextQuantitiesTest {

    private static final TextQuantities QUANTITIES = new TextQuantities(new QuantityParser());
    private static final OffsetDateTime REF = OffsetDateTime.parse("2025-02-03T09:00+09:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | quantity text | value | unit | approximate | bound
        "공사비로 약 81억 원이 들었다.            | 약 81억 원    | 8100000000 | KRW           | true  |",
        "참가자는 180명을 넘는다.                 | 180명을 넘는  | 180        | PERSON        | false | MIN_EXCLUSIVE",
        "지지율은 2.5%포인트 올랐다.              | 2.5%포인트    | 2.5        | PERCENT_POINT | false |",
        "１０분의 １이 남았다.                    | １０분의 １   | 0.1        | RATIO         | false |",
        "😀 지난해 3분기 실적이 나왔다.           | 지난해 3분기  | 2024-07/2024-09 | INTERVAL | false |",
        "그는 2년도 안 된 회사를 샀다.            | 2년도 안 된   | P2Y        | DURATION      | false | MAX_EXCLUSIVE",
    })
    void quantitiesAreMappedBackToTheText(String text, String qText, String value, String unit, boolean approximate,
            Bound bound) {
        List<QuantityView> qs = QUANTITIES.parse(text, REF);
        QuantityView q = qs.stream().filter(v -> v.text().equals(qText)).findFirst()
                .orElseThrow(() -> new AssertionError(qs.toString()));
        assertEquals(qText, CodePoints.substring(text, q.start(), q.end()));
        assertEquals(value, q.value() instanceof BigDecimal b ? b.toPlainString() : q.value());
        assertEquals(unit, q.unit());
        assertEquals(approximate, q.approximate());
        assertEquals(bound, q.bound());
    }

    @Test
    void textWithoutNumbersHasNone() {
        assertTrue(QUANTITIES.parse("숫자가 하나도 없는 문장이다.", REF).isEmpty());
        assertTrue(QUANTITIES.parse("", REF).isEmpty());
    }

    @Test
    void longDigitRunsAreNoNumberAndMagnitudeChainsMapBackToTheText() {
        assertTrue(QUANTITIES.parse("1".repeat(50_000) + "원", REF).isEmpty()); // longer than any number
        for (String text : List.of("9999조 ".repeat(10_000), "1,".repeat(20_000), "삼십".repeat(10_000))) {
            int[] codePoints = text.codePoints().toArray();
            for (QuantityView q : QUANTITIES.parse(text, REF)) {
                assertEquals(q.text(), new String(codePoints, q.start(), q.end() - q.start()));
            }
        }
    }
}
