package io.sasil.claims.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckWorthinessModelTest {

    /** Features as names separated by spaces; the expected score is computed by hand from the weights. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                        | 0.10
            NAMED_ENTITY                              | 0.25
            NAMED_ENTITY NAMED_ENTITY                 | 0.25
            NUMBER_COUNTER                            | 0.55
            DATE                                      | 0.50
            ATTRIBUTION                               | 0.50
            EVENT PAST NAMED_ENTITY                   | 0.70
            EXHORTATION                               | 0.00
            EVENT EXHORTATION                         | 0.00
            NUMBER_COUNTER OPINION                    | 0.55
            NUMBER_COUNTER EXHORTATION                | 0.20
            DATE PREDICTION                           | 0.20
            RANKING RESTATEMENT                       | 0.50
            NUMBER_COUNTER DATE ATTRIBUTION EVENT COMPARISON RANKING | 1.00
            NAMED_ENTITY UNATTRIBUTED                 | 0.00
            """)
    void scoreIsTheClampedSumOfDistinctWeights(String features, double score) {
        List<Cue> cues = new ArrayList<>();
        for (String f : features.isBlank() ? new String[0] : features.trim().split("\\s+")) {
            cues.add(new Cue(Feature.valueOf(f), "x", 0, null));
        }
        assertEquals(score, CheckWorthinessModel.score(cues), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0.5, true", "0.49, false", "1.0, true", "0.0, false"})
    void thresholdIsInclusive(double score, boolean claim) {
        assertEquals(claim, CheckWorthinessModel.isClaim(score));
    }

    @ParameterizedTest
    @CsvSource({"OPINION", "RESTATEMENT", "VERDICT", "UNATTRIBUTED"})
    void factsCancelOpinions(Feature f) {
        assertTrue(f.cancelledByFact());
        assertTrue(f.weight() < 0);
    }

    @ParameterizedTest
    @CsvSource({"EXHORTATION", "PREDICTION", "QUESTION"})
    void factsOnlyHalveExhortationPredictionAndQuestions(Feature f) {
        assertFalse(f.cancelledByFact());
        assertTrue(f.weight() < 0);
    }
}
