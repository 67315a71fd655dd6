package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryInferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "새옹지마|塞翁之馬|HANJA|IDIOM",
        "오리무중|五里霧中|HANJA|IDIOM",
        "굴기|崛起|HANJA|null",
        "량원펑|梁文鋒|ORIGINAL_NAME|PERSON",
        "시진핑|習近平|ORIGINAL_NAME|PERSON",
        "마윈|馬雲|ORIGINAL_NAME|PERSON",
        "딥시크|深度求索|ORIGINAL_NAME|null",
        "화웨이|華爲|ORIGINAL_NAME|null",
        "표시광고법|Labeling and Advertising Act|ENGLISH|LAW",
        "「개인정보 보호법」|PIPA|ABBREVIATION|LAW",
        "민법|民法|HANJA|LAW",
        "해법|解法|HANJA|null",
        "불법|不法|HANJA|null",
        "생성 방법|generation method|ENGLISH|null",
        "북미 자유무역 협정|NAFTA|ABBREVIATION|LAW",
        "오바마케어|Affordable Care Act|ENGLISH|LAW",
        "삼성그룹|Samsung Group|ENGLISH|ORGANISATION",
        "합작사|joint venture|ENGLISH|ORGANISATION",
        "미국 연방 통신 위원회|FCC|ABBREVIATION|ORGANISATION",
        "공화당|GOP|ABBREVIATION|ORGANISATION",
        "하이플라이어|High-Flyer Capital Management Co.|ENGLISH|ORGANISATION",
        "애플|Apple Inc.|ENGLISH|ORGANISATION",
        "역사|歷史|HANJA|null",
        "변호사|lawyer|ENGLISH|null",
        "내부|內部|HANJA|null",
        "지피티-4|GPT-4|ENGLISH|PRODUCT",
        "딥시크 R1|DeepSeek-R1|ENGLISH|PRODUCT",
        "갤럭시 S25|Galaxy S25|ENGLISH|PRODUCT",
        "인공지능|AI|ABBREVIATION|CONCEPT",
        "대규모언어모델|LLM|ABBREVIATION|CONCEPT",
        "빅테크|거대기술기업|DEFINITION|null",
        "경종|Wake up call|ENGLISH|null",
        "엔비디아|NVIDIA|ENGLISH|null",
    })
    void infers(String term, String gloss, GlossKind kind, Category expected) {
        assertEquals(expected, CategoryInference.infer(term, gloss, kind));
    }
}
