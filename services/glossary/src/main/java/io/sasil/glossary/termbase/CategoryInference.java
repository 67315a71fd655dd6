package io.sasil.glossary.termbase;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.text.Hangul;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Infers the category of an entry from one gloss pair; null when no rule applies. Rules, first match wins:
 * <ol>
 *   <li><b>LAW</b>: the term (quotes and corner brackets ignored) ends in 법, 법률, 조약, 협정 or 시행령 after at
 *       least one syllable ({@code 표시광고법}, {@code 민법}, {@code 북미 무역 협정}), except the words in 법 that
 *       are not laws (방법, 기법, 불법, 해법, …), or a Latin gloss ends
 *       in {@code Act}, {@code Law}, {@code Treaty} or {@code Agreement}.</li>
 *   <li><b>ORGANISATION</b>: the term ends in a word that names a body (그룹, 기업, 회사, 재단, 협회, 위원회, 은행,
 *       증권, 공사, 연구소, 연구원, 대학교, 정부, 당, 부, 청, and the company words 통신사, 지주사, 합작사, 자회사,
 *       계열사, 법인), a three-syllable company word even alone (합작사), a
 *       one-syllable body word (당, 부, 청) only after at least two syllables (공화당, 국방부, 내부 is
 *       not one); or a Latin gloss ends in a company or body word ({@code Inc.}, {@code Corp.},
 *       {@code Co.}, {@code Ltd.}, {@code Group}, {@code Foundation}, {@code Association}, {@code Committee},
 *       {@code Commission}, {@code Agency}, {@code Bank}, {@code University}, {@code Party}). A bare
 *       {@code …사} is not enough: 역사, 기사 and 변호사 are not bodies.</li>
 *   <li><b>IDIOM</b>: a HANJA gloss of exactly four Han characters for a term of four Hangul syllables
 *       ({@code 타산지석(他山之石)}): the four-character idiom (사자성어).</li>
 *   <li><b>PERSON</b>: a HANJA or ORIGINAL_NAME gloss of two or three Han characters whose first is a
 *       common East Asian surname, for a term of as many Hangul syllables ({@code 량원펑(梁文鋒)});
 *       {@code 딥시크(深度求索)} is not a person (four characters for three syllables).</li>
 *   <li><b>PRODUCT</b>: the term or a Latin gloss is a model name, Latin letters directly followed by a
 *       digit or joined to one by a hyphen ({@code GPT-4}, {@code R1}, {@code 갤럭시 S25}).</li>
 *   <li><b>CONCEPT</b>: an ABBREVIATION gloss of a term written in Hangul ({@code 인공지능(AI)},
 *       {@code 대규모언어모델(LLM)}): a Korean long form with an acronym is a technical concept.</li>
 * </ol>
 */
public final class CategoryInference {

    private static final List<String> LAW_SUFFIXES = List.of("법률", "시행령", "조약", "협정", "법");
    private static final List<String> ORG_SUFFIXES = List.of("통신사", "지주사", "합작사", "자회사", "계열사", "법인",
            "그룹", "기업", "회사", "재단", "협회", "위원회", "은행", "증권", "공사", "연구소", "연구원", "대학교",
            "정부", "당", "부", "청");
    /** Words in 법 that are not laws: methods, techniques, legality. */
    private static final Set<String> NOT_LAWS = Set.of("방법", "기법", "문법", "용법", "요법", "화법", "수법", "편법",
            "불법", "위법", "합법", "마법", "비법", "어법", "작법", "해법", "필법", "탈법", "적법", "사법");
    private static final List<String> LAW_WORDS = List.of("act", "law", "treaty", "agreement");
    private static final List<String> ORG_WORDS = List.of("inc", "corp", "co", "ltd", "llc", "group", "foundation",
            "association", "committee", "commission", "agency", "bank", "university", "party", "institute");
    /** Common Chinese, Korean and Japanese surnames, in traditional and simplified forms. */
    private static final Set<Integer> SURNAMES = "王李張张劉刘陳陈楊杨趙赵黃黄周吳吴徐孫孙胡朱高林何郭馬马羅罗梁宋鄭郑謝谢韓韩唐馮冯于董蕭萧程曹袁鄧邓許许傅沈曾彭呂吕蘇苏盧卢蔣蒋蔡賈贾丁魏薛葉叶閻阎余潘杜戴夏鍾钟汪田任姜范方石姚譚谭廖鄒邹熊金陸陆郝孔白崔康毛邱秦江史顧顾侯邵孟龍龙萬万段雷錢钱湯汤尹黎易常武喬乔賀贺賴赖龔龚文朴鄭柳權权申安洪全奉習习溫温"
            .codePoints().boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());

    private CategoryInference() {
    }

    /** The category the pair suggests, or null. */
    public static Category infer(String term, String gloss, GlossKind kind) {
        String t = stripQuotes(term);
        String g = gloss.strip();
        String lastGlossWord = lastLatinWord(g);
        if (endsWithSuffix(t, LAW_SUFFIXES) || (isLatin(g) && LAW_WORDS.contains(lastGlossWord))) {
            return Category.LAW;
        }
        if (endsWithSuffix(t, ORG_SUFFIXES) || (isLatin(g) && ORG_WORDS.contains(lastGlossWord))) {
            return Category.ORGANISATION;
        }
        int termSyllables = hangulSyllables(t);
        int han = hanCount(g);
        boolean allHan = han > 0 && han == g.codePointCount(0, g.length());
        if (kind == GlossKind.HANJA && allHan && han == 4 && termSyllables == 4 && t.codePointCount(0, t.length()) == 4) {
            return Category.IDIOM;
        }
        if ((kind == GlossKind.HANJA || kind == GlossKind.ORIGINAL_NAME) && allHan && (han == 2 || han == 3)
                && termSyllables == han && SURNAMES.contains(g.codePointAt(0))) {
            return Category.PERSON;
        }
        if (isModelName(t) || (isLatin(g) && isModelName(g))) {
            return Category.PRODUCT;
        }
        if (kind == GlossKind.ABBREVIATION && termSyllables > 0 && termSyllables == countLetters(t)) {
            return Category.CONCEPT;
        }
        return null;
    }

    static String stripQuotes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.strip().codePoints().filter(cp -> !TermKey.isSeparator(cp) || cp == ' ').forEach(b::appendCodePoint);
        return b.toString().strip();
    }

    private static boolean endsWithSuffix(String term, List<String> suffixes) {
        String compact = term.replace(" ", "");
        for (String suffix : suffixes) {
            int before = suffix.length() == 1 && suffixes != LAW_SUFFIXES ? 2 : suffix.length() >= 3 ? 0 : 1;
            if (compact.endsWith(suffix) && hangulSyllables(compact) - suffix.length() >= before) {
                if (suffixes == LAW_SUFFIXES && suffix.equals("법") && compact.length() >= 2
                        && NOT_LAWS.contains(compact.substring(compact.length() - 2))) {
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    private static String lastLatinWord(String gloss) {
        String[] words = gloss.toLowerCase(Locale.ROOT).split("[^a-z]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].isEmpty()) {
                return words[i];
            }
        }
        return "";
    }

    private static boolean isLatin(String s) {
        return s.codePoints().anyMatch(LatinReading::isLatinLetter) && s.codePoints().noneMatch(Hangul::isHangul);
    }

    /** Latin letters directly followed by a digit, or joined to one by a hyphen: GPT-4, R1, S25. */
    static boolean isModelName(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (LatinReading.isLatinLetter(s.charAt(i))) {
                char next = s.charAt(i + 1);
                if (Character.isDigit(next)) {
                    return true;
                }
                if (next == '-' && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int hangulSyllables(String s) {
        return (int) s.codePoints().filter(Hangul::isSyllable).count();
    }

    private static int countLetters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }
}
