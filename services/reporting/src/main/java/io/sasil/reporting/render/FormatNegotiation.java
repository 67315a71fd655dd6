package io.sasil.reporting.render;

import io.sasil.common.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses a report format from the {@code format} query parameter and the {@code Accept} header.
 *
 * <p>Rules: a non-blank {@code format} wins and must name an offered format (else 400). Otherwise each offered
 * format gets the quality of the most specific {@code Accept} range that matches its media type
 * ({@code type/subtype} over {@code type/*} over {@code *}{@code /*}; {@code q} defaults to 1; {@code q=0}
 * excludes); the highest quality wins, ties going to the range written first, then to the offered order
 * (JSON first). No {@code Accept} header means JSON. Nothing acceptable is a 406. At most 64 ranges of an
 * {@code Accept} header are read.
 */
public final class FormatNegotiation {

    private static final int MAX_RANGES = 64;

    private FormatNegotiation() {
    }

    /**
     * The format to render.
     *
     * @param format  the {@code format} query parameter, or null
     * @param accept  the {@code Accept} header, or null
     * @param offered the formats this report can be rendered in, in order of preference
     * @throws ProblemException 400 for an unknown or unoffered {@code format}, 406 when no offered format is
     *                          acceptable
     */
    public static ReportFormat choose(String format, String accept, List<ReportFormat> offered) {
        if (format != null && !format.isBlank()) {
            ReportFormat f = ReportFormat.ofParameter(format).filter(offered::contains)
                    .orElseThrow(() -> ProblemException.invalidField("format", "'" + format.strip()
                            + "' is not one of " + offered.stream().map(ReportFormat::parameter).toList()));
            return f;
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String[] ranges = accept.split(",", MAX_RANGES + 1);
        ReportFormat best = null;
        double bestQ = 0;
        int bestPos = Integer.MAX_VALUE;
        for (ReportFormat f : offered) {
            double q = -1;
            int specificity = -1;
            int pos = Integer.MAX_VALUE;
            for (int i = 0; i < Math.min(ranges.length, MAX_RANGES); i++) {
                String[] parts = ranges[i].split(";");
                String range = parts[0].strip().toLowerCase(Locale.ROOT);
                int s = matches(range, f.mediaType());
                if (s > specificity) {
                    specificity = s;
                    q = quality(parts);
                    pos = i;
                }
            }
            if (q > bestQ || (q == bestQ && q > 0 && pos < bestPos)) {
                best = f;
                bestQ = q;
                bestPos = pos;
            }
        }
        if (best == null) {
            throw new ProblemException(406, "not-acceptable", "Not acceptable", "this report is served as "
                    + String.join(", ", offered.stream().map(ReportFormat::mediaType).toList())
                    + "; the Accept header '" + abbreviate(accept) + "' allows none of them");
        }
        return best;
    }

    /** The formats of a document report. */
    public static final List<ReportFormat> DOCUMENT = List.of(ReportFormat.JSON, ReportFormat.MARKDOWN,
            ReportFormat.HTML, ReportFormat.CSV, ReportFormat.JSONLD);

    /** The formats of a corpus report. */
    public static final List<ReportFormat> CORPUS = List.of(ReportFormat.JSON, ReportFormat.MARKDOWN,
            ReportFormat.HTML, ReportFormat.CSV);

    private static final Set<String> WILDCARDS = Set.of("*", "*/*");

    /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
    private static int matches(String range, String mediaType) {
        if (WILDCARDS.contains(range)) {
            return 0;
        }
        if (range.equals(mediaType)) {
            return 2;
        }
        int slash = mediaType.indexOf('/');
        return range.endsWith("/*") && range.substring(0, range.length() - 2).equals(mediaType.substring(0, slash))
                ? 1 : -1;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return Double.isNaN(q) ? 0 : Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
