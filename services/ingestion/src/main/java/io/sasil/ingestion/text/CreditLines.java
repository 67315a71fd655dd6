package io.sasil.ingestion.text;

import io.sasil.common.contract.ArticleMetadata.Credit;
import io.sasil.common.text.CodePoints;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of an article that credit rather than tell, so that they are kept as metadata
 * and not analysed as sentences. Rules, each applied per line (lines of at most
 * {@value #MAX_CREDIT_LINE} characters for whole-line rules):
 * <ol>
 *   <li><b>byline</b>: a line made only of reporter credits ({@code 김민수 기자},
 *       {@code 예시일보 김민수·이지은 기자}, {@code 글=김민수 기자, 사진=이지은 기자}, {@code [김민수 특파원]}), e-mail
 *       addresses, time stamps ({@code 입력 2024.11.03 09:30}, {@code 수정 2024-11-03 10:15},
 *       {@code 기사입력 2024.11.03. 오전 9:30}, {@code 승인}, {@code 등록}, {@code 업데이트}) and
 *       separators ({@code | ㅣ / · , ;} brackets), with at least one credit or stamp;</li>
 *   <li><b>dateline</b>: the head of a paragraph {@code (서울=연합뉴스) 김민수 기자 = },
 *       {@code 【세종=뉴시스】}, {@code [예시일보=김민수 기자]}: cut, the rest of the paragraph kept;</li>
 *   <li><b>byline</b> at the end of a paragraph after its last sentence: {@code … 밝혔다. /김민수 기자},
 *       {@code … 밝혔다. 김민수 기자 minsu@example.kr};</li>
 *   <li><b>photo</b>: a line that is only a photo credit ({@code 사진=예시일보 DB}, {@code [사진 제공=예시시]}),
 *       or such a credit at the end of a caption ({@code … 시민들. /사진=연합뉴스});</li>
 *   <li><b>copyright</b>: a line with {@code ⓒ © (c) Copyright All rights reserved 무단 전재 재배포 금지 무단 복제}
 *       that does not end like a sentence ({@code …다.}).</li>
 * </ol>
 * From the credits: authors (names without role, in order, once each), the first 입력/등록/송고/발행
 * stamp as publication time, the last 수정/업데이트 stamp as modification time (read in the
 * newsroom's zone), and a dateline's agency ({@code 연합뉴스}). Cuts take a whole line with its line
 * break. Linear in the text (each line is matched by bounded patterns). Stateless.
 */
public final class CreditLines {

    /** Longest line that can be a credit line as a whole. */
    public static final int MAX_CREDIT_LINE = 200;

    private static final String NAME = "[가-힣]{2,4}";
    private static final String NAMES = NAME + "(?:\\s*[·,、ㆍ]\\s*" + NAME + ")*";
    /** Names in a dateline, where reporters are also listed with spaces only ({@code 김민수 이지은 기자 =}). */
    private static final String DATELINE_NAMES = NAME + "(?:\\s*[·,、ㆍ]\\s*" + NAME + "|\\s+" + NAME + "){0,5}";
    private static final String ROLE = "(?:선임기자|전문기자|객원기자|인턴기자|수습기자|기자|특파원|논설위원|편집위원|통신원|리포터|에디터|앵커)";
    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+";
    private static final String ROLE_PREFIX = "(?:(?:글|사진|영상|그래픽|취재|정리)\\s*[=:]\\s*)?";
    private static final String REPORTER = ROLE_PREFIX + "(?:[가-힣A-Za-z0-9]{2,12}\\s+)?(" + NAMES + ")\\s*" + ROLE
            + "(?![가-힣])(?:\\s*[(<]?\\s*" + EMAIL + "\\s*[)>]?)?";
    private static final String DATE = "\\d{4}\\s*[.\\-/년]\\s*\\d{1,2}\\s*[.\\-/월]\\s*\\d{1,2}\\s*[.일]?"
            + "(?:\\s*[(\\[]?[월화수목금토일][)\\]]?)?(?:\\s*(?:오전|오후|AM|PM)?\\s*\\d{1,2}\\s*[:시]\\s*\\d{1,2}\\s*분?(?:\\s*:\\s*\\d{2})?)?";
    private static final String STAMP_WORD = "(?:기사\\s*)?(입력|등록|송고|발행|게재|작성|승인|최종\\s*수정|수정|업데이트)(?:\\s*시간|\\s*일시|\\s*일)?";
    private static final String STAMP = STAMP_WORD + "\\s*[:：]?\\s*(" + DATE + ")";
    private static final String SEP = "[|ㅣ/·,;\\[\\]()【】<>]";

    private static final Pattern SEGMENT = Pattern.compile(
            "\\s*(?:" + STAMP + "|" + REPORTER + "|" + EMAIL + "|" + SEP + ")\\s*");
    private static final Pattern REPORTER_P = Pattern.compile(REPORTER);
    private static final Pattern STAMP_P = Pattern.compile(STAMP);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[\\[(【〔]\\s*[가-힣]{1,8}\\s*=\\s*([가-힣A-Za-z0-9]{2,12})\\s*[\\])】〕]\\s*(?:(" + DATELINE_NAMES + ")\\s*" + ROLE
                    + "\\s*(?:[=:]\\s*)?)?");
    private static final Pattern BRACKET_BYLINE = Pattern.compile(
            "^\\s*[\\[【]\\s*(?:([가-힣A-Za-z0-9]{2,12})\\s*[=\\s]\\s*)?(" + NAMES + ")\\s*" + ROLE + "\\s*[\\]】]\\s*");
    private static final Pattern TRAILING_BYLINE = Pattern.compile(
            "(?<=[.!?。”’\"'])\\s*/?\\s*(" + NAMES + ")\\s*" + ROLE + "(?:\\s*[(<]?\\s*" + EMAIL + "\\s*[)>]?)?\\s*$");
    private static final Pattern SLASH_BYLINE = Pattern.compile(
            "\\s*/\\s*(" + NAMES + ")\\s*" + ROLE + "(?:\\s*[(<]?\\s*" + EMAIL + "\\s*[)>]?)?\\s*$");
    private static final Pattern PHOTO_LINE = Pattern.compile(
            "^[/\\[(<〈]?\\s*(?:자료\\s*사진|사진|그래픽|자료|이미지|영상|일러스트)(?:\\s*제공)?\\s*[=:：]\\s*[^=]{1,40}?[\\])>〉]?$");
    private static final Pattern PHOTO_SUFFIX = Pattern.compile(
            "\\s*[/\\[(]\\s*(?:사진|그래픽|자료|영상)(?:\\s*제공)?\\s*=\\s*[^\\])/=]{1,30}[\\])]?\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "ⓒ|©|\\(c\\)|copyright|all rights reserved|무단\\s*전재|재배포\\s*금지|무단\\s*복제", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[가-힣]다[.!?]?[”\"’']?\\s*$");
    private static final Set<String> PUBLISHED_WORDS = Set.of("입력", "등록", "송고", "발행", "게재", "작성", "승인");

    /**
     * What was found.
     *
     * @param cut       the text without its credits, with the map back to the original
     * @param credits   the credits, offsets in code points of the original
     * @param authors   reporter names, in order, once each
     * @param published the first publication stamp, if any
     * @param modified  the last modification stamp, if any
     * @param agency    the agency of the first dateline ({@code 연합뉴스}), or null
     */
    public record Result(CutText cut, List<Credit> credits, List<String> authors, Optional<StatedTime> published,
            Optional<StatedTime> modified, String agency) {
    }

    /** The credits of {@code text}; dates without an offset are read in {@code zone}. */
    public Result find(String text, ZoneId zone) {
        CodePoints.Index index = CodePoints.index(text);
        List<Credit> credits = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        StatedTime[] published = new StatedTime[1];
        StatedTime[] modified = new StatedTime[1];
        String agency = null;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            String line = text.substring(lineStart, contentEnd);
            String kind = wholeLineKind(line);
            if (kind != null) {
                int cutStart = lineStart;
                int cutEnd = nl < 0 ? n : nl + 1;
                if (nl < 0 && lineStart > 0) {
                    cutStart = lineStart - 1; // the last line: take the line break before it
                    if (cutStart > 0 && text.charAt(cutStart - 1) == '\r') {
                        cutStart--;
                    }
                }
                add(credits, index, kind, line.strip(), cutStart, cutEnd);
                harvest(line, zone, authors, published, modified);
            } else if (!line.isBlank()) {
                Matcher d = DATELINE.matcher(line);
                Matcher b = BRACKET_BYLINE.matcher(line);
                int headEnd = 0;
                if (d.find() && d.end() < line.length()) {
                    headEnd = d.end();
                    if (agency == null) {
                        agency = d.group(1);
                    }
                    addNames(d.group(2), authors);
                } else if (b.find() && b.end() < line.length()) {
                    headEnd = b.end();
                    addNames(b.group(2), authors);
                }
                if (headEnd > 0) {
                    add(credits, index, "dateline", line.substring(0, headEnd).strip(), lineStart,
                            lineStart + headEnd);
                }
                String rest = line.substring(headEnd);
                Matcher t = TRAILING_BYLINE.matcher(rest);
                Matcher s = SLASH_BYLINE.matcher(rest);
                Matcher p = PHOTO_SUFFIX.matcher(rest);
                Matcher tail = t.find() ? t : s.find() ? s : null;
                if (tail != null && tail.start() > 0) {
                    addNames(tail.group(1), authors);
                    add(credits, index, "byline", rest.substring(tail.start()).strip(),
                            lineStart + headEnd + tail.start(), lineStart + headEnd + rest.length());
                } else if (p.find() && p.start() > 0) {
                    add(credits, index, "photo", rest.substring(p.start()).strip(),
                            lineStart + headEnd + p.start(), lineStart + headEnd + rest.length());
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        List<int[]> cpCuts = new ArrayList<>();
        for (Credit c : credits) {
            cpCuts.add(new int[] {c.start(), c.end()});
        }
        return new Result(new CutText(text, cpCuts), List.copyOf(credits), List.copyOf(authors),
                Optional.ofNullable(published[0]), Optional.ofNullable(modified[0]), agency);
    }

    /**
     * Reads authors and stamps from lines that are not part of the text (an HTML header dropped
     * before extraction), without cutting anything.
     */
    public Result harvest(List<String> lines, ZoneId zone) {
        Set<String> authors = new LinkedHashSet<>();
        StatedTime[] published = new StatedTime[1];
        StatedTime[] modified = new StatedTime[1];
        for (String line : lines) {
            for (String l : line.split("\n")) {
                if (wholeLineKind(l) != null) {
                    harvest(l, zone, authors, published, modified);
                }
            }
        }
        return new Result(new CutText("", List.of()), List.of(), List.copyOf(authors),
                Optional.ofNullable(published[0]), Optional.ofNullable(modified[0]), null);
    }

    /** {@code byline}, {@code photo}, {@code copyright} when the whole line is a credit, else null. */
    static String wholeLineKind(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_CREDIT_LINE) {
            return null;
        }
        if (COPYRIGHT.matcher(s).find() && !SENTENCE_END.matcher(s).find()) {
            return "copyright";
        }
        if (PHOTO_LINE.matcher(s).matches()) {
            return "photo";
        }
        return isBylineLine(s) ? "byline" : null;
    }

    /** A line covered by reporter credits, e-mails, stamps and separators, with a credit or stamp among them. */
    static boolean isBylineLine(String s) {
        Matcher m = SEGMENT.matcher(s);
        int at = 0;
        boolean credit = false;
        while (at < s.length()) {
            m.region(at, s.length());
            if (!m.lookingAt() || m.end() == at) {
                return false;
            }
            String segment = m.group().strip();
            if (segment.length() > 1 || (!segment.isEmpty() && Character.isLetter(segment.charAt(0)))) {
                credit |= REPORTER_P.matcher(segment).find() || STAMP_P.matcher(segment).find();
            }
            at = m.end();
        }
        return credit;
    }

    private static void harvest(String line, ZoneId zone, Set<String> authors, StatedTime[] published,
            StatedTime[] modified) {
        Matcher r = REPORTER_P.matcher(line);
        while (r.find()) {
            addNames(r.group(1), authors);
        }
        Matcher st = STAMP_P.matcher(line);
        while (st.find()) {
            String word = st.group(1).replaceAll("\\s+", "");
            Optional<StatedTime> time = PageDates.parse(st.group(2), zone);
            if (time.isEmpty()) {
                continue;
            }
            if (PUBLISHED_WORDS.contains(word)) {
                if (published[0] == null) {
                    published[0] = time.get();
                }
            } else {
                modified[0] = time.get();
            }
        }
    }

    private static void addNames(String names, Set<String> authors) {
        if (names == null) {
            return;
        }
        for (String name : names.split("[\\s·,、ㆍ]+")) {
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        }
    }

    private static void add(List<Credit> credits, CodePoints.Index index, String kind, String text,
            int charStart, int charEnd) {
        credits.add(new Credit(kind.toLowerCase(Locale.ROOT), text, index.toCodePoint(charStart),
                index.toCodePoint(charEnd)));
    }
}
