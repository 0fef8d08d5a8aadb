package io.techmatch.evaluation.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.data.SharedData;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.metrics.TrecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The techmarket benchmark: demand → achievement, document level. Topics are {@code id<TAB>name<TAB>text}, qrels
 * are TREC qrels graded 0–3, the corpus is {@code achievements.jsonl} (fields {@code id, name, context, postTime,
 * industry, …}).
 */
public final class TechmarketDataset {
    /** Where the three inputs are; {@link #defaults(String)} finds them in the shared data folder. */
    public record Paths(Path corpus, Path topics, Path qrels) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private TechmarketDataset() {
    }

    public static Paths defaults(String split) {
        return new Paths(SharedData.require("techmarket/achievements.jsonl"),
                SharedData.require("techmarket/topics-" + split + ".tsv"),
                SharedData.require("techmarket/qrels-" + split + ".tsv"));
    }

    public static Dataset load(String split, Paths paths) {
        List<Topic> topics = readTopics(paths.topics());
        List<EvidenceDocument> docs = readAchievements(paths.corpus());
        String checksum = new Checksums().file(paths.corpus()).file(paths.topics()).file(paths.qrels()).value();
        Corpus corpus = new Corpus("techmarket", Corpus.Level.DOCUMENT, docs, Map.of(), Map.of());
        return new Dataset("techmarket", split, topics, TrecFiles.readQrels(paths.qrels()), corpus, checksum);
    }

    /** Reads a topics file with the columns of {@code topics-dev.tsv}; a surrounding pair of quotes is dropped. */
    public static List<Topic> readTopics(Path file) {
        List<Topic> topics = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                topics.add(Topic.of(f[0].trim(), f.length > 1 ? unquote(f[1]) : "", f.length > 2 ? unquote(f[2]) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topics " + file, e);
        }
        return topics;
    }

    static List<EvidenceDocument> readAchievements(Path file) {
        List<EvidenceDocument> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String posted = n.path("postTime").asText("");
                Integer year = posted.length() >= 4 ? Integer.valueOf(posted.substring(0, 4)) : null;
                docs.add(new EvidenceDocument(n.path("id").asText(), GraphModel.Label.ACHIEVEMENT,
                        n.path("name").asText(""), n.path("context").asText(""),
                        List.of(), List.of(), List.of(), List.of(), year, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
        return docs;
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
