package io.sasil.claims.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KoreanNumberScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7                        | 7              | 7
            1,024,000원              | 1024000        | 1,024,000
            3.14159                  | 3.14159        | 3.14159
            12,34                    | 12             | 12
            1,2345                   | 1              | 1
            2.5만                    | 25000          | 2.5만
            6천만                    | 60000000       | 6천만
            3천5백만                 | 35000000       | 3천5백만
            48억                     | 4800000000     | 48억
            7조 5천억                | 7500000000000  | 7조 5천억
            312만 7,500              | 3127500        | 312만 7,500
            5만이상                  | 50000          | 5만
            만                       | 10000          | 만
            만 19세                  | 10000          | 만
            이십칠                   | 27             | 이십칠
            천구백팔십칠             | 1987           | 천구백팔십칠
            이천이십오               | 2025           | 이천이십오
            삼억사천만               | 340000000      | 삼억사천만
            구백구십구조             | 999000000000000 | 구백구십구조
            일억이                   | 100000002      | 일억이
            육점오                   | 6.5            | 육점오
            영점일                   | 0.1            | 영점일
            열일곱                   | 17             | 열일곱
            마흔                     | 40             | 마흔
            아흔아홉                 | 99             | 아흔아홉
            스무                     | 20             | 스무
            십하나                   | 11             | 십하나
            -12                      | -12            | -12
            마이너스 4.5             | -4.5           | 마이너스 4.5
            마이나스칠               | -7             | 마이나스칠
            4천 150만                | 41500000       | 4천 150만
            2억 7천 400만            | 274000000      | 2억 7천 400만
            8만 3천 200              | 83200          | 8만 3천 200
            70 만 명                 | 700000         | 70 만
            15만7천62                | 157062         | 15만7천62
            3천200                   | 3200           | 3천200
            사십 칠 년               | 47             | 사십 칠
            삼십 이                  | 32             | 삼십 이
            사십 이상                | 40             | 사십
            3천 5천                  | 3000           | 3천
            .25                      | 0.25           | .25
            """)
    void reads(String text, String value, String consumed) {
        NumberToken n = KoreanNumberScanner.scan(text, 0);
        assertEquals(new BigDecimal(value).stripTrailingZeros(), n.value().stripTrailingZeros());
        assertEquals(consumed, text.substring(n.start(), n.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "가", "공개", "영화", "원", "-", "x1", "192.168.0.1", "2.4.17", "1.0.3 버전"})
    void noNumber(String text) {
        assertNull(KoreanNumberScanner.scan(text, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 1000, 100000})
    void overlongDigitRunsAreNoNumber(int length) {
        assertNull(KoreanNumberScanner.scan("1".repeat(length), 0));
    }
}
