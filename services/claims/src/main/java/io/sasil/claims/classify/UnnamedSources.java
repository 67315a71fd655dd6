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

    private UnnamedSources() {
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
