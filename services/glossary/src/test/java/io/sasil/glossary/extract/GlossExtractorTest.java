package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.text.CodePoints;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossExtractorTest {

    private static GlossExtractor extractor;

    @BeforeAll
    static void build() {
        extractor = GlossExtractor.create();
    }

    private static String pairs(String text) {
        return extractor.extract(text).stream().map(g -> g.term() + "|" + g.gloss() + "|" + g.kind())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¶', value = {
        // headlines and plain news sentences
        "정부, 생성형 인공지능(AI) 육성에 3조 투입 ¶ 인공지능|AI|ABBREVIATION",
        "세계보건기구(WHO)는 어제 비상사태를 선언했다. ¶ 세계보건기구|WHO|ABBREVIATION",
        "한국 반도체 업계의 국내총생산(GDP) 기여도가 커졌다. ¶ 국내총생산|GDP|ABBREVIATION",
        "미국 연방 통신 위원회(FCC)가 새 규정을 내놨다. ¶ 미국 연방 통신 위원회|FCC|ABBREVIATION",
        "1994년 발효된 북미 무역 협정(NAFTA)은 폐기됐다. ¶ 북미 무역 협정|NAFTA|ABBREVIATION",
        "전 세계 정보기술(IT) 업계가 긴장했다. ¶ 정보기술|IT|ABBREVIATION",
        "그는 최고경영자(CEO)로 취임했다. ¶ 최고경영자|CEO|ABBREVIATION",
        "국내 연구개발(R&D) 예산이 줄었다. ¶ 연구개발|R&D|ABBREVIATION",
        // transliterations and translations
        "미국 오픈에이아이(AI)의 새 모델이 나왔다. ¶ 에이아이|AI|ENGLISH",
        "새 모델 지피티-4(GPT-4)가 공개됐다. ¶ 지피티-4|GPT-4|ENGLISH",
        "미국 빅테크(Big-tech)의 투자가 늘었다. ¶ 빅테크|Big-tech|ENGLISH",
        "유튜브(YouTube)와 넷플릭스(Netflix)가 경쟁한다. ¶ 유튜브|YouTube|ENGLISH; 넷플릭스|Netflix|ENGLISH",
        "일론 머스크(Elon Musk) 최고경영자가 말했다. ¶ 일론 머스크|Elon Musk|ENGLISH",
        "이것은 시장에 보내는 경고등(warning light)이다. ¶ 경고등|warning light|ENGLISH",
        "누리꾼들은 누리편지[e-mail]로 항의했다. ¶ 누리편지|e-mail|ENGLISH",
        "그는 ‘블록체인’(Blockchain) 기술을 설명했다. ¶ 블록체인|Blockchain|ENGLISH",
        "국제사회는 기후 위기(climate crisis)에 대응해야 한다. ¶ 기후 위기|climate crisis|ENGLISH",
        "유럽연합은 탄소 국경 조정 제도(Carbon Border Adjustment Mechanism)를 도입했다. ¶ 탄소 국경 조정 제도|Carbon Border Adjustment Mechanism|ENGLISH",
        "시장에 보내는 경고등(warning light)이 켜졌다. ¶ 경고등|warning light|ENGLISH",
        "정부는 사드(THAAD·고고도미사일방어체계) 배치를 결정했다. ¶ 사드|THAAD|ENGLISH; 사드|고고도미사일방어체계|DEFINITION",
        "기획재정부(기재부)는 세수 결손을 발표했다. ¶ 기획재정부|기재부|ABBREVIATION",
        "홍콩(香港)과 도쿄(東京)의 증시가 올랐다. ¶ 홍콩|香港|ORIGINAL_NAME; 도쿄|東京|ORIGINAL_NAME",
        "중국 외교부(外交部) 대변인이 말했다. ¶ 외교부|外交部|HANJA",
        "오픈AI의 샘 올트먼 최고경영자(CEO)가 방한했다. ¶ 최고경영자|CEO|ABBREVIATION",
        "미 연방준비제도(Fed·연준)는 금리를 동결했다. ¶ 연방준비제도|Fed|ENGLISH; 연방준비제도|연준|ABBREVIATION",
        "한국은행은 중앙은행 디지털화폐(CBDC) 실험을 시작했다. ¶ 중앙은행 디지털화폐|CBDC|ABBREVIATION",
        "‘밈 주식’(meme stock) 열풍이 불었다. ¶ 밈 주식|meme stock|ENGLISH",
        // Hanja and original names
        "이번 사태를 반면교사(反面敎師)로 삼아야 한다. ¶ 반면교사|反面敎師|HANJA",
        "여당은 노동(勞動) 개혁을 밀어붙였다. ¶ 노동|勞動|HANJA",
        "양국(兩國) 정상이 만났다. ¶ 양국|兩國|HANJA",
        "시진핑(習近平) 주석이 방한했다. ¶ 시진핑|習近平|ORIGINAL_NAME",
        "일본 ‘아베 신조(安倍晋三)’ 전 총리가 숨졌다. ¶ 아베 신조|安倍晋三|ORIGINAL_NAME",
        "도요타(トヨタ)는 일본 최대 기업이다. ¶ 도요타|トヨタ|ORIGINAL_NAME",
        // acronym with its long form: the long form says how far the term reaches
        "세계 전기차(EV │ Electric Vehicle) 판매가 늘었다. ¶ 전기차|EV|ABBREVIATION; 전기차|Electric Vehicle|ENGLISH",
        "유럽 시장 전기차(EV | Electric Vehicle) 판매가 줄었다. ¶ 전기차|EV|ABBREVIATION; 전기차|Electric Vehicle|ENGLISH",
        "우주 강국 미국 항공우주국(NASA │ National Aeronautics and Space Administration)이 발표했다. ¶ 미국 항공우주국|NASA|ABBREVIATION; 미국 항공우주국|National Aeronautics and Space Administration|ENGLISH",
        "국내 기업 연구개발(R&D │ Research and Development) 투자가 늘었다. ¶ 연구개발|R&D|ABBREVIATION; 연구개발|Research and Development|ENGLISH",
        "업계는 지난달 연방 통신 위원회(FCC)에 항의했다. ¶ 연방 통신 위원회|FCC|ABBREVIATION",
        "그는 미국 연방수사국(FBI │ Federal Bureau of Investigation)에 출석했다. ¶ 연방수사국|FBI|ABBREVIATION; 연방수사국|Federal Bureau of Investigation|ENGLISH",
        "정부 출연 연구원 미국 연방수사국(FBI)에 출석했다. ¶ 연방수사국|FBI|ABBREVIATION",
        // names in Han script read differently: as many words as the characters
        "일본 아베 신조(安倍晋三) 전 총리가 숨졌다. ¶ 아베 신조|安倍晋三|ORIGINAL_NAME",
        "외무상 고노 다로(河野太郎)가 말했다. ¶ 고노 다로|河野太郎|ORIGINAL_NAME",
        "당시 기시다 후미오(岸田文雄) 총리 ¶ 후미오|岸田文雄|ORIGINAL_NAME",
        "중국 알리(阿里巴巴)가 진출했다. ¶ 알리|阿里巴巴|ORIGINAL_NAME",
        "쇼핑 기업 알리(阿里巴巴)가 진출했다. ¶ 알리|阿里巴巴|ORIGINAL_NAME",
        "작가 무라카미 하루키(村上春樹)의 신작 ¶ 하루키|村上春樹|ORIGINAL_NAME",
        "전 총리 아베 신조(安倍晋三)가 말했다. ¶ 아베 신조|安倍晋三|ORIGINAL_NAME",
        "고 남궁 민(南宮民) 선생 ¶ 남궁 민|南宮民|HANJA",
        "중국 딥시크(深度求索)가 모델을 내놨다. ¶ 딥시크|深度求索|ORIGINAL_NAME",
        "일본 아베(安倍) 전 총리 ¶ 아베|安倍|ORIGINAL_NAME",
        "그 사람 이시바 시게루(石破茂)가 총리가 됐다. ¶ 시게루|石破茂|ORIGINAL_NAME",
        "지난해 신조(安倍晋三)라는 말이 돌았다. ¶ 신조|安倍晋三|ORIGINAL_NAME",
        // a letters-and-digits term whose Korean long form repeats its number
        "정부는 5G(5세대 이동통신) 투자를 늘렸다. ¶ 5G|5세대 이동통신|ABBREVIATION",
        "이 회사는 3D(3차원) 프린터를 만든다. ¶ 3D|3차원|ABBREVIATION",
        // Wikipedia style and multi-part glosses
        "서울특별시(서울特別市, Seoul)는 한국의 수도이다. ¶ 서울특별시|서울特別市|HANJA; 서울특별시|Seoul|ENGLISH",
        "공화당(GOP : Grand Old Party) 지도부가 모였다. ¶ 공화당|GOP|ABBREVIATION; 공화당|Grand Old Party|ENGLISH",
        "알리바바(Alibaba │ 阿里巴巴)가 실적을 냈다. ¶ 알리바바|Alibaba|ENGLISH; 알리바바|阿里巴巴|ORIGINAL_NAME",
        "출시한 대규모언어모델(LLM | Large Language Model | 거대언어모델) 경쟁 ¶ 대규모언어모델|LLM|ABBREVIATION; 대규모언어모델|Large Language Model|ENGLISH; 대규모언어모델|거대언어모델|DEFINITION",
        "삼성전자(Samsung Electronics Co., Ltd.)가 발표했다. ¶ 삼성전자|Samsung Electronics Co., Ltd.|ENGLISH",
        // labels and law names
        "「표시·광고의 공정화에 관한 법률」(이하 표시광고법)을 어겼다. ¶ 표시·광고의 공정화에 관한 법률|표시광고법|ABBREVIATION",
        "오바마케어(의역 : Affordable Care Act)가 시행됐다. ¶ 오바마케어|Affordable Care Act|ENGLISH",
        "전국경제인연합회(전경련)는 반대했다. ¶ 전국경제인연합회|전경련|ABBREVIATION",
        "공정거래위원회(영문명: Korea Fair Trade Commission)가 조사했다. ¶ 공정거래위원회|Korea Fair Trade Commission|ENGLISH",
        // definitions, quotes and particles around terms
        "미국 빅테크(거대기술기업)들이 움직였다. ¶ 빅테크|거대기술기업|DEFINITION",
        "‘메타버스(가상과 현실이 융합된 세계)’가 화제다. ¶ 메타버스|가상과 현실이 융합된 세계|DEFINITION",
        "이른바 ‘골디락스 경제(고성장 속 물가 안정 상태)’가 이어졌다. ¶ 골디락스 경제|고성장 속 물가 안정 상태|DEFINITION",
        "‘메타’는 ‘메타’(Meta)로 이름을 바꿨다. ¶ 메타|Meta|ENGLISH",
        // nested and malformed brackets
        "하이브리드((Hybrid │ 混合)가 대세다. ¶ 하이브리드|Hybrid|ENGLISH; 하이브리드|混合|ORIGINAL_NAME",
        "‘초전도체(Superconductor) │ 전기 저항이 0이 되는 물질)’이 화제다. ¶ 초전도체|Superconductor|ENGLISH",
        "인공지능(AI(Artificial Intelligence)) 시대 ¶ 인공지능|AI|ABBREVIATION; AI|Artificial Intelligence|ABBREVIATION",
        "벤처캐피털(Venture Capital 업계가 ¶ 벤처캐피털|Venture Capital|ENGLISH",
        "신조어 폰트[font) 논란 ¶ 폰트|font|ENGLISH",
        // issue 11, term boundaries: a Latin name aligned word by word, surname only or whole name
        "19세기 독일 화학자 폰 리비히(Justus von Liebig)는 비료를 연구했다. ¶ 폰 리비히|Justus von Liebig|ENGLISH",
        "이탈리아 작곡가 주세페 베르디(Giuseppe Verdi)의 오페라 ¶ 주세페 베르디|Giuseppe Verdi|ENGLISH",
        "영국 소설가 디킨스(Charles John Huffam Dickens)가 태어났다. ¶ 디킨스|Charles John Huffam Dickens|ENGLISH",
        "남쪽으로 이어지는 안데스 산맥(Andes Mountains)이 보인다. ¶ 안데스 산맥|Andes Mountains|ENGLISH",
        "사막을 가로지르는 나미브 사막(Namib)은 건조하다. ¶ 나미브 사막|Namib|ENGLISH",
        "배우 조지 클루니(George Clooney)가 방한했다. ¶ 조지 클루니|George Clooney|ENGLISH",
        // a Latin acronym before its long form is the term on its own
        "국제 축구 연맹 FIFA(Fédération Internationale de Football Association)가 발표했다. ¶ FIFA|Fédération Internationale de Football Association|ABBREVIATION",
        "새로 탑재될 ATMS (Advanced Technology Microwave Sounder) 장비 ¶ ATMS|Advanced Technology Microwave Sounder|ABBREVIATION",
        // English X of Y = Korean Y의 X; derivational 적 is no word of its own
        "그는 언어의 기원(origin of language)을 연구했다. ¶ 언어의 기원|origin of language|ENGLISH",
        "학계는 전자의 양자적 성질(quantum properties of electrons)에 주목했다. ¶ 전자의 양자적 성질|quantum properties of electrons|ENGLISH",
        "그들은 새 기술 표준(technology standard)을 만들었다. ¶ 기술 표준|technology standard|ENGLISH",
        "정부는 반도체를 기술 패권(tech hegemony)의 핵심으로 봤다. ¶ 기술 패권|tech hegemony|ENGLISH",
        // a name quoted together with its gloss
        "그는 ‘청소년 해외 연수 사업(YOTP)’에 뽑혔다. ¶ 청소년 해외 연수 사업|YOTP|ABBREVIATION",
        "‘평화를 위한 긴 여정(A Long Road to Peace)’이라는 책을 냈다. ¶ 평화를 위한 긴 여정|A Long Road to Peace|ENGLISH",
        "‘중국 제조 굴기(崛起)’를 내세웠다. ¶ 굴기|崛起|HANJA",
        // Korean short forms and short-form labels: the whole name
        "올해 한빛 과학 탐구 대상(한빛대상)을 받았다. ¶ 한빛 과학 탐구 대상|한빛대상|ABBREVIATION",
        "정부는 개인정보 보호에 관한 특별 법률(이하 개인정보특별법)을 공포했다. ¶ 개인정보 보호에 관한 특별 법률|개인정보특별법|ABBREVIATION",
        "국회는 온라인 플랫폼 공정화 법률(약칭 온플법)을 논의했다. ¶ 온라인 플랫폼 공정화 법률|온플법|ABBREVIATION",
        "지역 농업 협동조합 연합회(줄여서 지농련)가 반발했다. ¶ 지역 농업 협동조합 연합회|지농련|ABBREVIATION",
        // Hanja in simplified and Japanese forms read as their traditional forms
        "정부는 환경보호(环境保护)를 강조했다. ¶ 환경보호|环境保护|HANJA",
        "그는 경제(经济) 문제를 말했다. ¶ 경제|经济|HANJA",
        "일본 사회의 변화(変化)와 관계(関係) ¶ 변화|変化|HANJA; 관계|関係|HANJA",
        "그 나라의 역사(歴史) 교과서 ¶ 역사|歴史|HANJA",
        // a Han word and its Korean meaning, space-separated, and labelled names
        "옛날에는 백운산(白雲山 흰 구름이 덮인 산)이라 불렸다. ¶ 백운산|白雲山|HANJA; 백운산|흰 구름이 덮인 산|DEFINITION",
        "그 강은 청류강(淸流江 맑은 강, 淸柳江 버들 강)으로 불린다. ¶ 청류강|淸流江|HANJA; 청류강|맑은 강|DEFINITION; 청류강|淸柳江|HANJA; 청류강|버들 강|DEFINITION",
        "이 산은 백두산 (중국명 창바이산, 일본명 하쿠토산)으로도 불린다. ¶ 백두산|창바이산|DEFINITION; 백두산|하쿠토산|DEFINITION",
        "차는 서각(犀角\u00a0: 무소의 뿔)으로 만든 장식을 달았다. ¶ 서각|犀角|HANJA; 서각|무소의 뿔|DEFINITION",
        // symbols and single letters
        "엔화(¥) 가치가 올랐다. ¶ 엔화|¥|ABBREVIATION",
        "온도 T(temperature)가 오르면 압력도 오른다. ¶ T|temperature|ABBREVIATION",
        "물질의 녹는점 Tm(melting temperature)이 높다. ¶ Tm|melting temperature|ABBREVIATION",
        // a house number is not part of the name
        "박물관은 마을 라인가세(Rheingasse 14b)에 있다. ¶ 라인가세|Rheingasse|ENGLISH",
        "사무실은 베이커 스트리트(Baker Street 221)에 있었다. ¶ 베이커 스트리트|Baker Street|ENGLISH",
        "새 아이폰(iPhone 16)이 나왔다. ¶ 아이폰|iPhone 16|ENGLISH",
    })
    void extractsPairs(String text, String expected) {
        assertEquals(expected.strip(), pairs(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¶', value = {
        "훈련 비용으로 30억 원(약 230만 달러)을 썼다. ¶ amount",
        "삼성전자는 2위(2조 원)를 기록했다. ¶ amount",
        "5G(6조 원) 투자가 늘었다. ¶ amount",
        "김아무개(52) 씨가 말했다. ¶ age",
        "창업자 박모(45세)는 말했다. ¶ age",
        "회의는 3일(현지 시각) 열렸다. ¶ date",
        "발표는 12월중(잠정)이다. ¶ date",
        "판매는 5월(월) 시작된다. ¶ date",
        "이는 이미 보고됐다([3]). ¶ citation",
        "자세한 내용은 부록(아래 참조)에 있다. ¶ citation",
        "이는 전자금융거래법(전자금융거래법 제2조 제15호) 위반이다. ¶ law-reference",
        "그는 “국경(We will secure the border and it will be done fast)”이라 했다. ¶ aside",
        "하루 두 번(횟수에 관계없이) 먹는다. ¶ continuation",
        "모든 마스크(밸브형 마스크 제외)를 허용한다. ¶ continuation",
        "최신 모델(o3)이 나왔다. ¶ identifier",
        "고사양 칩(B200)을 샀다. ¶ identifier",
        "그는 크게 웃었다(웃음). ¶ aside",
        "김철수(서울대 교수)는 반박했다. ¶ aside",
        "참석자들(가나다순)은 다음과 같다. ¶ aside",
        "김아무개(45·회사원) 씨는 말했다. ¶ age",
        "수출 다시 꺾였다(종합) ¶ aside",
        "이 법(개정안)은 다음 달 시행된다. ¶ aside",
        "삼성전자(005930)가 올랐다. ¶ amount",
        "사업자는 개인정보(이름, 주소, 전화번호)를 수집했다. ¶ aside",
        "(서울=연합뉴스) 정부는 오늘 발표했다. ¶ citation",
        // issue 11: measurements, list items, language tags, hashtags, changes of values
        "이 전원은 교류(50 Hz)를 쓴다. ¶ amount",
        "가방 무게(3.5 kg)를 쟀다. ¶ amount",
        "해상도는 두 배(8 km → 4 km)로 좋아졌다. ¶ amount",
        "첫째 항목(a)을 보라. ¶ list-item",
        "둘째 조건(ii)을 따른다. ¶ list-item",
        "참고 영상 (en), 2020년. ¶ language-tag",
        "행사 이름(#봄맞이축제)을 정했다. ¶ hashtag",
        // Korean words continuing the sentence, remarks on the name, affiliations, roles
        "양측은 협약(또는 합의)을 맺었다. ¶ continuation",
        "그 도시(옛 명칭)는 작았다. ¶ aside",
        "광물은 두 무리(물에 녹는 것과 녹지 않는 것)로 나뉜다. ¶ continuation",
        "김민수(한국대 명예교수)가 수상했다. ¶ aside",
        "서울고등법원 형사 3부(재판장: 김모)는 선고했다. ¶ aside",
        "이 사건은 9일(런던 현지시간) 일어났다. ¶ date",
        // a quoted evaluation translated, and an insertion at the start of a quotation
        "평론가는 \"놀랍도록 새로운\" (surprisingly fresh) 작품이라 했다. ¶ quotation",
        "그는 \"매우 대담한\" (very bold) 시도라고 썼다. ¶ quotation",
        "그는 반대했다. \"(우리) 국민은 원한다\"고 말했다. ¶ no-term",
    })
    void rejectsNonGlosses(String text, String reason) {
        Extraction x = extractor.analyse(text);
        assertEquals(List.of(), x.glosses(), text);
        assertTrue(x.rejected().stream().anyMatch(r -> r.reason().equals(reason)),
                text + " rejected " + x.rejected());
    }

    @Test
    void ageInsideMultiPartGlossIsDroppedButNameKept() {
        Extraction x = extractor.analyse("창업자 ‘리창(李强 │ 52세)’이 등장했다.");
        assertEquals("리창|李强|ORIGINAL_NAME", x.glosses().stream()
                .map(g -> g.term() + "|" + g.gloss() + "|" + g.kind()).collect(Collectors.joining("; ")));
        assertEquals("age", x.rejected().get(0).reason());
    }

    @Test
    void offsetsAreCodePointsAcrossAstralCharacters() {
        String text = "😀🎉 𠀀 딥시크(DeepSeek) 🇰🇷 굴기(崛起)";
        List<Gloss> glosses = extractor.extract(text);
        assertEquals(2, glosses.size());
        for (Gloss g : glosses) {
            assertEquals(g.term(), CodePoints.substring(text, g.termStart(), g.termEnd()));
            assertEquals(g.gloss(), CodePoints.substring(text, g.glossStart(), g.glossEnd()));
        }
        assertEquals(5, glosses.get(0).termStart());
    }

    @Test
    void longFormAndNameSpansAreCodePointsAcrossAstralCharacters() {
        String text = "😀 𠀀 세계 전기차(EV │ Electric Vehicle) 🇰🇷 일본 아베 신조(安倍晋三) 𠀀";
        List<Gloss> glosses = extractor.extract(text);
        assertEquals(3, glosses.size(), glosses.toString());
        for (Gloss g : glosses) {
            assertEquals(g.term(), CodePoints.substring(text, g.termStart(), g.termEnd()));
            assertEquals(g.gloss(), CodePoints.substring(text, g.glossStart(), g.glossEnd()));
        }
        assertEquals("전기차", glosses.get(0).term());
        assertEquals(7, glosses.get(0).termStart());
        assertEquals("아베 신조", glosses.get(2).term());
        assertEquals(40, glosses.get(2).termStart());
    }

    @Test
    void manyLongFormsAndNamesAreAllExtracted() {
        String longForms = "우주 강국 미국 항공우주국(NASA │ National Aeronautics and Space Administration) ".repeat(2000);
        String wordy = "세계 전기차(EV │ " + "Electric ".repeat(30) + "Vehicle)";
        String names = "가 나 다 라 마 바(安倍晋三安倍晋三) ".repeat(2000);
        assertEquals(4000, extractor.extract(longForms).size());
        extractor.analyse(wordy);
        extractor.analyse(names);
    }

    @Test
    void emptyAndBracketFreeText() {
        assertEquals(List.of(), extractor.extract(""));
        assertEquals(List.of(), extractor.extract("괄호가 없는 문장이다."));
        assertEquals(List.of(), extractor.extract("(AI)"));
        assertEquals(List.of(), extractor.extract(")))]]]"));
    }

    @Test
    void thousandsOfParenthesesAreAllExtracted() {
        String many = "인공지능(AI) 수치(12%) ".repeat(3000);
        String deep = "딥시크" + "(".repeat(20_000) + "DeepSeek" + ")".repeat(20_000);
        String unclosed = "가(".repeat(20_000);
        String digits = "값(" + "1".repeat(50_000) + ")";
        String pipes = "용어(" + "A │ ".repeat(5_000) + ")";
        assertEquals(3000, extractor.extract(many).size());
        extractor.analyse(deep);
        extractor.analyse(unclosed);
        assertEquals(List.of(), extractor.extract(digits));
        extractor.analyse(pipes);
    }

    @Test
    void extractorIsThreadSafe() throws Exception {
        String text = "중국의 인공지능(AI) 스타트업(Start-up) ‘딥시크(DeepSeek │ 深度求索)’와 타산지석(他山之石)";
        String expected = pairs(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    results.add(pairs(text));
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(200, results.size());
        assertTrue(results.stream().allMatch(expected::equals));
    }
}
