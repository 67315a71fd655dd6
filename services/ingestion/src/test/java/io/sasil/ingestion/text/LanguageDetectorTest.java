package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "정부는 내년 예산을 3% 늘리기로 했다.                                | ko",
            "오픈AI(OpenAI)는 챗GPT를 공개하며 생성형 인공지능 경쟁을 열었다.      | ko",
            // a fragment made of glosses is mostly Latin letters
            "오픈AI(OpenAI)의 챗GPT(ChatGPT)와 구글(Google)의 제미나이(Gemini)  | en",
            "타산지석(他山之石)과 명약관화(明若觀火)는 사자성어다.                 | ko",
            "엔비디아 NVIDIA GPU H100 H800                                      | en",
            "The central bank raised rates by 0.25 percentage points.          | en",
            "Le gouvernement a annoncé un nouveau budget.                      | en",
            "Samsung Electronics (삼성전자) reported record profits.            | en",
            "深度求索是一家人工智能公司。                                        | zh",
            "梁文鋒創立了幻方量化。                                              | zh",
            "人工知能の開発が進んでいる。                                        | ja",
            "ディープシークは中国のスタートアップです。                           | ja",
            "Правительство объявило бюджет.                                    | und",
            "12345 67.8% 2025-02-03                                            | und",
            "가                                                                 | und",
            "AI                                                                | en",
            "''                                                                | und",
            "😀😀😀 𠀀𠀀                                                        | zh",
            "한국 경제 Korea                                                    | ko",
            "한국 Korea                                                         | en",
            "서울 Seoul Incheon Busan Daegu                                     | en",
            "한국 Россия Japan                                                  | und",
    })
    void detectsByScript(String text, String expected) {
        assertEquals(expected, detector.detect(text));
    }
}
