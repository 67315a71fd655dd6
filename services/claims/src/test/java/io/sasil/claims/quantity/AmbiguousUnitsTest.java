package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units that name two units, resolved by the words of their sentence (see {@link AmbiguousUnits}). */
class AmbiguousUnitsTest {

    private final QuantityParser parser = new QuantityParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            런던의 그 집은 80만 파운드에 팔렸다.                    | 80만 파운드 = 800000 GBP
            그 개의 몸무게는 40파운드다.                            | 40파운드 = 18.1436948 KILOGRAM
            잡은 연어가 12파운드(약 5.4kg)였다.                     | 12파운드 = 5.44310844 KILOGRAM; 약 5.4kg = 5.4 KILOGRAM ~
            밀 수확량은 2만 미터톤으로 늘었다.                      | 2만 미터톤 = 20000000 KILOGRAM
            석탄 500 메트릭톤을 실었다.                             | 500 메트릭톤 = 500000 KILOGRAM
            그 폭탄의 위력은 15킬로톤이었다.                        | 15킬로톤 = 62760000000000 JOULE
            광산에서 3킬로톤의 광석을 캤다.                         | 3킬로톤 = 3000000 KILOGRAM
            열차는 시속 300km로 달린다.                             | 300km = 83.3333333333333 METRE_PER_SECOND
            트럭이 시속 55 마일로 달렸다.                           | 55 마일 = 24.5872 METRE_PER_SECOND
            바람은 초속 12m였다.                                    | 12m = 12 METRE_PER_SECOND
            태풍은 최고 180㎞/h의 강풍을 몰고 왔다.                 | 180㎞/h = 50 METRE_PER_SECOND
            서울과 부산은 300km 떨어져 있다.                        | 300km = 300000 METRE
            """)
    void resolvesByContext(String text, String expected) {
        assertEquals(expected, QuantityParserTest.describe(parser.parse(text, QuantityParserTest.REF)));
    }
}
