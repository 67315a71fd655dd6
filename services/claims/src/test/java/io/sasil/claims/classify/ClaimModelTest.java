package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped model, its metadata, and reproducible training on a small corpus written for this test. */
class ClaimModelTest {

    /** Sentences written for this test, one per line: 1 a claim, 0 not. */
    private static final String CORPUS = """
            1|서울시는 올해 청년 주거 지원 예산으로 320억 원을 배정했다.
            1|이번 집중호우로 주민 1,200명이 대피했다.
            1|새 시립 도서관은 2026년 3월 2일 문을 연다.
            1|김민호 환경부 장관은 “미세먼지 대책을 재검토하겠다”고 말했다.
            1|한국 대표팀은 이번 대회에서 종합 2위를 차지했다.
            1|경찰은 사건 현장에서 용의자를 체포했다.
            1|올해 1분기 수출은 지난해보다 12% 늘었다.
            1|통계청에 따르면 지난달 실업률은 3.1%였다.
            1|이 회사는 2019년 6월 설립됐다.
            1|시의회는 지난해 조례를 개정했다.
            0|정부는 청년 일자리 대책을 서둘러 마련해야 한다.
            0|저출산 문제는 앞으로 더 심각해질 수밖에 없다.
            0|시민들의 아쉬움이 크다.
            0|과연 이 정책은 누구를 위한 것인가?
            0|결국 낡은 규제가 혁신을 가로막은 셈이다.
            0|우리는 무엇을 준비하고 있는가
            """;

    @Test
    void theShippedModelLoadsWithItsMetadata() {
        ClaimModel model = ClaimModel.shipped();
        ClaimModel.Metadata md = model.metadata();
        assertEquals(ClaimModelTrainer.MODEL_VERSION, md.version());
        assertEquals(ClaimFeatures.VERSION, md.featureSet());
        assertTrue(md.dataSha256() != null && md.dataSha256().matches("[0-9a-f]{64}"), md::toString);
        assertTrue(md.articles() > 1 && md.sentences() > md.claims() && md.claims() > 0, md::toString);
        assertTrue(md.trainer().startsWith("liblinear"), md::toString);
        assertTrue(md.c() > 0 && md.threshold() > 0 && md.threshold() < 1, md::toString);
        assertFalse(model.weights().isEmpty());
        assertTrue(model.weights().keySet().stream().allMatch(k -> k.contains(":") || k.equals("hedge")),
                () -> model.weights().keySet().toString());
    }

    @Test
    void theShippedModelRoundTripsThroughJson() throws Exception {
        ClaimModel model = ClaimModel.shipped();
        String json = model.toJson();
        ClaimModel again = ClaimModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(json, again.toJson());
    }

    @Test
    void trainingIsDeterministic() {
        List<ClaimModelTrainer.Example> examples = examples();
        String first = new ClaimModelTrainer().train(examples, null, 1).toJson();
        String second = new ClaimModelTrainer().train(examples(), null, 1).toJson();
        assertEquals(first, second);
    }

    @Test
    void aModelTrainedOnTheSmallCorpusSeparatesIt() {
        List<ClaimModelTrainer.Example> examples = examples();
        ClaimModel model = new ClaimModelTrainer(1.0, 0.5).train(examples, null, 1);
        int right = 0;
        for (ClaimModelTrainer.Example e : examples) {
            right += model.isClaim(model.score(e.features())) == e.claim() ? 1 : 0;
        }
        assertTrue(right >= examples.size() - 2, right + " of " + examples.size());
        assertTrue(model.weights().getOrDefault("stance:writer-only", 0.0) < 0, model.weights()::toString);
    }

    @Test
    void featuresOfAnotherVersionAreRefused() {
        String json = ClaimModel.shipped().toJson().replace("\"featureSet\" : \"" + ClaimFeatures.VERSION + "\"",
                "\"featureSet\" : \"0\"");
        assertNotEquals(ClaimModel.shipped().toJson(), json);
        assertThrows(java.io.IOException.class,
                () -> ClaimModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void trainingNeedsBothClasses() {
        List<ClaimModelTrainer.Example> one = List.of(new ClaimModelTrainer.Example(Map.of("qty:any", 1.0), true));
        assertThrows(IllegalArgumentException.class, () -> new ClaimModelTrainer().train(one, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ClaimModelTrainer(0, 0.5));
    }

    @Test
    void contributionsExplainTheScore() {
        ClaimModel model = ClaimModel.shipped();
        Map<String, Double> features = Map.of("qty:any", 1.0, "stance:writer-only", 1.0, "unknown:feature", 1.0);
        double z = model.bias();
        for (ClaimModel.Contribution c : model.contributions(features)) {
            z += c.value();
            assertNotEquals("unknown:feature", c.feature());
        }
        assertEquals(1 / (1 + Math.exp(-z)), model.score(features), 1e-12);
    }

    private static List<ClaimModelTrainer.Example> examples() {
        List<String> lines = CORPUS.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (String line : lines) {
            String sentence = line.substring(2).strip();
            int start = text.codePointCount(0, text.length());
            text.append(sentence);
            spans.add(new int[] {start, text.codePointCount(0, text.length())});
            text.append(' ');
            labels.add(line.charAt(0) == '1');
        }
        ClaimClassifier classifier = new ClaimClassifier(null, ClaimModel.shipped());
        var features = classifier.features(text.toString(), spans);
        List<ClaimModelTrainer.Example> out = new ArrayList<>();
        for (int k = 0; k < features.size(); k++) {
            out.add(new ClaimModelTrainer.Example(features.get(k), labels.get(k)));
        }
        return out;
    }
}
