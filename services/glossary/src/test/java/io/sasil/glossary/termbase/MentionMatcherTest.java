package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionMatcherTest {

    private static final Map<String, Long> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("딥시크", 1L);
        LABELS.put("DeepSeek", 1L);
        LABELS.put("深度求索", 1L);
        LABELS.put("오픈AI", 2L);
        LABELS.put("OpenAI", 2L);
        LABELS.put("오픈에이아이", 2L);
        LABELS.put("엔비디아", 3L);
        LABELS.put("NVIDIA", 3L);
        LABELS.put("GPT-4", 4L);
        LABELS.put("지피티-4", 4L);
        LABELS.put("챗 지피티", 5L);
        LABELS.put("챗GPT", 5L);
        LABELS.put("Chat GPT", 5L);
        LABELS.put("AI", 6L);
        LABELS.put("인공지능", 6L);
        LABELS.put("오픈소스", 7L);
        LABELS.put("스푸트니크 모멘트", 8L);
        LABELS.put("스푸트니크", 9L);
        LABELS.put("중국", 10L);
        LABELS.put("미국", 11L);
        LABELS.put("타산지석", 12L);
        LABELS.put("他山之石", 12L);
        LABELS.put("대", 13L);
        LABELS.put("2025", 14L);
        LABELS.put("𠮷野家", 15L);
    }

    private static final MentionMatcher MATCHER = MentionMatcher.of(LABELS);

    /** Text → mentions as "text@start-end#entry" joined by spaces (offsets in code points). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "딥시크가 새 모델을 냈다|딥시크@0-3#1",
        "‘딥시크’는 중국 기업이다|딥시크@1-4#1 중국@7-9#10",
        "엔비디아의 주가가 내렸다|엔비디아@0-4#3",
        "오픈AI와 딥시크에서도 같은 말을 했다|오픈AI@0-4#2 딥시크@6-9#1",
        "GPT-4를 넘어섰다|GPT-4@0-5#4",
        "gpt-4를 넘어섰다|gpt-4@0-5#4",
        "ＧＰＴ-４가 나왔다|ＧＰＴ-４@0-5#4",
        "오픈소스 기반이다|오픈소스@0-4#7",
        "OpenAI's model|OpenAI@0-6#2",
        "오픈에이아이(AI)의 최신 모델|오픈에이아이@0-6#2 AI@7-9#6",
        "챗 지피티와 챗GPT와 챗지피티와 챗 GPT|챗 지피티@0-5#5 챗GPT@7-11#5 챗지피티@13-17#5 챗 GPT@19-24#5",
        "Chat GPT 또는 ChatGPT|Chat GPT@0-8#5 ChatGPT@12-19#5",
        "스푸트니크 모멘트라는 평가|스푸트니크 모멘트@0-9#8",
        "스푸트니크 1호를 쏘았다|스푸트니크@0-5#9",
        "미국·중국 기술 패권|미국@0-2#11 중국@3-5#10",
        "대중국 제재|중국@1-3#10",
        "타산지석(他山之石)으로 삼아야|타산지석@0-4#12 他山之石@5-9#12",
        "生成型AI칩|AI@3-5#6",
        "인공지능반도체|",
        "중국인 관광객|",
        "미국산 반도체|",
        "딥시크쇼크|",
        "GPT-4o 출시|",
        "MAIN 화면|",
        "OpenAIX|",
        "2025년 대 중국|중국@8-10#10",
        "😀딥시크가 😀|딥시크@1-4#1",
        "𠮷野家에 갔다|𠮷野家@0-3#15",
        "딥시크들의 전략|딥시크@0-3#1",
        "딥시크측은 부인했다|딥시크@0-3#1",
        "딥시크\\n가|딥시크@0-3#1",
        "딥\\n시크|",
        "\"엔비디아\"가|엔비디아@1-5#3",
        "「엔비디아」와 《딥시크》|엔비디아@1-5#3 딥시크@9-12#1",
        "한국인과 중국인|",
        "심층탐구 深度求索|深度求索@5-9#1",
    })
    void findsMentions(String text, String expected) {
        String t = text.replace("\\n", "\n");
        String found = MATCHER.find(t).stream()
                .map(m -> m.text() + "@" + m.start() + "-" + m.end() + "#" + m.entryId())
                .collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, found, t);
    }

    @Test
    void mentionTextIsTheCodePointSlice() {
        String text = "🇰🇷 한국과 😀 딥시크의 관계";
        for (MentionMatcher.Mention m : MATCHER.find(text)) {
            assertEquals(m.text(), io.sasil.common.text.CodePoints.substring(text, m.start(), m.end()));
        }
        assertEquals(1, MATCHER.find(text).size());
    }

    @Test
    void contractView() {
        MentionMatcher.Mention m = MATCHER.find("😀 엔비디아가").get(0);
        assertEquals(new io.sasil.common.contract.MentionView(2, 6, "엔비디아", 3L, "엔비디아"), m.toView("엔비디아"));
    }

    @Test
    void longestWinsOverShorterOverlaps() {
        MentionMatcher m = MentionMatcher.of(Map.of("인공지능", 1L, "인공지능 반도체", 2L, "반도체", 3L));
        assertEquals(List.of(2L), m.find("인공지능 반도체를 만든다").stream().map(MentionMatcher.Mention::entryId).toList());
        assertEquals(List.of(1L, 3L), m.find("인공지능과 반도체").stream().map(MentionMatcher.Mention::entryId).toList());
    }

    @Test
    void shortAndDigitOnlyLabelsAreIgnored() {
        assertEquals(List.of(), MATCHER.find("대 2025 대"));
        assertEquals(LABELS.size() - 2, MATCHER.size());
    }

    @Test
    void sameFoldedLabelForAnotherEntryIsCountedAndIgnored() {
        MentionMatcher m = MentionMatcher.builder().add("Nvidia", 1).add("NVIDIA", 2).add("nvidia", 1).build();
        assertEquals(1, m.size());
        assertEquals(1, m.ambiguousLabels());
        assertEquals(1L, m.find("NVIDIA가").get(0).entryId());
    }

    @Test
    void emptyMatcherAndEmptyText() {
        assertEquals(List.of(), MentionMatcher.of(Map.of()).find("딥시크가"));
        assertEquals(List.of(), MATCHER.find(""));
    }

    @Test
    void pathologicalRunsLongerThanAnyLabelMatchNothing() {
        Map<String, Long> labels = new LinkedHashMap<>();
        for (int n = 2; n <= 60; n++) {
            labels.put("가".repeat(n), (long) n);
            labels.put("a".repeat(n), (long) (100 + n));
        }
        MentionMatcher m = MentionMatcher.of(labels);
        String text = "가".repeat(100_000) + " " + "a".repeat(100_000) + " " + "(".repeat(50_000) + "1".repeat(50_000);
        List<MentionMatcher.Mention> found = m.find(text);
        assertTrue(found.isEmpty(), "runs longer than any label are one longer word: " + found.size());
    }

    @Test
    void manyLabelsBuildAndMatch() {
        MentionMatcher.Builder b = MentionMatcher.builder();
        for (int i = 0; i < 50_000; i++) {
            b.add("테스트용어" + i, i);
            b.add("Term" + i + "X", 100_000 + i);
        }
        MentionMatcher m = b.build();
        assertEquals(100_000, m.size());
        List<MentionMatcher.Mention> found = m.find("그는 테스트용어4242를 보고 term77x에 대해 말했다.");
        assertEquals(List.of(4242L, 100_077L), found.stream().map(MentionMatcher.Mention::entryId).toList());
    }
}
