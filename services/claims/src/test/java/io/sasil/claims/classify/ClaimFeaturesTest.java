package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each feature family on sentences written for this test, through {@link ClaimClassifier#features}. */
class ClaimFeaturesTest {

    private static final ClaimClassifier CLASSIFIER = new ClaimClassifier();

    private static SortedMap<String, Double> features(String sentence) {
        return CLASSIFIER.features(sentence, List.of(new int[] {0, sentence.codePointCount(0, sentence.length())}))
                .get(0);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            수출액은 557만 달러였다.                                | qty:money
            투표율은 62%를 기록했다.                                | qty:percent
            직원 180명이 공장을 떠났다.                              | qty:count
            새 다리는 2024년 5월 개통됐다.                           | qty:date
            그는 40세에 회사를 세웠다.                               | qty:biographic
            이 앱은 출시 사흘 만에 1위에 올랐다.                      | qty:rank
            공사는 끝났다.                                          | mood:declarative
            회의는 오후에 끝났습니다.                                | register:polite
            회의는 오후에 끝났습니다.                                | mood:declarative
            이 제도는 누구를 위한 것인가?                             | mood:question
            다 함께 투표하자.                                        | mood:imperative
            전국 곳곳 폭우 피해                                      | mood:nominal
            전국 곳곳 폭우 피해                                      | punct:none
            새 공장이 지난달 문을 열었다.                             | tense:past
            새 공장이 지난달 문을 열었다.                             | predicate:verb
            경기가 곧 회복되겠다.                                    | tense:future
            요금이 다시 오를 수 있다.                                | modal:possibility
            이 다리는 국내 최초의 사장교다.                           | predicate:copula
            문제는 결국 비용이 늘어난 것이다.                          | predicate:copula-on-것
            날씨가 매우 춥다.                                        | adverb:stance
            날씨가 매우 춥다.                                        | predicate:adjective
            그러나 계획은 바뀌었다.                                   | start:connective
            이는 예산 부족 때문이다.                                  | start:demonstrative
            우리는 이 문제를 외면했다.                                | person:first
            정부는 대책을 서둘러 마련해야 한다.                        | stance:writer-only
            정부는 대책을 서둘러 마련해야 한다.                        | stance:final
            정부는 2030년까지 대책을 마련해야 한다.                    | cue:exhortation+fact
            대변인은 “곧 발표하겠다”고 말했다.                         | quote:has
            대변인은 “곧 발표하겠다”고 말했다.                         | cue:attribution
            두 회사의 합병은 무산된 것으로 알려졌다.                    | hedge
            """)
    void featureFires(String sentence, String feature) {
        assertTrue(features(sentence).containsKey(feature), () -> feature + " not in " + features(sentence));
    }

    @ParameterizedTest(name = "no {1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            정부는 2030년까지 대책을 마련해야 한다.                    | stance:writer-only
            김 장관은 “정부가 대책을 마련해야 한다”고 말했다.            | stance:writer-only
            회의는 오후에 끝났다.                                    | register:polite
            새 공장이 지난달 문을 열었다.                             | mood:nominal
            """)
    void featureDoesNotFire(String sentence, String feature) {
        assertFalse(features(sentence).containsKey(feature), () -> feature + " in " + features(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            올해 장마 피해 커져
            """)
    void aFirstLineOnItsOwnIsAHeadline(String title) {
        String text = title + "\n\n집중호우로 주민 1,200명이 대피했다. 정부는 지원을 늘렸다.";
        int t = title.codePointCount(0, title.length());
        var all = CLASSIFIER.features(text, List.of(new int[] {0, t}, new int[] {t + 2, t + 2 + 19},
                new int[] {t + 2 + 20, text.codePointCount(0, text.length())}));
        assertTrue(all.get(0).containsKey("layout:headline"), all.get(0)::toString);
        assertFalse(all.get(1).containsKey("layout:headline"), all.get(1)::toString);
        assertFalse(features(title).containsKey("layout:headline"), "a sentence alone is no headline");
    }
}
