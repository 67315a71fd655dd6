package io.sasil.claims.classify;

import java.util.Map;

/**
 * The fixed vocabulary of unnamed sources. A speaker phrase whose head noun (plural {@code 들} removed) is
 * listed here is reported as {@code unnamed <group>}, with the country of a qualifying word before it:
 * {@code 전문가들은} → {@code unnamed experts}, {@code 미국 언론들은} → {@code unnamed US media},
 * {@code 정부 관계자는} → {@code unnamed official}.
 */
public final class UnnamedSources {

    /** Head noun → English group name. */
    public static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("전문가", "experts"),
            Map.entry("관계자", "official"),
            Map.entry("당국자", "official"),
            Map.entry("고위 관계자", "official"),
            Map.entry("소식통", "source"),
            Map.entry("언론", "media"),
            Map.entry("매체", "media"),
            Map.entry("외신", "foreign media"),
            Map.entry("업계", "industry sources"),
            Map.entry("분석가", "analysts"),
            Map.entry("애널리스트", "analysts"),
            Map.entry("학계", "academics"),
            Map.entry("학자", "academics"),
            Map.entry("과학자", "scientists"),
            Map.entry("연구자", "researchers"),
            Map.entry("연구진", "researchers"),
            Map.entry("시장", "market sources"),
            Map.entry("측근", "aide"),
            Map.entry("주민", "residents"),
            Map.entry("목격자", "witnesses"),
            Map.entry("네티즌", "netizens"),
            Map.entry("누리꾼", "netizens"),
            Map.entry("관리", "official"),
            Map.entry("일각", "commentators"));

    /** Qualifying word → country or region, as an English adjective. */
    public static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("미국", "US"),
            Map.entry("중국", "Chinese"),
            Map.entry("일본", "Japanese"),
            Map.entry("한국", "Korean"),
            Map.entry("대한민국", "Korean"),
            Map.entry("국내", "Korean"),
            Map.entry("북한", "North Korean"),
            Map.entry("영국", "UK"),
            Map.entry("유럽", "European"),
            Map.entry("러시아", "Russian"),
            Map.entry("독일", "German"),
            Map.entry("프랑스", "French"),
            Map.entry("해외", "foreign"),
            Map.entry("인도네시아", "Indonesian"),
            Map.entry("인도", "Indian"),
            Map.entry("캐나다", "Canadian"),
            Map.entry("호주", "Australian"),
            Map.entry("이탈리아", "Italian"),
            Map.entry("스페인", "Spanish"),
            Map.entry("우크라이나", "Ukrainian"),
            Map.entry("핀란드", "Finnish"),
            Map.entry("대만", "Taiwanese"),
            Map.entry("베트남", "Vietnamese"),
            Map.entry("이스라엘", "Israeli"),
            Map.entry("이란", "Iranian"),
            Map.entry("브라질", "Brazilian"),
            Map.entry("멕시코", "Mexican"));

    /** The head of a phrase with the indefinite {@code 한} ({@code 한 인권 단체}) → English. */
    public static final Map<String, String> INDEFINITE_HEADS = Map.ofEntries(
            Map.entry("단체", "group"),
            Map.entry("기관", "agency"),
            Map.entry("기업", "company"),
            Map.entry("업체", "company"),
            Map.entry("회사", "company"),
            Map.entry("병원", "hospital"),
            Map.entry("대학", "university"),
            Map.entry("연구소", "institute"),
            Map.entry("의원", "lawmaker"),
            Map.entry("외교관", "diplomat"),
            Map.entry("관계자", "official"),
            Map.entry("당국자", "official"),
            Map.entry("관리", "official"),
            Map.entry("전문가", "expert"),
            Map.entry("소식통", "source"),
            Map.entry("매체", "media outlet"),
            Map.entry("언론", "media outlet"),
            Map.entry("방송", "broadcaster"),
            Map.entry("신문", "newspaper"));

    /** Words that say what an unnamed body does ({@code 인권 단체}) → English. */
    public static final Map<String, String> QUALIFIERS = Map.ofEntries(
            Map.entry("인권", "human rights"),
            Map.entry("시민", "civic"),
            Map.entry("환경", "environmental"),
            Map.entry("노동", "labour"),
            Map.entry("소비자", "consumer"),
            Map.entry("여성", "women's"),
            Map.entry("종교", "religious"),
            Map.entry("연구", "research"),
            Map.entry("금융", "financial"),
            Map.entry("보안", "security"),
            Map.entry("정부", "government"),
            Map.entry("국제", "international"),
            Map.entry("의료", "medical"),
            Map.entry("경제", "economic"),
            Map.entry("정치", "political"));

    private UnnamedSources() {
    }

    /**
     * The label of a phrase with the indefinite {@code 한}, "a certain …": {@code 미국의 한 인권 단체} →
     * {@code unnamed US human rights group}; null when its head is not in {@link #INDEFINITE_HEADS} or a
     * word between {@code 한} and the head is not in {@link #QUALIFIERS}.
     */
    public static String indefinite(java.util.List<String> words) {
        int one = words.indexOf("한");
        if (one < 0 || one == words.size() - 1) {
            return null;
        }
        String head = words.get(words.size() - 1);
        String group = INDEFINITE_HEADS.get(head.endsWith("들") ? head.substring(0, head.length() - 1) : head);
        if (group == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("unnamed ");
        for (int k = one - 1; k >= 0; k--) {
            String country = COUNTRIES.get(words.get(k));
            if (country != null) {
                b.append(country).append(' ');
                break;
            }
        }
        for (String w : words.subList(one + 1, words.size() - 1)) {
            String q = QUALIFIERS.get(w);
            if (q == null) {
                return null;
            }
            b.append(q).append(' ');
        }
        return b.append(group).toString();
    }

    /**
     * The unnamed-source label of a speaker phrase given as its words (particle already removed), or null
     * when its head is not an unnamed group.
     */
    public static String label(java.util.List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        if (head.endsWith("들")) {
            head = head.substring(0, head.length() - 1);
        }
        String group = GROUPS.get(head);
        if (group == null) {
            for (Map.Entry<String, String> e : GROUPS.entrySet()) {
                // compounds such as 업계관계자, 정부관계자
                if (head.length() > e.getKey().length() && head.endsWith(e.getKey()) && e.getKey().length() >= 2) {
                    group = e.getValue();
                    head = head.substring(0, head.length() - e.getKey().length());
                    String country = COUNTRIES.get(head);
                    return "unnamed " + (country != null ? country + " " : "") + group;
                }
            }
            return null;
        }
        String country = null;
        for (int k = words.size() - 2; k >= 0 && country == null; k--) {
            country = COUNTRIES.get(words.get(k));
        }
        return "unnamed " + (country != null ? country + " " : "") + group;
    }
}
