package io.sasil.claims.bench;

import io.sasil.claims.quantity.QuantityParser;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latency and throughput of {@link QuantityParser#parse} on 1 KB (UTF-8) Korean news-like texts
 * assembled from sentences written for this benchmark (a fixed seed makes runs comparable).
 * Reports wall-clock latency and, because the build machine is shared, thread CPU time too. Single thread; 3,000 warm-up parses, then {@code iterations} timed parses (default 20,000).
 *
 * <p>Usage: {@code QuantityBenchmark [iterations]}.
 */
public final class QuantityBenchmark {

    /** Sentences written for the benchmarks (also used by {@link QuantitiesHttpBenchmark}). */
    static final String[] SENTENCES = {
        "정부는 올해 반도체 지원 예산으로 약 4조 7천억 원을 편성했다고 지난 3일 밝혔다.",
        "수출액은 지난해 같은 기간보다 12.4% 늘어난 612억 3,000만 달러로 집계됐다.",
        "실업률은 3.1%로 전월 대비 0.2%포인트 하락했다.",
        "행사에는 시민 1,200여 명이 참석했고 두 시간 동안 진행됐다.",
        "회사 측은 2026년 상반기까지 공장 세 곳을 새로 짓겠다고 말했다.",
        "서울 낮 최고기온은 섭씨 31도, 부산은 29도로 예보됐다.",
        "피해 면적은 약 350ha로 축구장 490개 크기에 달한다.",
        "그는 1978년생으로 지난 2019년 최연소 장관에 올랐다.",
        "이 사업에는 최대 300명까지 지원할 수 있으며 신청은 오는 15일 오후 6시까지다.",
        "조사 대상 가운데 10분의 1이 넘는 기업이 적자를 냈다.",
        "환율은 달러당 1,380원 안팎에서 움직였다.",
        "대회 마지막 날 그는 세 번째 시도에서 2m 31cm를 넘어 1위를 차지했다.",
        "원유 재고는 주간 기준 420만 배럴 감소했다.",
        "이번 조치로 연간 2,500만 톤의 탄소 배출이 줄어들 것으로 보인다.",
        "주 52시간제 도입 이후 근로시간은 평균 1.8시간 줄었다.",
        "그 결과 응답자의 절반 이상이 현 정책에 반대했다.",
    };

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            StringBuilder b = new StringBuilder();
            while (b.toString().getBytes(StandardCharsets.UTF_8).length < 1024) {
                b.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            texts.add(b.toString());
        }
        QuantityParser parser = new QuantityParser();
        OffsetDateTime ref = OffsetDateTime.parse("2025-02-03T09:00+09:00");
        long sink = 0;
        for (int k = 0; k < 3000; k++) {
            sink += parser.parse(texts.get(k % texts.size()), ref).size();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[iterations];
        long[] nanos = new long[iterations];
        long bytes = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < iterations; k++) {
            String text = texts.get(k % texts.size());
            long c = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            sink += parser.parse(text, ref).size();
            nanos[k] = System.nanoTime() - s;
            cpu[k] = mx.getCurrentThreadCpuTime() - c;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        long total = System.nanoTime() - t0;
        long cpuTotal = Arrays.stream(cpu).sum();
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("texts: %d x ~%d bytes, iterations: %d, quantities found: %d%n", texts.size(),
                texts.get(0).getBytes(StandardCharsets.UTF_8).length, iterations, sink);
        System.out.printf("p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", nanos[iterations / 2] / 1e6,
                nanos[(int) (iterations * 0.99)] / 1e6, nanos[iterations - 1] / 1e6);
        System.out.printf("thread CPU time per parse: p50 %.3f ms, p99 %.3f ms; %.2f MB/s per core of CPU time%n",
                cpu[iterations / 2] / 1e6, cpu[(int) (iterations * 0.99)] / 1e6, bytes / 1e6 / (cpuTotal / 1e9));
        System.out.printf("wall-clock throughput %.2f MB/s (single thread, including timing overhead)%n", bytes / 1e6 / (total / 1e9));
    }
}
