package io.sasil.reporting.testing;

import io.sasil.common.contract.ClaimType;
import io.sasil.common.contract.FactSubject;
import io.sasil.common.contract.GlossKind;
import java.util.ArrayList;
import java.util.List;

/** The test articles, written for these tests (emoji and a rare Hanja before the figures shift the offsets). */
public final class Articles {

    /** A plain article: a gloss, mentions, consistent percentage points and a part larger than its whole. */
    public static final long PLAIN = 1;
    /** An article whose every field tries to inject HTML, script, Markdown or CSV formulas. */
    public static final long HOSTILE = 2;
    /** An article glossary knows nothing about (404). */
    public static final long NO_GLOSSARY = 3;
    /** An article claims knows nothing about (404). */
    public static final long NO_CLAIMS = 4;

    /** A 12 KB article (UTF-8) with 120 claims, glosses, mentions and figures, for the benchmarks. */
    public static final long LARGE = 50;

    private Articles() {
    }

    public static ArticleBuilder plain() {
        String text = "🚀 새봄전자(Saebom Electronics)는 2019년 설립된 반도체 기업이다. 𠀀 올해 점유율은 52%로 지난해 37%보다 "
                + "15%포인트 올랐다고 업계는 전했다.\n새봄전자 직원은 120명이고 그중 연구 인력은 150명이다. 대표는 “내년엔 더 "
                + "성장한다”고 말했다.";
        return ArticleBuilder.of(PLAIN, text)
                .meta("새봄전자, 점유율 52% 🚀", "https://news.example/saebom", "테스트일보", "2025-02-03T09:00:00+09:00")
                .gloss("새봄전자", "Saebom Electronics", GlossKind.ENGLISH, 7L)
                .mention("새봄전자", 7, "새봄전자")
                .claim("새봄전자(Saebom Electronics)는 2019년 설립된 반도체 기업이다.", ClaimType.TEMPORAL, 0.71)
                .q("2019년", "2019", "DATE").subjects(7L)
                .fact("founding", new FactSubject("entry:7", "새봄전자", 7L), "date", "2019년").done()
                .claim("올해 점유율은 52%로 지난해 37%보다 15%포인트 올랐다고 업계는 전했다.", ClaimType.QUANTITY, 0.93)
                .q("52%", 52, "PERCENT").q("37%", 37, "PERCENT").q("15%포인트", 15, "PERCENT_POINT")
                .speaker("업계", "~전했다").done()
                .claim("새봄전자 직원은 120명이고 그중 연구 인력은 150명이다.", ClaimType.QUANTITY, 0.88)
                .q("120명", 120, "PERSON").q("150명", 150, "PERSON").subjects(7L)
                .fact("part-whole", null, "whole", "120명", "part", "150명").done();
    }

    public static ArticleBuilder hostile() {
        String text = "🦀 <script>alert(1)</script> 악성(惡性) 기사다. \"><img src=x onerror=alert(2)> 뒤에 </textarea> "
                + "{{r.document.id}} {#for x in y}{/for} 가격은 1,000원|2,000원이다.\n둘째 줄 \"인용\", 쉼표 & *별표* [링크](javascript:x).";
        return ArticleBuilder.of(HOSTILE, text)
                .meta("<script>alert('t')</script> & \"제목\" | 파이프", "javascript:alert(3)", "<b>악성</b>",
                        "2025-02-04T10:00:00+09:00")
                .gloss("악성", "惡性", GlossKind.HANJA, 9L)
                .mention("<script>", 10, "<img src=x onerror=alert(4)>")
                .claim("가격은 1,000원|2,000원이다.\n둘째 줄 \"인용\", 쉼표 & *별표* [링크](javascript:x).", ClaimType.QUANTITY, 0.8)
                .q("1,000원", 1000, "KRW").q("2,000원", 2000, "KRW")
                .speaker("=HYPERLINK(\"http://evil.example\")", "|파이프| <b>")
                .done();
    }

    public static ArticleBuilder noGlossary() {
        String text = "📈 지난달 수출은 12% 늘었다.";
        return ArticleBuilder.of(NO_GLOSSARY, text).meta("수출", "https://news.example/3", "테스트일보",
                "2025-03-01T09:00:00+09:00")
                .claim("지난달 수출은 12% 늘었다.", ClaimType.QUANTITY, 0.9).q("12%", 12, "PERCENT").done();
    }

    public static ArticleBuilder noClaims() {
        String text = "🌧 비가 온다(雨).";
        return ArticleBuilder.of(NO_CLAIMS, text).meta("비", "https://news.example/4", "다른일보",
                "2025-03-02T09:00:00+09:00")
                .gloss("비가 온다", "雨", GlossKind.HANJA, null);
    }

    /** About 12 KB of UTF-8: 120 sentences with percentages, money, head counts and dates, glossed and mentioned. */
    public static ArticleBuilder large() {
        StringBuilder text = new StringBuilder("🚀 반도체 기업 한빛칩스(Hanbit Chips)와 누리랩(Nuri Lab)의 경쟁이 뜨겁다.\n");
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int a = 30 + i % 40;
            int b = 10 + i % 20;
            String s = switch (i % 4) {
                case 0 -> "한빛칩스의 " + (2000 + i) + "년 점유율은 " + a + "%로 누리랩의 " + b + "%보다 " + (a - b)
                        + "%포인트 높았다고 업계 관계자는 전했다.";
                case 1 -> "누리랩 직원은 " + (100 + i) + "명이고 그중 연구 인력은 " + (50 + i) + "명으로 알려졌다.";
                case 2 -> "한빛칩스는 " + (i + 1) + "분기 매출 " + (1000 + i) + "억 원을 기록했으며 이는 전년보다 "
                        + (i % 9 + 1) + "% 늘어난 수치다.";
                default -> "𠀀 누리랩은 " + (1990 + i % 30) + "년 설립된 뒤 " + (i % 12 + 1) + "월 " + (i % 27 + 1)
                        + "일 새 제품을 출시했다.";
            };
            sentences.add(s);
            text.append(s).append(i % 5 == 4 ? "\n" : " ");
        }
        ArticleBuilder a = ArticleBuilder.of(LARGE, text.toString())
                .meta("한빛칩스와 누리랩, 12KB 기사", "https://news.example/large", "테스트일보", "2025-02-03T09:00:00+09:00")
                .gloss("한빛칩스", "Hanbit Chips", GlossKind.ENGLISH, 31L).gloss("누리랩", "Nuri Lab", GlossKind.ENGLISH, 8L)
                .mention("한빛칩스", 31, "한빛칩스").mention("누리랩", 8, "누리랩");
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            ArticleBuilder.Claim c = a.claim(s, i % 4 == 3 ? ClaimType.TEMPORAL : ClaimType.QUANTITY, 0.5 + (i % 50) / 100.0);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(%포인트|%|명|억 원|년|분기|월|일)").matcher(s);
            while (m.find()) {
                String unit = switch (m.group(1)) {
                    case "%포인트" -> "PERCENT_POINT";
                    case "%" -> "PERCENT";
                    case "명" -> "PERSON";
                    case "억 원" -> "KRW";
                    case "년" -> "DATE";
                    default -> "COUNT";
                };
                String number = m.group().replaceAll("\\D.*", "");
                Object value = unit.equals("DATE") ? number : unit.equals("KRW") ? Long.parseLong(number) * 100_000_000L
                        : Long.parseLong(number);
                c.q(m.group(), value, unit);
            }
            // the facts the claims service reads in these sentences, so that the checks have their usual work
            FactSubject nuri = new FactSubject("entry:8", "누리랩", 8L);
            FactSubject hanbit = new FactSubject("entry:31", "한빛칩스", 31L);
            switch (i % 4) {
                case 0 -> c.fact("share", null, "share", (30 + i % 40) + "%");
                case 1 -> c.fact("employees", nuri, "value", (100 + i) + "명")
                        .fact("part-whole", null, "whole", (100 + i) + "명", "part", (50 + i) + "명");
                case 2 -> c.fact("revenue", hanbit, "value", (1000 + i) + "억 원");
                default -> c.fact("founding", nuri, "date", (1990 + i % 30) + "년");
            }
            c.subjects(i % 2 == 0 ? 31L : 8L).done();
        }
        return a;
    }
}
