package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossClassifierTest {

    private static final GlossClassifier CLASSIFIER =
            new GlossClassifier(HanjaReader.fromClasspath(), new PhoneticMatcher());

    @ParameterizedTest(name = "{0}({1}) {3}")
    @CsvSource(nullValues = "-", value = {
        "인공지능, AI, -, ABBREVIATION",
        "에이아이, AI, -, ENGLISH",            // the letters read aloud: a transliteration
        "그래픽처리장치, GPU, -, ABBREVIATION",
        "연구개발, R&D, -, ABBREVIATION",
        "엔비디아, NVIDIA, -, ENGLISH",          // all capitals but pronounced as a word
        "나사, NASA, -, ENGLISH",
        "미국 항공우주국, NASA, -, ABBREVIATION",
        "경종, Wake up call, -, ENGLISH",
        "스타트업, Start-up, -, ENGLISH",
        "NAFTA, North American Free Trade Agreement, -, ABBREVIATION",
        "AI, 인공지능, -, ABBREVIATION",
        "OpenAI, 오픈에이아이, -, ENGLISH",
        "타산지석, 他山之石, -, HANJA",
        "양강, 兩强, -, HANJA",
        "량원펑, 梁文鋒, -, ORIGINAL_NAME",
        "딥시크, 深度求索, -, ORIGINAL_NAME",
        "도요타, トヨタ, -, ORIGINAL_NAME",
        "모스크바, Москва, -, ORIGINAL_NAME",
        "빅테크, 거대기술기업, -, DEFINITION",
        "굴기, 우뚝 일어섬, -, DEFINITION",
        "전국경제인연합회, 전경련, -, ABBREVIATION",
        "전경련, 전국경제인연합회, -, ABBREVIATION",
        "공정거래위원회, 공정위, -, ABBREVIATION",
        "표시·광고의 공정화에 관한 법률, 표시광고법, 이하, ABBREVIATION",
        "이 법률, 법, 이하, ABBREVIATION",
        "주식, 주권, -, DEFINITION",
        "고용보험, 보험, -, DEFINITION",       // a shorter word that does not start the term is no short form
        // issue 11
        "엔화, ¥, -, ABBREVIATION",              // a symbol of the term
        "P, pressure, -, ABBREVIATION",          // one Latin letter glossed by its long form
        "Tm, melting temperature, -, ABBREVIATION",
        "NYT, New York Times, -, ABBREVIATION",
        "Meta, Meta Platforms, -, ENGLISH",      // the gloss starts with the term: a longer name, not a long form
        "환경보호, 环境保护, -, HANJA",           // simplified forms read through their traditional variants
        "변화, 変化, -, HANJA"                   // a Japanese form
    })
    void classifies(String term, String gloss, String label, GlossKind expected) {
        assertEquals(expected, CLASSIFIER.classify(term, gloss, label));
    }
}
