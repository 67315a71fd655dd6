package io.sasil.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The annotated claim articles of an evaluation folder (SPEC.md format): the seed
 * ({@code seed-article.txt} with {@code seed-claims.json}) and every article of
 * {@code dev/claims.jsonl} (text in {@code dev/<doc>.txt}). Each article lists every sentence
 * span as a claim or a non-claim, in document order. Offsets are code points, end exclusive.
 *
 * <p>This is the one reader of the annotations: evaluation, cross-validation and training all
 * start from {@link #read(Path)}, so no sentence of the data ever enters the project.
 */
public record AnnotatedCorpus(List<Article> articles) {

    /** One annotated article. */
    public record Article(String doc, String text, LocalDate published, List<Sentence> sentences) {
    }

    /**
     * One annotated sentence span. For a non-claim {@code type}, {@code speaker} are null,
     * {@code hedge} false, {@code quantities} empty, and {@code why} says why it is not a claim.
     */
    public record Sentence(int start, int end, boolean claim, String type, String speaker, boolean hedge,
            List<GoldQuantity> quantities, String why) {

        /** The sentence's text, cut from the article by code point offsets. */
        public String text(String article) {
            int s = article.offsetByCodePoints(0, start);
            int e = article.offsetByCodePoints(s, end - start);
            return article.substring(s, e);
        }
    }

    /**
     * One annotated quantity: its text and code point span, and its value as annotated (a JSON
     * number for numeric units, a string such as {@code 2020-03} or {@code P60Y} for temporal ones).
     */
    public record GoldQuantity(String text, int start, int end, JsonNode value, String unit, boolean approximate,
            String bound) {
    }

    /** Reads the seed and every dev article of {@code evalDir}; the dev folder is optional. */
    public static AnnotatedCorpus read(Path evalDir) {
        try {
            ObjectMapper json = new ObjectMapper();
            List<Article> articles = new ArrayList<>();
            String seedText = Files.readString(evalDir.resolve("seed-article.txt"), StandardCharsets.UTF_8);
            articles.add(article(json.readTree(evalDir.resolve("seed-claims.json").toFile()), seedText));
            Path dev = evalDir.resolve("dev").resolve("claims.jsonl");
            if (Files.exists(dev)) {
                for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    String doc = node.get("doc").asText();
                    String text = Files.readString(evalDir.resolve("dev").resolve(doc + ".txt"), StandardCharsets.UTF_8);
                    articles.add(article(node, text));
                }
            }
            return new AnnotatedCorpus(List.copyOf(articles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the annotated corpus under " + evalDir, e);
        }
    }

    /**
     * The SHA-256 (hex) of the files {@link #read(Path)} reads, in the order it reads them: for each, its path
     * relative to {@code evalDir} (with {@code /}), a NUL, its byte length, a NUL and its bytes. A model trained
     * on the corpus records it, so anyone can tell whether they hold the same data.
     */
    public static String checksum(Path evalDir) {
        try {
            List<String> files = new ArrayList<>(List.of("seed-article.txt", "seed-claims.json"));
            Path dev = evalDir.resolve("dev").resolve("claims.jsonl");
            if (Files.exists(dev)) {
                files.add("dev/claims.jsonl");
                ObjectMapper json = new ObjectMapper();
                for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        files.add("dev/" + json.readTree(line).get("doc").asText() + ".txt");
                    }
                }
            }
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String f : files) {
                byte[] bytes = Files.readAllBytes(evalDir.resolve(f));
                sha.update((f + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the annotated corpus under " + evalDir, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Number of annotated sentences over all articles. */
    public int sentenceCount() {
        return articles.stream().mapToInt(a -> a.sentences().size()).sum();
    }

    /** Every article but the one named: the training side of one leave-one-article-out fold. */
    public List<Article> without(String doc) {
        return articles.stream().filter(a -> !a.doc().equals(doc)).toList();
    }

    /** The {@code {start, end}} code point spans of an article's sentences, in order. */
    public static List<int[]> spans(Article a) {
        return a.sentences().stream().map(s -> new int[] {s.start(), s.end()}).toList();
    }

    private static Article article(JsonNode node, String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode c : node.path("claims")) {
            List<GoldQuantity> quantities = new ArrayList<>();
            for (JsonNode q : c.path("quantities")) {
                quantities.add(new GoldQuantity(q.path("text").asText(), q.get("start").asInt(), q.get("end").asInt(),
                        q.get("value"), q.path("unit").asText(null), q.path("approximate").asBoolean(false),
                        q.path("bound").isNull() ? null : q.path("bound").asText(null)));
            }
            sentences.add(new Sentence(c.get("start").asInt(), c.get("end").asInt(), true, c.path("type").asText(null),
                    c.path("speaker").isNull() ? null : c.path("speaker").asText(null), c.path("hedge").asBoolean(false),
                    List.copyOf(quantities), null));
        }
        for (JsonNode c : node.path("non_claims")) {
            sentences.add(new Sentence(c.get("start").asInt(), c.get("end").asInt(), false, null, null, false, List.of(),
                    c.path("why").asText("")));
        }
        sentences.sort(Comparator.comparingInt(Sentence::start));
        LocalDate published = node.hasNonNull("published") ? LocalDate.parse(node.get("published").asText()) : null;
        return new Article(node.get("doc").asText(), text, published, List.copyOf(sentences));
    }
}
