package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hedges as written, through {@link ClaimClassifier#assess(String)}. */
class HedgeFinderTest {

    private static final ClaimClassifier CLASSIFIER = new ClaimClassifier();

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            사고 원인은 배터리 과열이라고 한다.                          | 이라고 한다
            두 회사는 지난해 이미 합병 협상을 시작했다고 한다.             | 다고 한다
            두 사람은 이미 결별한 것으로 알려졌다.                        | 알려졌다
            회담은 다음 달 서울에서 열리는 것으로 전해졌다.               | 전해졌다
            사고는 졸음운전 때문인 것으로 추정된다.                       | 추정된다
            두 회사의 합병은 사실상 무산된 것으로 보인다.                 | 것으로 보인다
            그는 회의 내내 침묵을 지켰다는 후문이다.                      | 후문이다
            올해 매출은 지난해의 두 배에 이른 셈이다.                     | 셈이다
            피해액은 약 30억 원에 이른다.                                | 약
            현장에는 1만여 명이 모였다.                                  | 여
            참가자는 500명 가량이었다.                                   | 가량
            투표율은 60% 정도에 그쳤다.                                  | 정도
            화재는 새벽 3시 20분경 시작됐다.                              | 경
            행사에는 대략 3천 명이 참석했다.                              | 대략
            시장 지지율은 30% 초반에 머물렀다.                            | 초반
            이번 인상은 원자재 가격 상승 때문으로 풀이된다.                 | 풀이된다
            장관은 책임을 인정하는 듯한 답변을 내놓았다.                    | 듯한
            회의는 두 시간 가량 이어졌다.                                 | 가량
            """)
    void hedgeAsWritten(String sentence, String hedge) {
        assertEquals(hedge, CLASSIFIER.assess(sentence).hedge(), () -> CLASSIFIER.assess(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            대표는 “어느 정도 성과가 있었다”고 말했다.
            전문가들은 “중국의 추격은 이제 시작”이라고 말한다.
            직원 180명이 이 프로젝트에 참여했다.
            정부는 약속을 지켜야 한다고 한다는 말은 없다
            그는 “사고 원인은 과열이라고 한다”고 말했다.
            그는 사고 당시 관제 지시를 받지 않았다고 했다.
            이 그래프는 수출이 줄었다는 사실을 분명하게 보여 준다.
            군복을 입은 군인으로 보이는 남성이 사진에 찍혔다.
            선수들은 춤추듯 가볍게 경기장을 돌았다.
            """)
    void noHedge(String sentence) {
        assertNull(CLASSIFIER.assess(sentence).hedge(), () -> CLASSIFIER.assess(sentence).toString());
    }
}
