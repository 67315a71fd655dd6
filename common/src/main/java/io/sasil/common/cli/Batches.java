package io.sasil.common.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Which files of the paths given are articles, and how they travel to {@code POST /api/batches}: each
 * JSON Lines file ({@code .jsonl}, {@code .ndjson}) is a batch of its own; the article files
 * ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}) go as multipart batches of at most
 * {@link #MAX_FILES} files and {@link #MAX_BYTES} bytes, well under ingestion's default limits.
 */
final class Batches {

    static final int MAX_FILES = 200;
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private Batches() {
    }

    /** One request body: sent from {@code file} as it is read (a JSON Lines file of any size), else {@code bytes}. */
    record Body(String contentType, byte[] bytes, Path file) {

        java.net.http.HttpRequest.BodyPublisher publisher() throws IOException {
            return file != null ? java.net.http.HttpRequest.BodyPublishers.ofFile(file)
                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
    }

    /** One batch to send: a JSON Lines file, or a group of article files. */
    record Batch(boolean jsonLines, List<Path> files) {

        String describe() {
            return jsonLines ? files.get(0).toString()
                    : files.size() == 1 ? files.get(0).toString()
                    : files.size() + " files from " + files.get(0) + " on";
        }

        Body body() throws IOException {
            if (jsonLines) {
                return new Body("application/x-ndjson", null, files.get(0));
            }
            String boundary = "sasil-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Path file : files) {
                String name = file.getFileName().toString().replace("\"", "%22");
                String type = isHtml(file) ? "text/html" : name.toLowerCase(Locale.ROOT).endsWith(".md")
                        ? "text/markdown" : "text/plain";
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + name + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(Files.readAllBytes(file));
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray(), null);
        }
    }

    /** The article and JSON Lines files of the paths, folders walked in name order; other files are skipped. */
    static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(Batches::isArticle).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                if (!isArticle(path)) {
                    throw new IOException(path + " is not an article (.txt, .md, .html, .htm) or JSON Lines (.jsonl, .ndjson)");
                }
                files.add(path);
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return files;
    }

    /** Groups the files into batches, in order. */
    static List<Batch> plan(List<Path> files) throws IOException {
        List<Batch> batches = new ArrayList<>();
        List<Path> group = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            if (isJsonLines(file)) {
                batches.add(new Batch(true, List.of(file)));
                continue;
            }
            long size = Files.size(file);
            if (!group.isEmpty() && (group.size() == MAX_FILES || bytes + size > MAX_BYTES)) {
                batches.add(new Batch(false, List.copyOf(group)));
                group.clear();
                bytes = 0;
            }
            group.add(file);
            bytes += size;
        }
        if (!group.isEmpty()) {
            batches.add(new Batch(false, List.copyOf(group)));
        }
        return batches;
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || isHtml(file) || isJsonLines(file);
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
