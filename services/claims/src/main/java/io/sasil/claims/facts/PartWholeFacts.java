package io.sasil.claims.facts;

import io.sasil.common.contract.QuantityView;
import io.sasil.claims.facts.ClaimText.Q;
import io.sasil.common.contract.FactRole;
import io.sasil.common.contract.FactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parts and wholes. Within one claim, two counts in the same unit (PERSON; COUNT with the same counter; one
 * currency), at most four quantities apart, where one is the whole and the other a part of it
 * ({@code 직원 180명 가운데 연구 인력 139명}): a {@code part-whole} fact with the roles {@code whole} and {@code part}.
 *
 * <p>The earlier figure is the whole and the later the part when 그중, 이 중, 그 가운데, 이 가운데, 중에서 or a bare 중
 * stands between them; otherwise a figure right after a whole noun (직원, 임직원, 전체, 총, 회원, 인구, 응답자, …) is the
 * whole and one right after a subgroup noun (연구 인력, 연구원, 개발자, 여성, 정규직, …) is the part.
 */
final class PartWholeFacts {

    static final String PREDICATE = "part-whole";

    private static final List<String> MARKERS = List.of("그중", "그 중", "이 중", "이중", "그 가운데", "이 가운데",
            "중에서", "가운데");
    private static final List<String> WHOLE_NOUNS = List.of("임직원", "직원", "전체", "총", "모두", "전교생",
            "재학생", "인구", "회원", "구성원", "총원", "참가자", "응답자", "종업원");
    private static final List<String> PART_NOUNS = List.of("인력", "연구원", "연구진", "개발자", "엔지니어", "여성",
            "남성", "정규직", "비정규직", "계약직", "외국인", "임원", "신입", "박사", "석사", "학생");

    private PartWholeFacts() {
    }

    static List<FactView> read(ClaimText claim) {
        List<FactView> out = new ArrayList<>();
        List<Q> qs = claim.quantities();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size() && j <= i + 4; j++) {
                FactView f = pair(claim, qs.get(i), qs.get(j));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static FactView pair(ClaimText claim, Q a, Q b) {
        boolean sameUnit = a.unit().equals(b.unit()) && (a.unit().equals("PERSON")
                || (a.unit().equals("COUNT") && Objects.equals(a.quantity().counter(), b.quantity().counter()))
                || QuantityView.isMoney(a.unit()));
        if (!sameUnit || b.start() < a.end()) {
            return null;
        }
        String between = claim.slice(a.end(), b.start());
        String lead = between.strip();
        String marker = Words.first(between, MARKERS);
        if (marker == null && (between.contains(" 중 ") || lead.startsWith("중 ") || lead.startsWith("중에"))) {
            marker = "중";
        }
        if (marker != null) {
            return fact(marker, a, b);
        }
        String aWhole = nounBefore(claim, a, WHOLE_NOUNS);
        String bWhole = nounBefore(claim, b, WHOLE_NOUNS);
        String aPart = aWhole == null ? nounBefore(claim, a, PART_NOUNS) : null;
        String bPart = bWhole == null ? nounBefore(claim, b, PART_NOUNS) : null;
        if (aWhole != null && bPart != null) {
            return fact(aWhole, a, b);
        }
        if (bWhole != null && aPart != null) {
            return fact(bWhole, b, a);
        }
        return null;
    }

    private static FactView fact(String word, Q whole, Q part) {
        return new FactView(PREDICATE, word, null, List.of(),
                List.of(new FactRole(whole.index(), "whole"), new FactRole(part.index(), "part")));
    }

    /** The noun of {@code nouns} ending within 2 code points before the quantity (after the previous one), or null. */
    private static String nounBefore(ClaimText claim, Q q, List<String> nouns) {
        int from = Math.max(claim.previousQuantityEnd(q), q.start() - 10);
        String before = claim.slice(from, q.start()).stripTrailing();
        for (String n : nouns) {
            int at = before.lastIndexOf(n);
            if (at >= 0 && before.length() - (at + n.length()) <= 2) {
                return n;
            }
        }
        return null;
    }
}
