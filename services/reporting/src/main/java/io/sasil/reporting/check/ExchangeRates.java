package io.sasil.reporting.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reference yearly exchange rates: KRW per unit of a foreign currency, per year.
 *
 * <p>File format (CSV, UTF-8): lines starting with {@code #} are comments; a header {@code currency,year,krw,per};
 * then one row per currency and year, {@code krw} won for {@code per} units ({@code JPY,2024,900.9,100}). The
 * shipped file is {@value #DEFAULT_RESOURCE} (yearly averages 2000–2025, rounded; see its header for the source
 * and how it was compiled). KRW itself is always 1.
 */
public final class ExchangeRates {

    /** Class path resource of the shipped table. */
    public static final String DEFAULT_RESOURCE = "/reference/fx-krw.csv";

    private final Map<String, Double> krwPerUnit;
    private final String source;

    private ExchangeRates(Map<String, Double> krwPerUnit, String source) {
        this.krwPerUnit = Map.copyOf(krwPerUnit);
        this.source = source;
    }

    /** The shipped table. */
    public static ExchangeRates loadDefault() {
        try (InputStream in = ExchangeRates.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from a file, to override the shipped one. */
    public static ExchangeRates load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /** Parses a table; malformed rows are rejected with the line number. */
    public static ExchangeRates parse(Reader reader, String source) throws IOException {
        Map<String, Double> rates = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.toLowerCase(Locale.ROOT).startsWith("currency,")) {
                continue;
            }
            String[] f = t.split(",", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(source + ":" + n + ": expected currency,year,krw,per");
            }
            try {
                String currency = f[0].strip().toUpperCase(Locale.ROOT);
                int year = Integer.parseInt(f[1].strip());
                double krw = Double.parseDouble(f[2].strip());
                double per = Double.parseDouble(f[3].strip());
                if (!(krw > 0) || !(per > 0) || currency.length() != 3) {
                    throw new NumberFormatException("non-positive");
                }
                rates.put(currency + ":" + year, krw / per);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new ExchangeRates(rates, source);
    }

    /** Won per one unit of {@code currency} in {@code year}; empty when the table has no such row. */
    public OptionalDouble krwPerUnit(String currency, int year) {
        if ("KRW".equals(currency)) {
            return OptionalDouble.of(1);
        }
        Double v = krwPerUnit.get(currency + ":" + year);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Units of {@code quote} per one unit of {@code base} in {@code year}, through KRW. */
    public OptionalDouble rate(String base, String quote, int year) {
        OptionalDouble b = krwPerUnit(base, year);
        OptionalDouble q = krwPerUnit(quote, year);
        return b.isPresent() && q.isPresent() ? OptionalDouble.of(b.getAsDouble() / q.getAsDouble())
                : OptionalDouble.empty();
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }
}
