package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.loader.synthetic.SyntheticGenerator;
import io.techmatch.loader.synthetic.SyntheticSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A load recomputes the derived structure of the organizations it touched only; the result must be exactly what
 * a recomputation over the whole graph gives. A synthetic dataset is loaded in two halves (by patent), then one
 * patent's IPC codes are corrected; after each incremental load the derived relationships are compared with a full
 * recomputation made from scratch.
 */
class IncrementalDerivationIT {
    static GraphConnection graph;
    static Path dir;

    @BeforeAll
    static void start() {
        graph = TestGraph.shared();
        dir = TestGraph.newTempDir("incremental-it");
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void incrementalDerivationEqualsAFullRecomputation() throws Exception {
        TestGraph.wipe(graph);
        SyntheticGenerator.Result data = new SyntheticGenerator(new SyntheticSpec(120, 900, 10, 7)).write(dir.resolve("all"));
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        splitByPatent(data.files(), first, second);
        GraphLoader loader = new GraphLoader(graph, new LoaderSettings(100, dir, false));

        LoadSummary one = loader.load(SourceType.CANONICAL, List.of(first));
        assertThat(one.rejected()).isZero();
        Map<String, String> afterFirst = derived();
        assertThat(afterFirst).isNotEmpty();
        assertThat(derivedAfterFullRecomputation()).isEqualTo(afterFirst);

        LoadSummary two = loader.load(SourceType.CANONICAL, List.of(second));
        assertThat(two.rejected()).isZero();
        long organizations = TestGraph.count(graph, "MATCH (o:Organization) RETURN count(o)", Map.of());
        // the second half touches the applicants of its patents only, not every organization
        assertThat(two.derivedOrganizations()).isPositive().isLessThan(organizations);
        Map<String, String> incremental = derived();
        assertThat(incremental.keySet()).anyMatch(k -> k.contains("COLLABORATED_WITH")).anyMatch(k -> k.contains("ACTIVE_IN"));
        assertThat(incremental.entrySet()).anyMatch(e -> e.getKey().endsWith(" summary") && e.getValue().contains("SYN-"));
        assertThat(derivedAfterFullRecomputation()).isEqualTo(incremental);

        // a corrected patent (new IPC codes) moves its applicants' profiles: stale entries go, new ones come
        String patent = firstPatentLine(second);
        String corrected = patent.replaceAll("\"ipcCodes\":\\[[^]]*]", "\"ipcCodes\":[\"A01B1/00\"]");
        assertThat(corrected).isNotEqualTo(patent);
        Path correction = Files.writeString(dir.resolve("correction.jsonl"), corrected + "\n");
        LoadSummary three = loader.load(SourceType.CANONICAL, List.of(correction));
        assertThat(three.updated()).isEqualTo(1);
        assertThat(three.derivedOrganizations()).isPositive();
        Map<String, String> afterCorrection = derived();
        assertThat(afterCorrection).isNotEqualTo(incremental).containsKey(applicantOf(patent) + " -ACTIVE_IN-> A01B");
        assertThat(derivedAfterFullRecomputation()).isEqualTo(afterCorrection);
    }

    /** Patents (and the rows that mention them) alternate between the two halves; the rest goes to the first. */
    private static void splitByPatent(List<Path> files, Path first, Path second) throws Exception {
        for (Path file : files) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"SYN-P(\\d+)\"").matcher(line);
                boolean odd = m.find() && Long.parseLong(m.group(1)) % 2 == 1;
                (odd ? b : a).add(line);
            }
            Files.write(first.resolve(file.getFileName()), a);
            Files.write(second.resolve(file.getFileName()), b);
        }
    }

    private static String firstPatentLine(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains("\"label\":\"Patent\"") && line.contains("\"ipcCodes\"")) {
                        return line;
                    }
                }
            }
        }
        throw new AssertionError("no patent in " + dir);
    }

    private static String applicantOf(String patentLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"(SYN-P\\d+)\"").matcher(patentLine);
        assertThat(m.find()).isTrue();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            return session.run("MATCH (o:Organization)-[:APPLIED_FOR]->(:Patent {id: $id}) RETURN o.id ORDER BY o.id LIMIT 1",
                    Map.of("id", m.group(1))).single().get(0).asString();
        }
    }

    /** Derived relationships, keyed by ends and type, with their properties. */
    private static Map<String, String> derived() {
        Map<String, String> out = new TreeMap<>();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (Record r : session.run("""
                    MATCH (a:Organization)-[x:COLLABORATED_WITH|ACTIVE_IN|LOCATED_IN]->(b)
                    RETURN a.id AS a, type(x) AS t, b.id AS b, properties(x) AS p""").list()) {
                out.put(r.get("a").asString() + " -" + r.get("t").asString() + "-> " + r.get("b").asString(),
                        new TreeMap<>(r.get("p").asMap()).toString());
            }
            for (Record r : session.run("""
                    MATCH (o:Organization)
                    RETURN o.id AS id, [o.academiaCoApplications, o.coApplicants, o.topCoApplicants, o.topCoApplicantCounts] AS summary""").list()) {
                out.put(r.get("id").asString() + " summary", r.get("summary").asList().toString());
            }
        }
        return out;
    }

    /** Deletes every derived relationship and recomputes them for all organizations, then reads them. */
    private static Map<String, String> derivedAfterFullRecomputation() {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            session.run("MATCH (:Organization)-[x:COLLABORATED_WITH|ACTIVE_IN|LOCATED_IN]->() DELETE x").consume();
            session.run("""
                    MATCH (o:Organization)
                    REMOVE o.academiaCoApplications, o.coApplicants, o.topCoApplicants, o.topCoApplicantCounts""").consume();
        }
        assertThat(derived()).allSatisfy((key, value) -> assertThat(value).isEqualTo("[null, null, null, null]"));
        Derived.refreshAll(graph);
        return derived();
    }
}
