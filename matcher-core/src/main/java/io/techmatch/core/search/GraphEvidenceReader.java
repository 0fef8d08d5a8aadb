package io.techmatch.core.search;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Streams the graph's text-bearing nodes as evidence documents, in batches, without holding them all. */
final class GraphEvidenceReader {
    static final String QUERY = "/cypher/index/evidence-documents.cypher";

    private GraphEvidenceReader() {
    }

    /** Reads all nodes ({@code ids} null) or the given ids, handing batches of {@code batchSize} to the consumer. */
    static long read(GraphConnection graph, Collection<String> ids, int batchSize, Consumer<List<EvidenceDocument>> sink) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids == null ? null : List.copyOf(new LinkedHashSet<>(ids)));
        long total = 0;
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            Result result = session.run(CypherResource.load(QUERY), params);
            List<EvidenceDocument> batch = new ArrayList<>(batchSize);
            while (result.hasNext()) {
                batch.add(toDocument(result.next()));
                if (batch.size() == batchSize) {
                    sink.accept(batch);
                    total += batch.size();
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
                total += batch.size();
            }
        }
        return total;
    }

    private static EvidenceDocument toDocument(Record r) {
        Value year = r.get("year");
        return new EvidenceDocument(r.get("id").asString(), r.get("kind").asString(), r.get("title").asString(""),
                r.get("body").asString(""), strings(r.get("ipcCodes")), strings(r.get("industries")),
                strings(r.get("regionIds")), strings(r.get("ownerIds")),
                year.isNull() ? null : year.asInt(), r.get("confidential").asBoolean(false));
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(x -> x.isNull() ? "" : x.asString()).stream()
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
