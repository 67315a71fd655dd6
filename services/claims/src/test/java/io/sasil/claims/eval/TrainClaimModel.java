package io.sasil.claims.eval;

import io.sasil.claims.classify.ClaimModel;
import io.sasil.claims.classify.ClaimModelTrainer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Trains the shipped claim model on every annotated article of an evaluation folder (seed and dev) and
 * writes it as JSON. Run by {@code scripts/train PATH/TO/eval}; the same data gives the same file, byte for
 * byte.
 */
public final class TrainClaimModel {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainClaimModel <evalDir> <model.json>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        AnnotatedCorpus corpus = AnnotatedCorpus.read(dir);
        String sha = AnnotatedCorpus.checksum(dir);
        var examples = ClaimTraining.examples(ClaimTraining.featurize(corpus));
        ClaimModel model = new ClaimModelTrainer().train(examples, sha, corpus.articles().size());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, model.toJson(), StandardCharsets.UTF_8);
        System.out.printf("trained on %d articles, %d sentences (%d claims); data sha256 %s%n",
                corpus.articles().size(), examples.size(), model.metadata().claims(), sha);
        System.out.printf("%d weights, bias %.3f -> %s%n", model.weights().size(), model.bias(), out);
    }
}
