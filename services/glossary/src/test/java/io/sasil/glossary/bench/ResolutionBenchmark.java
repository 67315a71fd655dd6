package io.sasil.glossary.bench;

import io.sasil.glossary.termbase.MentionMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Mention finding throughput with a term base of 100,000 synthetic entries, against Nori tokenisation of the same
 * text.
 *
 * <p>Entries (fixed seed): 60% Hangul terms of 2–6 syllables drawn from frequent news syllables, some with a space;
 * 20% Latin names and acronyms (2–5 upper-case letters, camel-case words, model names with digits); 20% mixed
 * (Hangul + acronym, as 오픈AI). Each entry has two labels, as a glossed term has; the real terms of the text are
 * added too, so that the text has mentions.
 *
 * <p>Usage: {@code ResolutionBenchmark [text-file]}; without a file, the test resource
 * {@code termbase/bench-article.txt} (a Korean article written for this project) repeated to about 2 MB.
 */
public final class ResolutionBenchmark {

    private static final String SYLLABLES = "가고구기나노누다도두라로리마모무미바보부비사소수시아오우이자조주지차초카코타토"
            + "파포하호한국인공지능기술산업정부시장경제개발투자연구센터반도체모델서비스데이터플랫폼전략협력";

    private ResolutionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String base;
        if (args.length > 0 && !args[0].isBlank()) {
            base = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } else {
            try (InputStream in = ResolutionBenchmark.class.getResourceAsStream("/termbase/bench-article.txt")) {
                base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        StringBuilder sb = new StringBuilder();
        while (sb.length() * 3 < 2_000_000) {
            sb.append(base).append('\n');
        }
        String text = sb.toString();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;

        long t0 = System.nanoTime();
        Map<String, Long> labels = syntheticLabels(100_000);
        long t1 = System.nanoTime();
        MentionMatcher matcher = MentionMatcher.of(labels);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "labels: %d (%d entries), matcher build %.0f ms (label generation %.0f ms)%n",
                matcher.size(), 100_000 + REAL.size(), (t2 - t1) / 1e6, (t1 - t0) / 1e6);

        int mentions = 0;
        for (int i = 0; i < 3; i++) {
            mentions = matcher.find(text).size();
        }
        int rounds = 5;
        long s = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            mentions = matcher.find(text).size();
        }
        double findSec = (System.nanoTime() - s) / 1e9 / rounds;
        System.out.printf(Locale.ROOT, "text: %.2f MB UTF-8, %d mentions%n", mb, mentions);
        System.out.printf(Locale.ROOT, "mention finding: %.2f MB/s (%.1f ms per pass)%n", mb / findSec, findSec * 1e3);

        for (int i = 0; i < 1; i++) {
            tokenize(text);
        }
        s = System.nanoTime();
        int tokens = 0;
        int noriRounds = 2;
        for (int i = 0; i < noriRounds; i++) {
            tokens = tokenize(text);
        }
        double noriSec = (System.nanoTime() - s) / 1e9 / noriRounds;
        System.out.printf(Locale.ROOT, "Nori tokenisation: %.2f MB/s (%.1f ms per pass, %d tokens)%n", mb / noriSec,
                noriSec * 1e3, tokens);
        System.out.printf(Locale.ROOT, "ratio: mention finding is %.1fx Nori%n", noriSec / findSec);
    }

    private static final List<String> REAL = List.of("엔비디아", "NVIDIA", "딥시크", "DeepSeek", "오픈AI",
            "오픈에이아이", "GPT-4", "인공지능", "AI", "그래픽처리장치", "GPU", "고대역폭메모리", "HBM", "챗GPT",
            "대규모언어모델", "LLM", "스타게이트", "오픈소스", "라마", "Llama", "빅테크", "Big Tech", "량원펑", "梁文鋒",
            "타산지석", "他山之石", "삼성전자", "SK하이닉스", "과학기술정보통신부", "네이버", "카카오", "구글", "메타");

    static Map<String, Long> syntheticLabels(int entries) {
        Random r = new Random(42);
        Map<String, Long> labels = new LinkedHashMap<>();
        long id = 1;
        for (String real : REAL) {
            labels.put(real, id++);
        }
        while (id <= entries + REAL.size()) {
            int kind = r.nextInt(10);
            String korean = hangul(r, 2 + r.nextInt(5));
            if (r.nextInt(8) == 0) {
                korean = korean + " " + hangul(r, 2 + r.nextInt(3));
            }
            String second;
            if (kind < 6) {
                second = latinWord(r) + (r.nextBoolean() ? " " + latinWord(r) : "");
            } else if (kind < 8) {
                korean = acronym(r) + (r.nextInt(3) == 0 ? "-" + (1 + r.nextInt(9)) : "");
                second = latinWord(r) + latinWord(r);
            } else {
                korean = hangul(r, 2 + r.nextInt(3)) + acronym(r);
                second = latinWord(r) + acronym(r);
            }
            if (labels.putIfAbsent(korean, id) == null) {
                labels.putIfAbsent(second, id);
                id++;
            }
        }
        return labels;
    }

    private static String hangul(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES.charAt(r.nextInt(SYLLABLES.length())));
        }
        return b.toString();
    }

    private static String acronym(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static String latinWord(Random r) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            char c = consonants.charAt(r.nextInt(consonants.length()));
            b.append(i == 0 ? Character.toUpperCase(c) : c).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        return b.toString();
    }

    static int tokenize(String text) throws IOException {
        int n = 0;
        try (KoreanTokenizer t = new KoreanTokenizer()) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            t.end();
        }
        return n;
    }
}
