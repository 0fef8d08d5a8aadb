package io.techmatch.api.config;

import io.techmatch.api.index.EvidenceIndexService;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.match.MatchSettings;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evidence index and the matcher over the graph. The graph is prepared first ({@link GraphBootstrap}: demo data
 * when empty), because the matcher reads the region hierarchy once when it is built.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean(destroyMethod = "close")
    EvidenceIndex evidenceIndex(TechmatchProperties properties) {
        TechmatchProperties.Index index = properties.index();
        return EvidenceIndex.open(new IndexSettings(index.dir(), index.dense(), index.embeddingModel(),
                index.dir().resolve("embedding-cache"), null));
    }

    @Bean
    EvidenceIndexService evidenceIndexService(EvidenceIndex index, GraphConnection graph, GraphBootstrap bootstrap,
                                              TechmatchProperties properties) {
        EvidenceIndexService service = new EvidenceIndexService(index, graph);
        // lexical only: quick, so done before serving; with embeddings in the background
        service.ensureConsistent(properties.index().dense());
        return service;
    }

    @Bean
    Matcher matcher(GraphConnection graph, EvidenceIndex index, GraphBootstrap bootstrap,
                    TechmatchProperties properties) {
        MatchSettings settings = MatchSettings.defaults();
        // without embeddings a hybrid query would fall back to BM25 with a warning on every request
        if (!properties.index().dense()) {
            settings = settings.withRetrievalMode(RetrievalMode.BM25_HANLP);
        }
        return new Matcher(graph, index, settings);
    }

    /** {@code evidenceIndex} in /actuator/health: the index state, counts and rebuild progress. */
    @Bean
    HealthIndicator evidenceIndexHealthIndicator(EvidenceIndexService index) {
        return () -> (index.state() == EvidenceIndexService.State.FAILED ? Health.down() : Health.up())
                .withDetails(index.details()).build();
    }
}
