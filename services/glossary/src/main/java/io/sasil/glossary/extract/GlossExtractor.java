package io.sasil.glossary.extract;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.Hangul;
import io.sasil.korean.Morpheme;
import io.sasil.korean.NoriTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * Extracts the glosses of a Korean text (SPEC §1): every (term, gloss) pair a writer attached in
 * parentheses or square brackets, with its kind and code point spans, and the parentheticals that are
 * not glosses with the reason.
 *
 * <p>Pipeline per parenthetical ({@link ParenthesisScanner}): content over {@value #MAX_CONTENT}
 * characters is rejected ({@code too-long}); an unclosed parenthesis is read only when its content
 * starts in Latin or Han script, up to the first Hangul letter ({@code unclosed} otherwise); whole-content
 * rules ({@link NonGlossRules#rejectWhole}); split into parts with labels removed
 * ({@link GlossPartSplitter}); part rules ({@link NonGlossRules#rejectPart}) and, for Korean parts, the
 * continuation rule (the part must end in a noun, or a verb nominalised with -ㅁ/-음/-기, that is not a qualifier such as 제외 or 기준,
 * nor a bound noun heading a clause such as 것 or 수, must not start with a conjunction such as 또는, and have
 * two syllables or more; one that fails only the part-of-speech test is kept when it is a Korean short form of
 * the term: 연방준비제도(Fed·연준)); the term ({@link TermFinder}, {@code no-term} when none); a Latin part with a
 * digit and no space that neither sounds like nor spells the term is an {@code identifier}
 * ({@code 모델(o1)}, {@code 칩(H100)}); a Korean explanation of a one-syllable term is an {@code aside}
 * ({@code 이 법(개정안)}); a lower-case Latin phrase glossing a term that holds a verb, adjective, ending or
 * adverb is a {@code quotation} (a quoted evaluation translated: {@code "놀랍도록 새로운" (surprisingly fresh)});
 * a gloss equal to its term is dropped; a house number after a street name is cut from a Latin gloss when the
 * term has no digit ({@code 라인가세(Rheingasse 14b)}); the kind ({@link GlossClassifier}).
 *
 * <p>Thread-safe and reusable: build once (loading the Hanja table and Nori's dictionary), share.
 * Time is linear in the text length: each parenthetical costs a bounded amount of work.
 */
public final class GlossExtractor {

    /** Longest parenthetical content read, in UTF-16 units. */
    public static final int MAX_CONTENT = 400;

    private static final java.util.Set<String> NOMINAL_ENDINGS = java.util.Set.of("ㅁ", "\u1106", "\u11B7", "음", "기");
    /** Conjunctions that start a parenthesis continuing the sentence: (또는 합의), (즉 …). */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("또는", "혹은", "또", "즉", "및", "내지", "곧",
            "그리고", "아니면", "특히");
    /** Bound nouns that head a clause, not a name: (…한 것), (…할 수). */
    private static final java.util.Set<String> CLAUSE_HEADS = java.util.Set.of("것", "거", "수", "데", "바", "줄", "터", "뿐");
    /** A street name and its house number: Rheingasse 14b, Baker Street 221 (the name is group 1). */
    private static final java.util.regex.Pattern HOUSE_NUMBER = java.util.regex.Pattern.compile(
            "^(.*\\p{L})\\s+\\d{1,4}[a-z]$|^(.*(?:stra(?:ß|ss)e|gasse|weg|platz|allee|street|avenue|road|lane|rue|via|calle))"
                    + "\\s+\\d{1,4}[a-zA-Z]?$", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private final ParenthesisScanner scanner = new ParenthesisScanner();
    private final GlossPartSplitter splitter = new GlossPartSplitter();
    private final NoriTokenizer nori = NoriTokenizer.builder().decompound(KoreanTokenizer.DecompoundMode.DISCARD).build();
    private final PhoneticMatcher phonetic = new PhoneticMatcher();
    private final TermFinder termFinder;
    private final GlossClassifier classifier;

    /** An extractor with the given Hanja reading table. */
    public GlossExtractor(HanjaReader hanja) {
        this.termFinder = new TermFinder(hanja, phonetic, nori);
        this.classifier = new GlossClassifier(hanja, phonetic);
    }

    /** An extractor with the Hanja table shipped as a resource. */
    public static GlossExtractor create() {
        return new GlossExtractor(HanjaReader.fromClasspath());
    }

    /** The glosses of {@code text}, in text order. */
    public List<Gloss> extract(String text) {
        return analyse(text).glosses();
    }

    /** The glosses of {@code text} and the parentheticals rejected, each in text order. */
    public Extraction analyse(String text) {
        CodePoints.Index index = CodePoints.index(text);
        List<Gloss> glosses = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Parenthetical p : scanner.scan(text)) {
            read(text, index, p, glosses, rejected);
        }
        return new Extraction(List.copyOf(glosses), List.copyOf(rejected));
    }

    private void read(String text, CodePoints.Index index, Parenthetical p, List<Gloss> glosses,
            List<Rejected> rejected) {
        int cs = p.contentStart();
        int ce = p.contentEnd();
        if (ce - cs > MAX_CONTENT) {
            rejected.add(reject(text, index, p.open(), p.end(), "too-long"));
            return;
        }
        if (p.end() == ce) { // unclosed
            Script first = firstScript(text, cs, ce);
            if (first != Script.LATIN && first != Script.HAN) {
                rejected.add(reject(text, index, p.open(), p.end(), "unclosed"));
                return;
            }
            int k = cs;
            while (k < ce && !Hangul.isHangul(text.charAt(k))) {
                k++;
            }
            ce = k;
        }
        String content = text.substring(cs, ce);
        String whole = text.charAt(p.open()) == '[' && content.strip().matches("\\d{1,4}")
                ? "citation" : NonGlossRules.rejectWhole(content);
        if (whole != null) {
            rejected.add(reject(text, index, p.open(), p.end(), whole));
            return;
        }
        List<GlossPart> candidates = new ArrayList<>();
        List<GlossPart> shortFormCandidates = new ArrayList<>();
        for (GlossPart part : splitter.split(text, cs, ce)) {
            String reason = NonGlossRules.rejectPart(part.text());
            if ("amount".equals(reason) && Script.of(part.text()) == Script.HANGUL
                    && NumberedTerm.spellsOut(NumberedTerm.wordBefore(text, p.open()), part.text())) {
                reason = null; // 5G(5세대 이동통신): the number is the term's, not an amount
            }
            if (reason == null && Script.of(part.text()) == Script.HANGUL) {
                reason = continuation(text, part);
                if ("continuation-pos".equals(reason)) {
                    shortFormCandidates.add(part);
                    continue;
                }
            }
            if (reason != null) {
                rejected.add(reject(text, index, part.start(), part.end(), reason));
            } else {
                candidates.add(part);
            }
        }
        if (candidates.isEmpty() && shortFormCandidates.isEmpty()) {
            return;
        }
        TermFinder.TermSpan term = termFinder.find(text, p.open(), p.end(),
                candidates.isEmpty() ? shortFormCandidates : candidates);
        // a part that does not end in a noun is still a gloss when it is a short form of the term
        // (연방준비제도(Fed·연준): Nori does not know 연준)
        for (GlossPart part : shortFormCandidates) {
            if (term != null && GlossClassifier.isShortForm(part.text(), text.substring(term.start(), term.end()))) {
                candidates.add(part);
            } else {
                rejected.add(reject(text, index, part.start(), part.end(), "continuation"));
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(GlossPart::start));
        if (candidates.isEmpty()) {
            return;
        }
        if (term == null) {
            for (GlossPart part : candidates) {
                rejected.add(reject(text, index, part.start(), part.end(), "no-term"));
            }
            return;
        }
        String termText = text.substring(term.start(), term.end());
        Boolean predicate = null; // Nori on the term only when a gloss needs it
        for (GlossPart part : candidates) {
            String gloss = part.text();
            if (gloss.equals(termText)) {
                continue;
            }
            if (isPhraseTranslation(gloss)) {
                if (predicate == null) {
                    predicate = hasPredicate(text, term);
                }
                if (predicate) {
                    // "놀랍도록 새로운" (surprisingly fresh): a quoted evaluation translated, not a name
                    rejected.add(reject(text, index, part.start(), part.end(), "quotation"));
                    continue;
                }
            }
            int glossEnd = part.end();
            java.util.regex.Matcher house = HOUSE_NUMBER.matcher(gloss);
            if (Script.of(gloss) == Script.LATIN && termText.chars().noneMatch(Character::isDigit) && house.find()) {
                // 라인가세(Rheingasse 14b): the house number of an address is not part of the name
                gloss = house.group(1) != null ? house.group(1) : house.group(2);
                glossEnd = part.start() + gloss.length();
            }
            if (isIdentifier(termText, gloss)) {
                rejected.add(reject(text, index, part.start(), part.end(), "identifier"));
                continue;
            }
            GlossKind kind = classifier.classify(termText, gloss, part.label());
            if (kind == GlossKind.DEFINITION && termText.codePointCount(0, termText.length()) == 1) {
                rejected.add(reject(text, index, part.start(), part.end(), "aside"));
                continue; // 이 법(개정안): a one-syllable word explained in Korean is a remark, not a gloss
            }
            glosses.add(new Gloss(termText, gloss, kind, index.toCodePoint(term.start()),
                    index.toCodePoint(term.end()), index.toCodePoint(part.start()), index.toCodePoint(glossEnd)));
        }
    }

    /**
     * Whether the term holds a predicate or an adverb (an adjective, verb, copula or ending: 놀랍도록 새로운,
     * 매우 인상적): a quoted phrase rather than a name.
     */
    private boolean hasPredicate(String text, TermFinder.TermSpan term) {
        for (Morpheme m : nori.analyse(text, term.start(), term.end())) {
            switch (m.tag()) {
                case VV, VA, VX, VCP, VCN, XSV, XSA, E, MAG -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A Latin gloss of two or more words starting in lower case: a phrase, not a name or title. */
    private static boolean isPhraseTranslation(String gloss) {
        return Script.of(gloss) == Script.LATIN && gloss.strip().indexOf(' ') > 0
                && Character.isLowerCase(gloss.strip().charAt(0));
    }

    private boolean isIdentifier(String term, String gloss) {
        if (Script.of(gloss) != Script.LATIN || gloss.indexOf(' ') >= 0 || gloss.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return !LetterNames.matches(term, gloss) && phonetic.similarity(term, gloss) < PhoneticMatcher.THRESHOLD
                && Script.of(term) != Script.LATIN;
    }

    /** The continuation rule for a Korean part, or null when it reads as a noun phrase. */
    private String continuation(String text, GlossPart part) {
        if (part.text().codePointCount(0, part.text().length()) < 2) {
            return "continuation";
        }
        if (NonGlossRules.QUALIFIER_HEADS.contains(NonGlossRules.lastWord(part.text()))) {
            return "continuation";
        }
        List<Morpheme> ms = nori.analyse(text, part.start(), part.end());
        if (ms.isEmpty()) {
            return null;
        }
        if (CONJUNCTIONS.contains(ms.get(0).form()) && ms.size() > 1) {
            return "continuation"; // (또는 합의): an alternative continuing the sentence
        }
        Morpheme last = ms.get(ms.size() - 1);
        if (last.tag() == org.apache.lucene.analysis.ko.POS.Tag.NNB && CLAUSE_HEADS.contains(last.form())) {
            return "continuation"; // (…가 섞인 것): a clause headed by a bound noun
        }
        boolean nominalised = last.tag() == org.apache.lucene.analysis.ko.POS.Tag.E
                && NOMINAL_ENDINGS.contains(last.form());
        if (!(last.isNoun() || nominalised) || ms.get(0).isParticle()) {
            return "continuation-pos";
        }
        return null;
    }

    private static Script firstScript(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.isHighSurrogate(c)) {
                return Script.of(new String(Character.toChars(text.codePointAt(i))));
            }
        }
        return Script.NONE;
    }

    private static Rejected reject(String text, CodePoints.Index index, int s, int e, String reason) {
        return new Rejected(index.toCodePoint(s), index.toCodePoint(e), text.substring(s, e), reason);
    }
}
