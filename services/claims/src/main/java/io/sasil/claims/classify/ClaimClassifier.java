package io.sasil.claims.classify;

import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.text.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Decides which sentences of a Korean news or opinion text are check-worthy claims (SPEC §3), with their
 * type, score, reasons, speaker and hedge.
 *
 * <p>Each sentence is analysed by Nori ({@link MorphologicalAnalyzer}); {@link FactCues},
 * {@link ReportingCues} and {@link StanceCues} turn its morphemes into {@link Cue}s;
 * {@link ClaimFeatures} turns them, the quantities {@link QuantityParser} finds and the sentence's place in
 * the text into features; the trained {@link ClaimModel} scores them; {@link ClaimTypeResolver},
 * {@link SpeakerFinder} and {@link HedgeFinder} describe the claim. Stance inside quotation marks, or
 * reported by a speaker, belongs to the speaker and does not count against the sentence. The reasons of
 * an assessment are the cues that fired, then the {@value #EXPLAINED} features that moved the score most
 * ({@code model layout:headline -2.31}).
 *
 * <p>Thread-safe; create one per user dictionary and share it. Offsets are Unicode code points, end
 * exclusive.
 */
public final class ClaimClassifier {

    /** How many of the model's largest contributions are added to the reasons. */
    public static final int EXPLAINED = 3;

    private final MorphologicalAnalyzer analyzer;
    private final ClaimModel model;
    private final QuantityParser quantities = new QuantityParser();

    /** A classifier with Nori's built-in dictionary only and the shipped model. */
    public ClaimClassifier() {
        this(null);
    }

    /**
     * @param userDictionary the glossary's terms as single nouns (see {@link TermDictionary}), or null
     */
    public ClaimClassifier(UserDictionary userDictionary) {
        this(userDictionary, ClaimModel.shipped());
    }

    /**
     * @param userDictionary the glossary's terms as single nouns, or null
     * @param model          the check-worthiness model
     */
    public ClaimClassifier(UserDictionary userDictionary, ClaimModel model) {
        this.analyzer = new MorphologicalAnalyzer(userDictionary);
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The model in use. */
    public ClaimModel model() {
        return model;
    }

    /** Assesses one sentence on its own; offsets run from 0 to its length in code points. */
    public SentenceAssessment assess(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        return assess(analyse(sentence, SentenceContext.ALONE));
    }

    /**
     * Assesses the sentences of a text.
     *
     * @param text          the document text
     * @param sentenceSpans {@code {start, end}} code point spans of its sentences, in order
     * @return one assessment per span, with document offsets; a sentence that continues a quotation, or
     *         reports speech with no subject, takes the speaker of the sentence before it; a pronoun subject
     *         ({@code 그는 … 말했다}) or a follow-up ({@code 김 청장은}) takes the person named before
     *         ({@link SpeakerMemory})
     */
    public List<SentenceAssessment> assessAll(String text, List<int[]> sentenceSpans) {
        List<Analysis> all = analyseAll(text, sentenceSpans);
        List<SentenceAssessment> out = new ArrayList<>(all.size());
        String previousSpeaker = null;
        String lastSpeaker = null;
        String openSource = null;
        SpeakerMemory memory = new SpeakerMemory();
        for (int k = 0; k < all.size(); k++) {
            Analysis r = all.get(k);
            SentenceAssessment a = assess(r).shifted(sentenceSpans.get(k)[0]);
            String speaker = memory.resolve(r.speaker);
            memory.met(SpeakerFinder.people(r.sentence));
            if (speaker != null && SpeakerFinder.GENERIC_SOURCES.contains(speaker)) {
                speaker = lastSpeaker; // 보고서는 밝혔다: the report cited before
            }
            if (speaker == null && openSource != null) {
                speaker = openSource;
            } else if (speaker == null && previousSpeaker != null
                    && (r.context.startsInsideQuote() || r.pronoun || r.continuation)) {
                speaker = previousSpeaker;
            } else if (speaker == null && r.unnamedSpeech) {
                speaker = previousSpeaker;
            }
            a = a.withSpeaker(speaker);
            out.add(a);
            previousSpeaker = speaker;
            lastSpeaker = speaker != null ? speaker : lastSpeaker;
            openSource = r.endsOnSource ? speaker : null;
        }
        return out;
    }

    /**
     * The model's features of every sentence of a text, as {@link #assessAll} computes them: what
     * {@link ClaimModelTrainer} learns from.
     */
    public List<SortedMap<String, Double>> features(String text, List<int[]> sentenceSpans) {
        return analyseAll(text, sentenceSpans).stream().map(a -> a.features).toList();
    }

    private List<Analysis> analyseAll(String text, List<int[]> sentenceSpans) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentenceSpans, "sentenceSpans");
        CodePoints.Index index = CodePoints.index(text);
        int length = index.codePointLength();
        List<Analysis> out = new ArrayList<>(sentenceSpans.size());
        boolean insideQuote = false;
        for (int k = 0; k < sentenceSpans.size(); k++) {
            int[] span = sentenceSpans.get(k);
            if (span == null || span.length < 2 || span[0] < 0 || span[1] < span[0] || span[1] > length) {
                throw new IllegalArgumentException("bad sentence span " + java.util.Arrays.toString(span)
                        + " for a text of " + length + " code points");
            }
            int from = index.toChar(span[0]);
            int to = index.toChar(span[1]);
            SentenceContext context = new SentenceContext(k, sentenceSpans.size(), lineBreakBefore(text, from),
                    lineBreakAfter(text, to), insideQuote);
            Analysis r = analyse(text.substring(from, to), context);
            out.add(r);
            insideQuote = r.sentence.endsInsideQuote();
        }
        return out;
    }

    private static boolean lineBreakBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean lineBreakAfter(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                for (int j = i + 1; j < text.length(); j++) {
                    if (!Character.isWhitespace(text.charAt(j))) {
                        return true;
                    }
                }
                return false;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private Analysis analyse(String sentence, SentenceContext context) {
        AnalyzedSentence s = analyzer.analyze(sentence, context.startsInsideQuote());
        List<Cue> cues = new ArrayList<>();
        FactCues.find(s, cues);
        ReportingCues.find(s, cues);
        if (cues.stream().noneMatch(c -> c.feature() == Feature.DIRECT_QUOTE)) {
            if (context.startsInsideQuote()) {
                cues.add(new Cue(Feature.DIRECT_QUOTE, "continued", 0, null));
            } else if (s.endsInsideQuote()) {
                cues.add(new Cue(Feature.DIRECT_QUOTE, "opened", 0, null));
            }
        }
        StanceCues.find(s, reportedUpTo(s, cues), cues);
        SpeakerFinder.Speaker speaker = SpeakerFinder.find(s, cues);
        String hedge = HedgeFinder.find(s);
        List<Quantity> found = quantities.parse(s.text(), null);
        SortedMap<String, Double> features = ClaimFeatures.of(s, cues, found, context, speaker, hedge);
        boolean speech = SpeakerFinder.reportsSpeech(s, cues);
        return new Analysis(sentence, s, cues, features, context, speaker, hedge,
                speaker != null && speaker.pronoun(), speech && speaker == null,
                SpeakerFinder.reportedContinuation(s), SpeakerFinder.endsOnSource(s, cues));
    }

    private SentenceAssessment assess(Analysis r) {
        double score = model.score(r.features);
        boolean claim = model.isClaim(score);
        ClaimType type = claim ? ClaimTypeResolver.resolve(r.sentence, r.cues) : null;
        Set<String> reasons = new LinkedHashSet<>();
        for (Cue c : r.cues) {
            reasons.add(c.reason());
        }
        List<ClaimModel.Contribution> shares = model.contributions(r.features);
        for (ClaimModel.Contribution c : shares.subList(0, Math.min(EXPLAINED, shares.size()))) {
            reasons.add(String.format(java.util.Locale.ROOT, "model %s %+.2f", c.feature(), c.value()));
        }
        String name = r.speaker == null ? null : r.speaker.name();
        return new SentenceAssessment(0, CodePoints.length(r.text), r.text, claim, type, score,
                new ArrayList<>(reasons), name, r.hedge);
    }

    /**
     * The last morpheme of reported content: with {@code X에 따르면}, the whole sentence; with an attribution
     * verb, the last quotative ending or {@code 것으로} before it; -1 when nothing is reported.
     */
    private static int reportedUpTo(AnalyzedSentence s, List<Cue> cues) {
        int attribution = -1;
        for (Cue c : cues) {
            if (c.feature() == Feature.SOURCE) {
                return Integer.MAX_VALUE;
            }
            if (c.feature() == Feature.ATTRIBUTION) {
                attribution = Math.max(attribution, c.index());
            }
        }
        int reported = -1;
        for (int i = 0; i < attribution; i++) {
            if (ReportingCues.isReportBoundary(s, i)) {
                reported = i;
            }
        }
        return reported;
    }

    private record Analysis(String text, AnalyzedSentence sentence, List<Cue> cues, SortedMap<String, Double> features,
            SentenceContext context, SpeakerFinder.Speaker speaker, String hedge, boolean pronoun,
            boolean unnamedSpeech, boolean continuation, boolean endsOnSource) {
    }
}
