package io.sasil.claims.eval;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.classify.ClaimFeatures;
import io.sasil.claims.classify.ClaimModel;
import io.sasil.claims.classify.ClaimModelTrainer;
import io.sasil.claims.classify.SentenceAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The annotated corpus as the model sees it: every sentence's features, computed once with the service's
 * own {@link ClaimClassifier#features}, and its description (type, speaker, hedge), which does not depend
 * on the model. Training ({@link TrainClaimModel}) and cross-validation ({@link ClaimEvaluation}) both
 * start here, so a fold's model is trained by exactly the code that trains the shipped one.
 */
final class ClaimTraining {

    /** One article's sentences: gold annotations, features, and the rules' description of each. */
    record Featurized(AnnotatedCorpus.Article article, List<SortedMap<String, Double>> features,
            List<SentenceAssessment> described) {
    }

    private ClaimTraining() {
    }

    /** A model that calls every sentence a claim: used to compute features and descriptions of all sentences. */
    static ClaimModel everythingAClaim() {
        return new ClaimModel(new ClaimModel.Metadata("none", ClaimFeatures.VERSION, "none", 1, 0.5, null, 0, 0, 0),
                20, Map.of());
    }

    static List<Featurized> featurize(AnnotatedCorpus corpus) {
        ClaimClassifier classifier = new ClaimClassifier(null, everythingAClaim());
        List<Featurized> out = new ArrayList<>();
        for (AnnotatedCorpus.Article a : corpus.articles()) {
            List<int[]> spans = AnnotatedCorpus.spans(a);
            out.add(new Featurized(a, classifier.features(a.text(), spans), classifier.assessAll(a.text(), spans)));
        }
        return out;
    }

    /** The training examples of the articles given. */
    static List<ClaimModelTrainer.Example> examples(List<Featurized> articles) {
        List<ClaimModelTrainer.Example> out = new ArrayList<>();
        for (Featurized f : articles) {
            for (int k = 0; k < f.features().size(); k++) {
                out.add(new ClaimModelTrainer.Example(f.features().get(k), f.article().sentences().get(k).claim()));
            }
        }
        return out;
    }
}
