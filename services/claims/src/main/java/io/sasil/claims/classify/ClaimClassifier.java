package io.sasil.claims.classify;

import io.sasil.common.contract.ClaimType;
import io.sasil.common.text.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Decides which sentences of a Korean news or opinion text are check-worthy claims (SPEC §3), with their
 * type, score, reasons, speaker and hedge.
 *
 * <p>Each sentence is analysed by Nori ({@link MorphologicalAnalyzer}); {@link FactCues},
 * {@link ReportingCues} and {@link StanceCues} turn its morphemes into {@link Cue}s;
 * {@link CheckWorthinessModel} scores them; {@link ClaimTypeResolver}, {@link SpeakerFinder} and
 * {@link HedgeFinder} describe the claim. Stance inside quotation marks, or reported by a speaker,
 * belongs to the speaker and does not count against the sentence.
 *
 * <p>Thread-safe; create one per user dictionary and share it. Offsets are Unicode code points, end
 * exclusive.
 */
public final class ClaimClassifier {

    private final MorphologicalAnalyzer analyzer;

    /** A classifier with Nori's built-in dictionary only. */
    public ClaimClassifier() {
        this(null);
    }

    /**
     * @param userDictionary the glossary's terms as single nouns (see {@link TermDictionary}), or null
     */
    public ClaimClassifier(UserDictionary userDictionary) {
        this.analyzer = new MorphologicalAnalyzer(userDictionary);
    }

    /** Assesses one sentence on its own; offsets run from 0 to its length in code points. */
    public SentenceAssessment assess(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        return assess(sentence, false).assessment;
    }

    /**
     * Assesses the sentences of a text.
     *
     * @param text          the document text
     * @param sentenceSpans {@code {start, end}} code point spans of its sentences, in order
     * @return one assessment per span, with document offsets; a sentence that continues a quotation or has a
     *         pronoun subject ({@code 그는 … 말했다}) takes the speaker of the sentence before it
     */
    public List<SentenceAssessment> assessAll(String text, List<int[]> sentenceSpans) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentenceSpans, "sentenceSpans");
        CodePoints.Index index = CodePoints.index(text);
        int length = index.codePointLength();
        List<SentenceAssessment> out = new ArrayList<>(sentenceSpans.size());
        boolean insideQuote = false;
        String previousSpeaker = null;
        for (int[] span : sentenceSpans) {
            if (span == null || span.length < 2 || span[0] < 0 || span[1] < span[0] || span[1] > length) {
                throw new IllegalArgumentException("bad sentence span " + java.util.Arrays.toString(span)
                        + " for a text of " + length + " code points");
            }
            String sentence = text.substring(index.toChar(span[0]), index.toChar(span[1]));
            Result r = assess(sentence, insideQuote);
            SentenceAssessment a = r.assessment.shifted(span[0]);
            if (a.speaker() == null && previousSpeaker != null && (insideQuote || r.pronoun || r.unnamedSpeech)) {
                a = a.withSpeaker(previousSpeaker);
            }
            out.add(a);
            insideQuote = r.endsInsideQuote;
            previousSpeaker = a.speaker();
        }
        return out;
    }

    private Result assess(String sentence, boolean startsInsideQuote) {
        AnalyzedSentence s = analyzer.analyze(sentence, startsInsideQuote);
        List<Cue> cues = new ArrayList<>();
        FactCues.find(s, cues);
        ReportingCues.find(s, cues);
        if (cues.stream().noneMatch(c -> c.feature() == Feature.DIRECT_QUOTE)) {
            if (startsInsideQuote) {
                cues.add(new Cue(Feature.DIRECT_QUOTE, "continued", 0, null));
            } else if (s.endsInsideQuote()) {
                cues.add(new Cue(Feature.DIRECT_QUOTE, "opened", 0, null));
            }
        }
        StanceCues.find(s, reportedUpTo(s, cues), cues);
        double score = CheckWorthinessModel.score(cues);
        boolean claim = CheckWorthinessModel.isClaim(score);
        ClaimType type = claim ? ClaimTypeResolver.resolve(s, cues) : null;
        SpeakerFinder.Speaker speaker = SpeakerFinder.find(s, cues);
        String hedge = HedgeFinder.find(s);
        Set<String> reasons = new LinkedHashSet<>();
        for (Cue c : cues) {
            reasons.add(c.reason());
        }
        boolean speech = cues.stream().anyMatch(c -> c.feature() == Feature.DIRECT_QUOTE
                || c.feature() == Feature.ATTRIBUTION);
        String name = speaker == null ? null : speaker.name();
        SentenceAssessment a = new SentenceAssessment(0, CodePoints.length(sentence), sentence, claim, type, score,
                new ArrayList<>(reasons), name, hedge);
        return new Result(a, s.endsInsideQuote(), speaker != null && speaker.pronoun(), speech && speaker == null);
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

    private record Result(SentenceAssessment assessment, boolean endsInsideQuote, boolean pronoun,
            boolean unnamedSpeech) {
    }
}
