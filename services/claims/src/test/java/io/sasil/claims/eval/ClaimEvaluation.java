package io.sasil.claims.eval;

import io.sasil.claims.classify.ClaimClassifier;
import io.sasil.claims.classify.ClaimModel;
import io.sasil.claims.classify.ClaimModelTrainer;
import io.sasil.claims.classify.SentenceAssessment;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Scores the claim classifier on the annotated corpus (seed and dev) by leave-one-article-out
 * cross-validation: for each article, a model is trained in memory on all the other articles by
 * {@link ClaimModelTrainer} (the code that trains the shipped model) and the held-out article's
 * sentences are classified by it. Prints, per fold and overall: claim-sentence precision, recall and F1,
 * beside the trivial baseline that calls every sentence a claim; type accuracy over the claims found;
 * speaker accuracy over the gold claims that have a speaker (and how often no speaker is given when there
 * is none); hedge accuracy over the gold claims (a hedge matches when the gold flag equals "a marker was
 * found"); the speaker misses by kind ({@link #speakerMiss}); then every miss. Speakers, hedges and types come from rules that are not trained, so they do not
 * vary by fold. With {@code --grid}, also the cross-validated F1 of each regularisation strength and
 * threshold tried (how the defaults of {@link ClaimModelTrainer} were chosen).
 *
 * <p>Run: {@code scripts/evaluate PATH/TO/eval claims}
 */
public final class ClaimEvaluation {

    private static final double[] GRID_C = {0.05, 0.1, 0.25, 0.5, 1, 2, 4};
    private static final double[] GRID_THRESHOLD = {0.35, 0.4, 0.45, 0.5, 0.55, 0.6};

    private record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ClaimEvaluation <evalDir> [--grid]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean grid = args.length > 1 && args[1].equals("--grid");
        AnnotatedCorpus corpus = AnnotatedCorpus.read(dir);
        List<ClaimTraining.Featurized> all = ClaimTraining.featurize(corpus);
        ClaimModelTrainer trainer = new ClaimModelTrainer();
        System.out.printf(Locale.ROOT, "leave-one-article-out cross-validation: %d articles, %d sentences;"
                + " liblinear L2R_LR, C %.2f, threshold %.2f%n", all.size(), corpus.sentenceCount(),
                ClaimModelTrainer.DEFAULT_C, ClaimModelTrainer.DEFAULT_THRESHOLD);
        System.out.println();
        System.out.println("| held-out article | sentences | claims | P | R | F1 | baseline F1 |");
        System.out.println("|---|---|---|---|---|---|---|");
        Counts total = new Counts(0, 0, 0);
        Counts baseline = new Counts(0, 0, 0);
        List<String> misses = new ArrayList<>();
        int typeOk = 0;
        int speakerGold = 0;
        int speakerOk = 0;
        int noSpeakerGold = 0;
        int noSpeakerOk = 0;
        Map<String, Integer> speakerMisses = new java.util.TreeMap<>();
        int claimsGold = 0;
        int hedgeOk = 0;
        for (ClaimTraining.Featurized held : all) {
            ClaimModel model = trainer.train(ClaimTraining.examples(others(all, held)), null, all.size() - 1);
            AnnotatedCorpus.Article a = held.article();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int gold = 0;
            for (int k = 0; k < a.sentences().size(); k++) {
                AnnotatedCorpus.Sentence g = a.sentences().get(k);
                SortedMap<String, Double> features = held.features().get(k);
                double score = model.score(features);
                boolean claim = model.isClaim(score);
                SentenceAssessment d = held.described().get(k);
                String head = String.format(Locale.ROOT, "%s [%d,%d) %.2f %s", a.doc(), g.start(), g.end(), score,
                        snippet(g.text(a.text())));
                if (g.claim()) {
                    gold++;
                    claimsGold++;
                    if (g.speaker() != null) {
                        speakerGold++;
                        if (sameSpeaker(g.speaker(), d.speaker())) {
                            speakerOk++;
                        } else {
                            String kind = speakerMiss(g.speaker(), d.speaker());
                            speakerMisses.merge(kind, 1, Integer::sum);
                            misses.add("speaker " + head + " gold " + g.speaker() + " got " + d.speaker() + " (" + kind
                                    + ")");
                        }
                    } else {
                        noSpeakerGold++;
                        if (d.speaker() == null) {
                            noSpeakerOk++;
                        } else {
                            misses.add("speaker " + head + " gold null got " + d.speaker());
                        }
                    }
                    if ((d.hedge() != null) == g.hedge()) {
                        hedgeOk++;
                    } else {
                        misses.add("hedge   " + head + " gold " + g.hedge() + " got " + d.hedge());
                    }
                }
                if (g.claim() && claim) {
                    tp++;
                    String type = d.type() == null ? null : d.type().name();
                    if (Objects.equals(type, g.type())) {
                        typeOk++;
                    } else {
                        misses.add("type    " + head + " gold " + g.type() + " got " + type);
                    }
                } else if (g.claim()) {
                    fn++;
                    misses.add("FN      " + head + " gold " + g.type() + " " + explain(model, features));
                } else if (claim) {
                    fp++;
                    misses.add("FP      " + head + " (" + g.why() + ") " + explain(model, features));
                }
            }
            Counts fold = new Counts(tp, fp, fn);
            Counts base = new Counts(gold, a.sentences().size() - gold, 0);
            total = total.plus(fold);
            baseline = baseline.plus(base);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", a.doc(),
                    a.sentences().size(), gold, fold.precision(), fold.recall(), fold.f1(), base.f1());
        }
        System.out.printf(Locale.ROOT, "| **all (micro)** | %d | %d | **%.3f** | **%.3f** | **%.3f** | %.3f |%n",
                corpus.sentenceCount(), total.tp() + total.fn(), total.precision(), total.recall(), total.f1(),
                baseline.f1());
        System.out.println();
        System.out.printf(Locale.ROOT, "claim sentences, cross-validated: precision %.3f  recall %.3f  F1 %.3f"
                + "  (tp %d, fp %d, fn %d)%n", total.precision(), total.recall(), total.f1(), total.tp(), total.fp(),
                total.fn());
        System.out.printf(Locale.ROOT, "baseline \"every sentence is a claim\": precision %.3f  recall %.3f  F1 %.3f%n",
                baseline.precision(), baseline.recall(), baseline.f1());
        System.out.printf(Locale.ROOT, "type accuracy %.3f (%d/%d claims found)%n", ratio(typeOk, total.tp()), typeOk,
                total.tp());
        System.out.printf(Locale.ROOT, "speaker accuracy %.3f (%d/%d gold claims with a speaker);"
                + " no speaker given where none %.3f (%d/%d)%n", ratio(speakerOk, speakerGold), speakerOk,
                speakerGold, ratio(noSpeakerOk, noSpeakerGold), noSpeakerOk, noSpeakerGold);
        System.out.println("speaker misses by kind: " + speakerMisses);
        System.out.printf(Locale.ROOT, "hedge accuracy %.3f (%d/%d gold claims)%n", ratio(hedgeOk, claimsGold), hedgeOk,
                claimsGold);
        shippedOnSeed(all.get(0));
        if (grid) {
            grid(all);
        }
        System.out.println("misses:");
        misses.forEach(m -> System.out.println("  " + m));
    }

    /** The shipped model on the seed, which it was trained on: the development figure, not a held-out one. */
    private static void shippedOnSeed(ClaimTraining.Featurized seed) {
        ClaimModel shipped = ClaimModel.shipped();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int k = 0; k < seed.features().size(); k++) {
            boolean gold = seed.article().sentences().get(k).claim();
            boolean claim = shipped.isClaim(shipped.score(seed.features().get(k)));
            tp += gold && claim ? 1 : 0;
            fp += !gold && claim ? 1 : 0;
            fn += gold && !claim ? 1 : 0;
        }
        Counts c = new Counts(tp, fp, fn);
        System.out.printf(Locale.ROOT, "shipped model (trained on all %d articles) on %s: precision %.3f  recall %.3f"
                + "  F1 %.3f%n", shipped.metadata().articles(), seed.article().doc(), c.precision(), c.recall(), c.f1());
    }

    /** Cross-validated F1 for each C and threshold of the grid. */
    private static void grid(List<ClaimTraining.Featurized> all) {
        System.out.println();
        StringBuilder head = new StringBuilder("| C \\ threshold |");
        StringBuilder rule = new StringBuilder("|---|");
        for (double t : GRID_THRESHOLD) {
            head.append(String.format(Locale.ROOT, " %.2f |", t));
            rule.append("---|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (double c : GRID_C) {
            ClaimModelTrainer trainer = new ClaimModelTrainer(c, 0.5);
            Counts[] counts = new Counts[GRID_THRESHOLD.length];
            java.util.Arrays.fill(counts, new Counts(0, 0, 0));
            for (ClaimTraining.Featurized held : all) {
                ClaimModel model = trainer.train(ClaimTraining.examples(others(all, held)), null, all.size() - 1);
                for (int k = 0; k < held.features().size(); k++) {
                    boolean gold = held.article().sentences().get(k).claim();
                    double score = model.score(held.features().get(k));
                    for (int t = 0; t < GRID_THRESHOLD.length; t++) {
                        boolean claim = score >= GRID_THRESHOLD[t];
                        counts[t] = counts[t].plus(new Counts(gold && claim ? 1 : 0, !gold && claim ? 1 : 0,
                                gold && !claim ? 1 : 0));
                    }
                }
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.2f |", c));
            for (Counts k : counts) {
                row.append(String.format(Locale.ROOT, " %.3f |", k.f1()));
            }
            System.out.println(row);
        }
        System.out.println();
    }

    private static List<ClaimTraining.Featurized> others(List<ClaimTraining.Featurized> all,
            ClaimTraining.Featurized held) {
        return all.stream().filter(f -> f != held).toList();
    }

    private static String explain(ClaimModel model, Map<String, Double> features) {
        List<String> out = new ArrayList<>();
        for (ClaimModel.Contribution c : model.contributions(features)) {
            if (out.size() == 4) {
                break;
            }
            out.add(String.format(Locale.ROOT, "%s %+.2f", c.feature(), c.value()));
        }
        return out.toString();
    }

    /** Speakers match after NFKC, white space collapsed and the separators of several speakers unified. */
    static boolean sameSpeaker(String gold, String predicted) {
        return predicted != null && norm(gold).equals(norm(predicted));
    }

    /**
     * The kind of a speaker miss: {@code none} (no speaker given), {@code boundary} (one contains the other:
     * a title, a qualifier or part of a name too many or too few), {@code unnamed} (an unnamed group given or
     * expected, but not the same), {@code wrong} (another speaker).
     */
    static String speakerMiss(String gold, String predicted) {
        if (predicted == null) {
            return "none";
        }
        String g = norm(gold);
        String p = norm(predicted);
        if (g.contains(p) || p.contains(g)) {
            return "boundary";
        }
        if (g.startsWith("unnamed") || p.startsWith("unnamed")) {
            return "unnamed";
        }
        return "wrong";
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s*[,·]\\s*", ", ")
                .replaceAll("\\s+", " ").strip();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String snippet(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }
}
