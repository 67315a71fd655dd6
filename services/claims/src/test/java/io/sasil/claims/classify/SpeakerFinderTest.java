package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers and sources, through {@link ClaimClassifier#assess(String)}. */
class SpeakerFinderTest {

    private static final ClaimClassifier CLASSIFIER = new ClaimClassifier();

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            통계청에 따르면 지난달 실업률은 3.1%였다.                                      | 통계청
            영국 공영방송 BBC에 따르면 두 나라는 어제 휴전에 합의했다.                        | BBC
            김철수 환경부 장관은 “미세먼지 대책을 재검토하겠다”고 말했다.                      | 김철수
            “물가 안정이 최우선 과제”라고 박영희 대변인은 강조했다.                            | 박영희
            ‘오픈AI’ 쪽은 새 모델의 학습에 1억 달러를 썼다고 밝혔다.                           | 오픈AI
            반도체 기업 ‘에이스칩(Ace Chip)’의 최고경영자 ‘리사 한(Lisa Han)’은 공장 증설을 발표했다. | 리사 한
            ‘조 바이든(Joe Biden)’ 미국 대통령은 지난 1일 행정명령에 서명했다고 밝혔다.          | 조 바이든
            전문가들은 “금리 인하는 시기상조”라고 말한다.                                    | unnamed experts
            미국 언론들은 협상이 결렬됐다고 일제히 보도했다.                                  | unnamed US media
            일본 언론들은 회담이 30분 만에 끝났다고 전했다.                                   | unnamed Japanese media
            업계 관계자는 “재고가 석 달 치 남았다”고 전했다.                                  | unnamed official
            외신들은 이번 선거의 투표율이 60%를 넘었다고 보도했다.                             | unnamed foreign media
            한국은행은 기준금리를 3.5%로 동결한다고 발표했다.                                 | 한국은행
            정부는 내년 예산을 600조 원으로 편성했다고 밝혔다.                                | 정부
            용의자는 범행 직후 해외로 달아났다고 경찰은 밝혔다.                                | 경찰
            북한이 어제 단거리 미사일 2발을 발사했다고 일본 교도통신이 보도했다.                 | 교도통신
            의료진이 새 치료법을 발표했다고 영국 가디언 인터넷판이 전했다.                       | 가디언
            워싱턴포스트의 보도에 따르면 두 정상은 지난주 비밀리에 만났다.                       | 워싱턴포스트
            일본 정부는 이 섬이 자국 영토라고 주장했다.                                       | 일본 정부
            환경부도 미세먼지가 늘어난 것은 사실이라고 인정했다.                                | 환경부
            공사 기간은 석 달 정도 걸릴 것으로 국토교통부는 예상했다.                           | 국토교통부
            박서연 한국은행 총재는 금리를 동결한다고 밝혔다.                                   | 박서연
            마리아 곤살레스 칠레 외무장관은 “협정에 서명하겠다”고 말했다.                        | 마리아 곤살레스
            진보미래당 정하윤 수석대변인은 논평을 내고 “유감”이라고 밝혔다.                      | 정하윤
            오하진 서울경찰청장은 사고 현장을 공개했다고 설명했다.                              | 오하진
            주민단체는 시의 결정에 대해 반대한다는 성명을 발표했다.                               | 주민단체
            """)
    void speakerOfAReportedSentence(String sentence, String speaker) {
        assertEquals(speaker, CLASSIFIER.assess(sentence).speaker(), () -> CLASSIFIER.assess(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            경찰은 사건 현장에서 용의자를 체포했다.
            올해 1분기 수출은 지난해보다 12% 늘었다.
            이 주장은 사실이 아니다.
            그는 “곧 돌아오겠다”고 말했다.
            새 공장의 생산 설비는 지난달 가동을 시작했다고 했다.
            이 제도의 취지는 국민의 알 권리를 보장하는 데 있다는 지적을 받았다.
            """)
    void noSpeakerWhenTheWriterStatesItOrThePronounIsUnresolved(String sentence) {
        assertNull(CLASSIFIER.assess(sentence).speaker());
    }

    /** Follow-ups across sentences: a later mention takes the person named before. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            오하진 서울경찰청장은 현장을 찾았다. 김 의원은 자리를 떴다. 오 청장은 “수사를 서두르겠다”고 말했다.   | 오하진
            카린 루소-벨 외교부 대변인은 회견을 열었다. 벨 대변인은 “협상은 계속된다”고 말했다.              | 카린 루소-벨
            알렉스 모건 미국 국무장관은 어제 서울에 도착했다. 모건 장관은 “동맹은 굳건하다”고 말했다.           | 알렉스 모건
            최다은 보건복지부 차관은 새 지침을 발표했다. 그는 “다음 달부터 시행한다”고 덧붙였다.             | 최다은
            한민수 산업부 장관은 공장을 방문했다. 장관은 “지원을 늘리겠다”고 말했다.                       | 한민수
            """)
    void followUpTakesThePersonNamedBefore(String text, String speaker) {
        List<SentenceAssessment> all = CLASSIFIER.assessAll(text, ClaimClassifierTest.sentences(text));
        assertEquals(speaker, all.get(all.size() - 1).speaker(), all::toString);
    }

    @ParameterizedTest(name = "{0} fits {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            김         | 김재훈          | true
            김         | 박김수          | false
            벨         | 카린 루소-벨    | true
            루소-벨    | 카린 루소-벨    | true
            모건       | 알렉스 모건     | true
            알렉스     | 알렉스 모건     | true
            모건       | 모건스탠리      | false
            이         | 이준 박         | false
            """)
    void followUpFits(String mention, String known, boolean fits) {
        assertEquals(fits, SpeakerMemory.fits(mention, known));
    }

    @ParameterizedTest(name = "{0} is a title: {1}")
    @CsvSource({"대변인,true", "수석대변인,true", "서울경찰청장,true", "국가안보보좌관,true", "경제부총리,true",
            "한국은행,false", "교도통신,false", "김철수,false"})
    void titles(String word, boolean title) {
        assertEquals(title, SpeakerFinder.title(word));
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            전문가              | unnamed experts
            미국,언론들         | unnamed US media
            정부관계자          | unnamed official
            중국,당국자         | unnamed Chinese official
            국내,업계           | unnamed Korean industry sources
            """)
    void unnamedSourceVocabulary(String words, String label) {
        assertEquals(label, UnnamedSources.label(List.of(words.split(","))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"김철수", "미국", "BBC", "정부"})
    void namedSourcesAreNotUnnamed(String word) {
        assertNull(UnnamedSources.label(List.of(word)));
    }

    /** One rule per row: which subject of a sentence is its speaker. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            이는 지난해 합의의 연장으로, 이에 대해 환경부는 “검토하겠다”고 밝혔다.                   | 환경부
            9월 회견과는 딴판이라고 로이터는 짚었다.                                             | 로이터
            대한의사협회에서는 “진료 시간을 줄일 수밖에 없다”고 주장했다.                          | 대한의사협회
            대법원은 원심 판결이 법리를 오해했다고 봤다.                                          | 대법원
            재판부는 증거가 부족하다고 하였다.                                                    | 재판부
            태풍은 오후에 약해졌지만 기상청은 '이번 태풍이 10년 만에 가장 강했다'고 밝혔다.          | 기상청
            태풍은 오후에 약해졌지만 기상청은 “이번 태풍이 10년 만에 가장 강했다”고 밝혔다.          | 기상청
            국방부에 따르면 병력 500명이 투입됐다고 연합뉴스는 전했다.                              | 연합뉴스
            국토교통부의 2024년 주거실태 보고서에 따르면 전세 비중은 15%다.                        | 국토교통부
            대한체육회의 대회 일정에 따르면 결승전은 오후 3시에 열린다.                              | 대한체육회의 대회 일정
            기상청은 이번 주말 많은 비가 내릴 것이라는 전망을 내놓았다.                             | 기상청
            김민호 시장은 정부에 예산 지원을 요청했다.                                             | 김민호
            박지은 의원은 이 법안을 ‘개혁의 시작’이라고 불렀다.                                    | 박지은
            최수진 지사는 '전쟁과 같은 상황'이라는 표현까지 썼다.                                   | 최수진
            야4당 의원들은 “법안을 철회하라”며 농성에 들어갔다.                                     | 야4당 의원들
            보건복지부 감염병관리위원회는 방역 지침을 바꾼다고 밝혔다.                               | 보건복지부 감염병관리위원회
            독일의 싱크탱크 미래경제연구소는 성장률이 1%에 그칠 것이라고 밝혔다.                      | 미래경제연구소
            국립 해양조사원은 올여름 해수면이 2cm 올랐다고 밝혔다.                                   | 국립 해양조사원
            안중근의 “동양 평화가 먼저다”와 김구의 “나의 소원은 독립이다”라는 말이 새겨져 있다.         | 안중근, 김구
            영국의 한 환경 단체는 소비자들에게 일회용 컵을 쓰지 말아 달라고 호소했다.                    | unnamed UK environmental group
            일본의 한 관계자는 “협상은 끝나지 않았다”고 말했다.                                       | unnamed Japanese official
            올레나 코발렌코 우크라이나 외무장관은 “지원에 감사한다”고 말했다.                            | 올레나 코발렌코
            이에 반해 정의당은 법안이 통과될 수 있도록 힘쓰겠다고 논평했다.                              | 정의당
            여당 의원들 또한 “표결을 미뤄야 한다”며 반발했다.                                          | 여당 의원들
            """)
    void speakerRules(String sentence, String speaker) {
        assertEquals(speaker, CLASSIFIER.assess(sentence).speaker(), () -> CLASSIFIER.assess(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            최 장관은 입장을 밝히지 않았다.
            토론회에서는 경제가 나아졌다고 밝혔다.
            장비는 새것이지만, 부품은 오래됐다고 덧붙였다.
            미세먼지가 늘어 건강 피해가 우려된다.
            윤슬은 햇빛이나 달빛에 비치어 반짝이는 잔물결을 말한다.
            예산을 늘리고, 지자체가 사업을 맡도록 할 것이라고 밝혔다.
            """)
    void noSpeakerRules(String sentence) {
        assertNull(CLASSIFIER.assess(sentence).speaker(), () -> CLASSIFIER.assess(sentence).toString());
    }

    /** The speaker of a sentence that goes on with what was said before. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            김서준 교육부 장관은 “학교를 더 짓겠다”고 말했다. 예산은 충분하지만, 교사는 모자란다고 덧붙였다.   | 김서준
            한빛전자는 새 공장을 짓는다고 밝혔다. 내년까지 직원 500명을 더 뽑는다는 것이다.               | 한빛전자
            통계청 발표에 따르면요. 지난달 취업자는 30만 명 늘었습니다.                                   | 통계청
            통계청의 고용 보고서에 따르면 실업률은 3%다. 청년 실업률은 7%라고 보고서는 밝혔다.            | 통계청
            제임스 카터 미국 국무장관이 서울에 왔다. 카터는 “동맹은 굳건하다”고 말했다.                   | 제임스 카터
            대한변호사협회는 성명을 냈다. 법안이 위헌이라고 봤다.                                       | 대한변호사협회
            녹색미래연합은 “공사를 멈춰야 한다”고 밝혔다. 이 연합은 주민 서명도 받겠다고 답했다.           | 녹색미래연합
            반도체 업계 관계자는 “재고가 줄었다”고 말했다. 이 관계자는 “가격도 오를 것”이라고 덧붙였다.     | unnamed official
            """)
    void speakerCarriedOver(String text, String speaker) {
        List<SentenceAssessment> all = CLASSIFIER.assessAll(text, ClaimClassifierTest.sentences(text));
        assertEquals(speaker, all.get(all.size() - 1).speaker(), all::toString);
    }

    /** A definition ({@code …을 말한다}) reports no speech, so it takes no speaker from the sentence before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            박하늘 교수는 “윤슬은 아름답다”고 말했다. 윤슬은 햇빛에 반짝이는 잔물결을 말한다.
            한빛전자는 실적을 발표했다. 최 사장은 입장을 밝히지 않았다.
            """)
    void noSpeakerCarriedOver(String text) {
        List<SentenceAssessment> all = CLASSIFIER.assessAll(text, ClaimClassifierTest.sentences(text));
        assertNull(all.get(all.size() - 1).speaker(), all::toString);
    }
}
