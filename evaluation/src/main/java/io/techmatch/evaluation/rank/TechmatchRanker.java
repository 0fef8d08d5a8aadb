package io.techmatch.evaluation.rank;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.match.Candidate;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.MatchRequest;
import io.techmatch.core.match.MatchSettings;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.graph.CorpusGraph;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Full techmatch: {@link Matcher#matchText} over the corpus graph and the shared evidence index. The graph is
 * (re)loaded whenever a topic holds out different documents, so a held-out patent is absent from the graph too;
 * its evidence is filtered out of every search the matcher makes. The first visible applicant is the demander
 * (which the matcher excludes and measures proximity from); the other visible ones are dropped from the list.
 */
final class TechmatchRanker implements Ranker, AutoCloseable {
    private final Corpus corpus;
    private final EvidenceSearch evidence;
    private final Path home;
    private final GraphConnection graph;
    private final boolean ownsGraph;
    private final MatchSettings settings;
    private Set<String> loadedWithout;
    private Matcher matcher;

    /** Starts its own embedded graph in a temporary home, closed and deleted with the ranker. */
    TechmatchRanker(Corpus corpus, EvidenceSearch evidence) {
        this(corpus, evidence, MatchSettings.defaults());
    }

    /** Like {@link #TechmatchRanker(Corpus, EvidenceSearch)}, with other matcher settings (the weight tuner's). */
    TechmatchRanker(Corpus corpus, EvidenceSearch evidence, MatchSettings settings) {
        this.settings = settings;
        this.corpus = corpus;
        this.evidence = evidence;
        try {
            this.home = Files.createTempDirectory("techmatch-eval-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.graph = GraphConnection.open(GraphSettings.embedded(home, 0));
        this.ownsGraph = true;
    }

    /** Uses a graph owned by the caller (e.g. the test graph); it is wiped and reloaded, but not closed. */
    TechmatchRanker(Corpus corpus, EvidenceSearch evidence, GraphConnection graph) {
        this.settings = MatchSettings.defaults();
        this.corpus = corpus;
        this.evidence = evidence;
        this.home = null;
        this.graph = graph;
        this.ownsGraph = false;
    }

    @Override
    public String name() {
        return "techmatch";
    }

    @Override
    public List<ScoredDoc> rank(Topic topic, int depth) {
        return candidates(topic, depth).stream().map(c -> new ScoredDoc(c.orgId(), c.score())).toList();
    }

    /**
     * The matcher's candidates for a topic, best first, without the organizations the topic names: with their
     * feature values, which the weight tuner logs.
     */
    List<Candidate> candidates(Topic topic, int depth) {
        if (!topic.excludeDocIds().equals(loadedWithout)) {
            CorpusGraph.load(graph, corpus, topic.excludeDocIds());
            loadedWithout = topic.excludeDocIds();
            EvidenceSearch filtered = query -> evidence.search(widen(query, topic.excludeDocIds().size())).stream()
                    .filter(h -> !topic.excludeDocIds().contains(h.id())).limit(query.limit()).toList();
            matcher = new Matcher(graph, filtered, settings);
        }
        String demander = topic.knownOrgIds().stream().sorted().findFirst().orElse(null);
        int limit = Math.min(settings.maxResults(), depth + topic.knownOrgIds().size());
        MatchRequest request = new MatchRequest(topic.queryText(), demander, topic.regionId(), null,
                MatchOptions.defaults().withLimit(limit));
        return matcher.matchText(request).candidates().stream()
                .filter(c -> !topic.knownOrgIds().contains(c.orgId()))
                .sorted(Comparator.comparingInt(Candidate::rank))
                .limit(depth).toList();
    }

    private static SearchQuery widen(SearchQuery q, int extra) {
        return new SearchQuery(q.text(), q.kinds(), Math.min(SearchQuery.MAX_LIMIT, q.limit() + extra), q.mode(),
                q.includeConfidential(), q.snippets());
    }

    @Override
    public void close() {
        if (!ownsGraph) {
            return;
        }
        graph.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless
        }
    }
}
