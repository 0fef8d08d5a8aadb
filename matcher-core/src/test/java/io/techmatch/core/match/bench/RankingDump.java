package io.techmatch.core.match.bench;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.match.Candidate;
import io.techmatch.core.match.ExplainedMatch;
import io.techmatch.core.match.Explanation;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.MatchResult;
import io.techmatch.core.match.MatchSettings;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test: writes the ranked candidates (scores and features to 6 decimals) and explanation path kinds of the
 * first N needs of a graph to a file, so two builds of the matcher can be diffed on the same graph.
 * {@code RankingDump DATA_DIR N OUT [explained]}: with {@code explained}, through {@code matchNeedExplained} instead of
 * {@code matchNeed} then {@code explainAll} (the two must give the same file).
 */
public final class RankingDump {
    private RankingDump() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        GraphSettings settings = new GraphSettings(null, null, null, null,
                new GraphSettings.Embedded(data.resolve("neo4j"), 0, "2g"), null);
        try (GraphConnection graph = GraphConnection.open(settings);
             EvidenceIndex index = EvidenceIndex.open(new IndexSettings(data.resolve("index"), false, null, null, null));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            List<String> needIds;
            try (var s = graph.driver().session(graph.sessionConfig())) {
                needIds = s.run("MATCH (n:Need) RETURN n.id AS id ORDER BY id LIMIT $n", Map.of("n", Integer.parseInt(args[1])))
                        .list(r -> r.get("id").asString());
            }
            boolean explained = args.length > 3 && args[3].equals("explained");
            Matcher matcher = new Matcher(graph, index, MatchSettings.defaults().withRetrievalMode(RetrievalMode.BM25_HANLP));
            for (String needId : needIds) {
                MatchResult r;
                Map<String, Explanation> ex;
                if (explained) {
                    ExplainedMatch both = matcher.matchNeedExplained(needId, MatchOptions.defaults().withLimit(50));
                    r = both.result();
                    ex = both.explanations();
                } else {
                    r = matcher.matchNeed(needId, MatchOptions.defaults().withLimit(50));
                    ex = matcher.explainAll(needId, r);
                }
                for (Candidate c : r.candidates()) {
                    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %d %s %.6f", needId, c.rank(), c.orgId(), c.score()));
                    new TreeMap<>(c.features()).forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.6f", k, v)));
                    sb.append(" paths=");
                    ex.get(c.orgId()).paths().forEach(p -> sb.append(p.kind()).append(':').append(p.sentence().hashCode()).append(','));
                    out.println(sb);
                }
            }
        }
        System.exit(0);
    }
}
