package io.sasil.claims.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Korean words that name the event or measure a quantity is about, each mapped to a canonical measure:
 * 설립·창업·창립·출범 → {@code founding}; 출시·내놓·선보·발매 → {@code release}; 매출 → {@code revenue};
 * 직원·임직원 → {@code employees}; … Longer forms win over shorter ones at the same place ({@code 연구 인력}
 * over {@code 인력}).
 *
 * <p>Each form is a verbal noun (출시, used with 하다/되다) or a verb stem (내놓, 선보); the distinction decides
 * whether a following 은/는 is a topic particle or a modifier ending (see {@link EventFacts}).
 */
final class PredicateLexicon {

    /**
     * A form found in the text.
     *
     * @param start    code point offset
     * @param end      end, exclusive
     * @param form     the form as listed
     * @param measure  the canonical measure
     * @param verbStem whether the form is a verb stem rather than a noun
     */
    record Match(int start, int end, String form, String measure, boolean verbStem) {
    }

    private record Form(String form, String measure, boolean verbStem) {
    }

    /** Dated events: the measure names what happened at the date. */
    private static final Map<String, List<String>> EVENTS = Map.ofEntries(
            Map.entry("founding", List.of("설립", "창업", "창립", "출범", "개교", "개원")),
            Map.entry("release", List.of("출시", "발매", "출간", "개봉", "론칭", "런칭")),
            Map.entry("inauguration", List.of("취임")),
            Map.entry("introduction", List.of("도입")),
            Map.entry("abolition", List.of("폐기", "폐지")),
            Map.entry("launch", List.of("발사")),
            Map.entry("listing", List.of("상장")),
            Map.entry("acquisition", List.of("인수")),
            Map.entry("merger", List.of("합병")),
            Map.entry("opening", List.of("개통", "개장", "개관")),
            Map.entry("completion", List.of("완공", "준공")),
            Map.entry("death", List.of("별세", "사망", "타계")),
            Map.entry("enforcement", List.of("시행")));

    /** Verb stems of dated events. */
    private static final Map<String, List<String>> EVENT_STEMS = Map.of(
            "founding", List.of("세운", "세웠", "세워"),
            "release", List.of("내놓", "내놨", "선보", "선뵌"));

    /** Measures: the noun that names what a number counts. */
    private static final Map<String, List<String>> MEASURES = Map.ofEntries(
            Map.entry("revenue", List.of("매출", "매출액")),
            Map.entry("operating-profit", List.of("영업이익")),
            Map.entry("net-profit", List.of("순이익", "당기순이익")),
            Map.entry("employees", List.of("직원", "임직원", "종업원", "전 직원")),
            Map.entry("staff", List.of("인력")),
            Map.entry("research-staff", List.of("연구 인력", "연구인력", "연구원", "연구진")),
            Map.entry("development-staff", List.of("개발 인력", "개발인력", "개발자", "엔지니어")),
            Map.entry("subscribers", List.of("가입자")),
            Map.entry("users", List.of("이용자", "사용자")),
            Map.entry("population", List.of("인구")),
            Map.entry("market-cap", List.of("시가총액", "시총")),
            Map.entry("valuation", List.of("기업가치", "기업 가치")),
            Map.entry("investment", List.of("투자액", "투자금", "투자 유치")),
            Map.entry("cost", List.of("비용", "원가")),
            Map.entry("price", List.of("가격", "판매가")),
            Map.entry("downloads", List.of("다운로드")),
            Map.entry("market-share", List.of("점유율")));

    private static final List<Form> FORMS = build();

    private PredicateLexicon() {
    }

    private static List<Form> build() {
        List<Form> forms = new ArrayList<>();
        EVENTS.forEach((m, list) -> list.forEach(f -> forms.add(new Form(f, m, false))));
        EVENT_STEMS.forEach((m, list) -> list.forEach(f -> forms.add(new Form(f, m, true))));
        MEASURES.forEach((m, list) -> list.forEach(f -> forms.add(new Form(f, m, false))));
        forms.sort(Comparator.comparingInt((Form f) -> -f.form().length()).thenComparing(Form::form));
        return List.copyOf(forms);
    }

    /** Whether the measure is a dated event (founding, release, …) rather than a counted measure. */
    static boolean isEvent(String measure) {
        return EVENTS.containsKey(measure);
    }

    /**
     * Every form in {@code text}, whose first code point is at offset {@code base}; where forms overlap at one
     * start, only the longest. Forms are Hangul or spaces only, so char and code point counts agree inside them.
     */
    static List<Match> find(String text, int base) {
        List<Match> out = new ArrayList<>();
        int cp = base;
        for (int i = 0; i < text.length(); ) {
            for (Form f : FORMS) {
                if (text.startsWith(f.form(), i)) {
                    out.add(new Match(cp, cp + f.form().length(), f.form(), f.measure(), f.verbStem()));
                    break;
                }
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            cp++;
        }
        return out;
    }
}
