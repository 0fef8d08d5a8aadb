package io.techmatch.evaluation.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.data.SharedData;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.metrics.Qrels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Co-applicant recovery on real patents, organization level. Every patent with two or more applicants gives one
 * topic per applicant: that applicant is hidden, and the ranker gets the patent's title and abstract plus the
 * names of the other applicants. The patent itself is excluded from the evidence for that topic (it would name
 * the answer) and the visible applicants are not candidates. The one relevant organization is the hidden one.
 */
public final class CoapplicantDataset {
    /** The two patent exports of {@code patents-sample}. */
    public record Paths(Path hthpJson, Path cnkiJsonl) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CoapplicantDataset() {
    }

    public static Paths defaults() {
        return new Paths(SharedData.require("patents-sample/hthp-patents.json"),
                SharedData.require("patents-sample/cnki-material-chemistry.jsonl"));
    }

    record PatentRow(String id, String title, String abstractText, List<String> applicants, List<String> ipc,
                     Integer year) {
    }

    public static Dataset load(Paths paths) {
        List<PatentRow> rows = new ArrayList<>(readHthp(paths.hthpJson()));
        rows.addAll(readCnki(paths.cnkiJsonl()));
        Map<String, String> orgs = new LinkedHashMap<>();
        List<EvidenceDocument> docs = new ArrayList<>();
        for (PatentRow p : rows) {
            List<String> owners = p.applicants().stream().map(OrgIds::of).toList();
            for (int i = 0; i < owners.size(); i++) {
                orgs.putIfAbsent(owners.get(i), p.applicants().get(i));
            }
            docs.add(new EvidenceDocument(p.id(), GraphModel.Label.PATENT, p.title(), p.abstractText(), p.ipc(),
                    List.of(), List.of(), owners, p.year(), false));
        }
        List<Topic> topics = new ArrayList<>();
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        for (PatentRow p : rows) {
            List<String> names = List.copyOf(new LinkedHashSet<>(p.applicants()));
            if (names.size() < 2) {
                continue;
            }
            for (int hidden = 0; hidden < names.size(); hidden++) {
                List<String> visible = new ArrayList<>(names);
                visible.remove(hidden);
                Set<String> known = new LinkedHashSet<>(visible.stream().map(OrgIds::of).toList());
                String id = p.id() + "#" + (hidden + 1);
                topics.add(new Topic(id, p.title(), p.abstractText() + "\n合作申请人：" + String.join("；", visible),
                        Set.of(p.id()), known, null));
                qrels.put(id, Map.of(OrgIds.of(names.get(hidden)), 1));
            }
        }
        String checksum = new Checksums().file(paths.hthpJson()).file(paths.cnkiJsonl()).value();
        Corpus corpus = new Corpus("coapplicant", Corpus.Level.ORGANIZATION, docs, orgs, Map.of());
        return new Dataset("coapplicant", "all", topics, new Qrels(qrels), corpus, checksum);
    }

    static List<PatentRow> readHthp(Path file) {
        try {
            List<PatentRow> rows = new ArrayList<>();
            for (JsonNode n : JSON.readTree(file.toFile())) {
                List<String> applicants = new ArrayList<>();
                n.path("ANCS").forEach(a -> applicants.add(a.asText().trim()));
                List<String> ipc = new ArrayList<>();
                n.path("IPCR").forEach(c -> ipc.add(c.asText().trim()));
                String apd = n.path("APD").asText("");
                rows.add(new PatentRow(n.path("PN").asText(), n.path("TITLE").asText(""),
                        n.path("ABSTRACT").asText(""), applicants, ipc, year(apd)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<PatentRow> readCnki(Path file) {
        try {
            List<PatentRow> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String href = n.path("href").asText("");
                int at = href.indexOf("filename=");
                // the publication number is only in the link; fall back to a hash of the title
                String id = at >= 0 ? href.substring(at + 9) : "CNKI-" + Integer.toHexString(n.path("title").asText().hashCode());
                List<String> applicants = new ArrayList<>();
                for (String a : n.path("com").asText("").split("[;；]")) {
                    if (!a.isBlank()) {
                        applicants.add(a.trim());
                    }
                }
                rows.add(new PatentRow(id, n.path("title").asText(""), n.path("ChDiv_summary").asText(""), applicants,
                        List.of(), year(n.path("sql").asText(""))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Integer year(String date) {
        return date.length() >= 4 && Character.isDigit(date.charAt(0)) ? Integer.valueOf(date.substring(0, 4)) : null;
    }
}
