package io.sasil.glossary.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises parentheticals and parts that are not glosses (SPEC §1), returning the reason.
 *
 * <p>Rules, checked in this order:
 * <ul>
 *   <li>{@code citation}: a bracketed number or a bare number of three or four digits ({@code ([1])}), a source or
 *       cross-reference ({@code 아래 참조}, {@code 출처:}, {@code 사진=}, {@code 그림 3});</li>
 *   <li>{@code law-reference}: an article reference ({@code 제2조}, {@code 제15호}, {@code 3조 2항});</li>
 *   <li>{@code date}: a time-zone or time-of-day phrase ({@code 현지 시각}, {@code 뉴욕 현지시간}, {@code 오후}), a weekday
 *       ({@code (월)}), or a number with a date unit ({@code 11월중}, {@code 2024년});</li>
 *   <li>{@code age}: {@code 40세}, {@code 만 40세}, {@code 40살}, a bare one- or two-digit number ({@code 김모(52)}),
 *       an age followed by other facts ({@code (45·회사원)}, checked on the whole content);</li>
 *   <li>{@code amount}: any other non-Latin part with a digit ({@code 약 81억 원}, {@code 12%}, {@code 180명}), a
 *       measurement in Latin unit symbols ({@code 50 Hz}, {@code 3.5 kg}), a change of values with an arrow
 *       ({@code 3 → 5}, checked on the whole content);</li>
 *   <li>{@code language-tag}: a two-letter lower-case language code of a reference ({@code (ko)}, {@code (en)});</li>
 *   <li>{@code list-item}: a lone lower-case letter or Roman numeral ({@code (a)}, {@code (iii)});</li>
 *   <li>{@code hashtag}: a part starting with {@code #};</li>
 *   <li>{@code aside}: a Latin clause (five or more words with a verb, pronoun or sentence punctuation,
 *       or nine or more words), a stage, photo or headline note ({@code 웃음}, {@code 왼쪽}, {@code 가명}, {@code 종합}),
 *       or a Korean part ending in a role or title ({@code 서울대 교수}, also as the end of a compound:
 *       {@code 명예교수}) or starting with one ({@code 부장판사 김모}, {@code 재판장: 김모}), a name label with no
 *       name ({@code 옛 명칭}, {@code 별칭}), a Korean list ({@code 이름, 주소, 전화번호}, {@code 제조·유통·서비스});</li>
 *   <li>{@code continuation}: a Korean part that does not end in a noun phrase head: it ends with an
 *       adverb, verb, ending or particle ({@code 횟수에 관계없이}), or with a qualifier noun
 *       ({@code 제외}, {@code 포함}, {@code 기준}, {@code 이상}), or is a lone syllable ({@code (들)}).</li>
 * </ul>
 * A part made only of symbols ({@code ¥}, {@code ℃}, {@code ‰}) is not rejected: it is the term's symbol.
 * The continuation rule needs part-of-speech tags and is applied by {@link GlossExtractor};
 * everything here is plain string tests with bounded, backtracking-free patterns.
 */
final class NonGlossRules {

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\[?\\s*\\d{1,4}\\s*\\]?$");
    private static final Pattern CITATION = Pattern.compile(
            "참조|참고|출처|인용|각주|후술|전술|상술|재인용|[가-힣]=|(?:그림|표|도표|사진|자료)\\s?\\d|^(?:사진|자료|자료사진|그래픽|영상|인포그래픽)$|^[^\\s]+ 제공$");
    private static final Pattern LAW = Pattern.compile("제\\s?\\d+\\s?(?:조|항|호|장|절|편|관|목)|(?<!\\d)\\d+\\s?조\\s?\\d+\\s?항");
    private static final Pattern ZONE = Pattern.compile(
            "^(?:[가-힣]{1,8}\\s?)?(?:현지|동부|서부|중부|태평양|표준)\\s?(?:시각|시간)(?:\\s?기준)?$");
    private static final Pattern MEASUREMENT = Pattern.compile("^[\\d.,]+\\s?(?:[kMGTmμnc]?(?:Hz|m|g|W|V|A|J|L|l|B|bps|Wh|t)"
            + "|mAh|kWh|ppm|ppb|dB|cal|kcal|ha|ft|mi|in|lb|oz|mph|km/h|m/s|°C|°F|%|㎞|㎏|㎡)(?:[²³2³])?$");
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "^(?:ko|en|ja|zh|de|fr|es|ru|it|pt|nl|ar|vi|th|la|el|sv|pl|tr|fi|da|no|cs|hu|he|id|ms|hi|uk|ro)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\\.?$");
    private static final Set<String> NAME_LABEL_NOUNS = Set.of("명칭", "이름", "별칭", "약칭", "통칭", "속칭", "애칭", "별명",
            "가칭", "칭호", "국명", "지명", "옛이름");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "^(?:현지\\s?시각|현지\\s?시간|한국\\s?시각|한국\\s?시간|미국\\s?동부\\s?시간|동부\\s?시간|서부\\s?시간|현지\\s?기준|"
                    + "오전|오후|새벽|저녁|당시|현재|잠정|추정|예정|양력|음력|[월화수목금토일](?:요일)?)$");
    private static final Pattern DATE_UNIT = Pattern.compile("\\d\\s?(?:년|월|일|시|분|초|분기|세기|년대|주년|년도)(?![가-힣])|\\d\\s?(?:월중|월말|월초|일자)");
    private static final Pattern AGE = Pattern.compile("^(?:만\\s?)?\\d{1,3}\\s?(?:세|살)$|^\\d{1,2}$|^[남여],?\\s?\\d{1,3}$");
    private static final Pattern AGE_AND_MORE = Pattern.compile("^(?:만\\s?)?\\d{1,3}\\s?(?:세|살)?\\s?[·,]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");

    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "made", "make", "makes", "said", "says", "do", "does",
            "did", "i", "we", "he", "she", "it", "they", "you", "his", "her", "their", "our", "its", "that", "this");

    private static final Set<String> ASIDE_WORDS = Set.of("웃음", "박수", "왼쪽", "오른쪽", "가운데", "앞줄", "뒷줄", "위", "아래",
            "가명", "가칭", "주", "재", "사", "편집자 주", "편집자주", "계속", "끝", "생략", "중략", "하략", "상략", "비공개", "익명",
            "사진", "영상", "자료사진", "가나다순", "무순", "순서 무관", "괄호 안", "이하 같음", "이하 동일", "종합", "속보", "단독",
            "인터뷰", "사설", "칼럼", "기고", "시론", "포토", "그래픽", "전문", "일문일답", "상보", "재송", "수정", "영상 포함");

    private static final Set<String> ROLE_WORDS = Set.of("대표", "의원", "교수", "장관", "대통령", "회장", "사장", "위원장", "기자",
            "씨", "소속", "연구원", "총리", "원장", "청장", "시장", "지사", "특파원", "대변인", "감독", "선수", "변호사", "이사", "부장",
            "팀장", "본부장", "실장", "국장", "차관", "연구위원", "부사장", "전무", "상무", "의장", "총장", "위원", "당선인",
            "후보", "전 대표", "작가", "박사", "애널리스트", "이코노미스트", "최고경영자", "부장판사", "판사", "재판장", "검사",
            "대표이사", "주필", "논설위원", "교사");

    /** Qualifier heads: a part ending in one continues the sentence instead of naming the term. */
    static final Set<String> QUALIFIER_HEADS = Set.of("제외", "포함", "기준", "별도", "불포함", "이상", "이하", "미만", "초과",
            "등", "외", "뿐", "때문", "경우", "가량", "정도", "내외", "안팎", "전후", "합계", "합산", "누계", "누적", "평균", "중복",
            "각각", "모두", "전부", "일부", "이내", "당시", "현재", "예정", "추정");

    private NonGlossRules() {
    }

    /** Why a whole parenthetical content is not a gloss, or null. Checked before splitting. */
    static String rejectWhole(String content) {
        String c = content.strip();
        if (c.isEmpty()) {
            return "empty";
        }
        if (c.startsWith("[") && c.endsWith("]") && DIGIT.matcher(c).find()) {
            return "citation";
        }
        if (AGE_AND_MORE.matcher(c).find()) {
            return "age";
        }
        if (Script.of(c) == Script.LATIN && isLatinClause(c)) {
            return "aside";
        }
        if (Script.of(c) != Script.LATIN && LAW.matcher(c).find()) {
            return "law-reference";
        }
        if ((c.indexOf('→') >= 0 || c.indexOf('⇒') >= 0 || c.contains("->")) && DIGIT.matcher(c).find()) {
            return "amount"; // (5개 → 16개), (4 km → 2 km): a change of values
        }
        return null;
    }

    /** Why one part is not a gloss, or null. */
    static String rejectPart(String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return "empty";
        }
        if (p.charAt(0) == '#' || p.charAt(0) == '＃') {
            return "hashtag";
        }
        Script script = Script.of(p);
        if (script == Script.NONE) {
            if (isSymbol(p)) {
                return null; // 엔화(¥): the symbol of the term
            }
            if (AGE.matcher(p).find()) {
                return "age";
            }
            return BARE_NUMBER.matcher(p).find() ? "citation" : "amount";
        }
        if (script == Script.LATIN) {
            if (MEASUREMENT.matcher(p).find()) {
                return "amount";
            }
            if (LANGUAGE_TAG.matcher(p).find()) {
                return "language-tag";
            }
            if (LIST_ITEM.matcher(p).find()) {
                return "list-item";
            }
            return isLatinClause(p) ? "aside" : null;
        }
        if (CITATION.matcher(p).find()) {
            return "citation";
        }
        if (LAW.matcher(p).find()) {
            return "law-reference";
        }
        if (DATE_WORDS.matcher(p).find() || ZONE.matcher(p).find() || DATE_UNIT.matcher(p).find()) {
            return "date";
        }
        if (AGE.matcher(p).find()) {
            return "age";
        }
        if (DIGIT.matcher(p).find() && script != Script.HAN) {
            return "amount";
        }
        if (script == Script.HANGUL) {
            if (ASIDE_WORDS.contains(p) || p.indexOf(',') >= 0 || p.indexOf('，') >= 0) {
                return "aside";
            }
            String last = lastWord(p);
            if (!p.equals(last) && endsWithRole(last)) {
                return "aside"; // (서울대 교수), (한국대 명예교수): an affiliation
            }
            int sp = p.indexOf(' ');
            if (sp > 0 && ROLE_WORDS.contains(p.substring(0, sp).replaceAll("[:：]$", ""))) {
                return "aside"; // (부장판사 김모), (대표 홍길동), (재판장: 김모): a role and a name
            }
            if (NAME_LABEL_NOUNS.contains(last) && p.split(" ").length <= 2) {
                return "aside"; // (옛 명칭), (가칭): a remark on the name, not a name
            }
            if (p.chars().filter(ch -> ch == '·' || ch == '・').count() >= 2) {
                return "aside"; // (제조·유통·서비스): a list of examples
            }
        }
        return null;
    }

    /** Whether a word is a role or ends with one of two syllables or more (명예교수, 수석연구원). */
    static boolean endsWithRole(String word) {
        if (ROLE_WORDS.contains(word)) {
            return true;
        }
        for (int i = Math.max(1, word.length() - 6); i + 2 <= word.length(); i++) { // roles are short
            if (ROLE_WORDS.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a string is made only of symbols (currency, mathematical, other) and spaces. */
    static boolean isSymbol(String p) {
        boolean any = false;
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL) {
                any = true;
            } else if (!Character.isWhitespace(cp)) {
                return false;
            }
        }
        return any;
    }

    /** Whether a Latin string reads as a clause rather than a name. */
    static boolean isLatinClause(String p) {
        String[] words = p.trim().split("\\s+");
        if (words.length >= 9) {
            return true;
        }
        if (words.length < 5) {
            return false;
        }
        if (SENTENCE_END.matcher(p.trim()).find() && !p.trim().endsWith("Inc.") && !p.trim().endsWith("Co.")) {
            return true;
        }
        for (String w : words) {
            if (CLAUSE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))) {
                return true;
            }
        }
        return false;
    }

    static String lastWord(String p) {
        String t = p.strip();
        int sp = t.lastIndexOf(' ');
        return sp < 0 ? t : t.substring(sp + 1);
    }
}
