package io.techmatch.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.api.ApiIT;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is rebuilt when out of step with the graph, in the background on request, and left alone otherwise. */
class EvidenceIndexServiceIT extends ApiIT {

    private static long documents(EvidenceIndexService service) {
        return ((Number) service.details().get("documents")).longValue();
    }

    private static void awaitReady(EvidenceIndexService service) throws InterruptedException {
        for (int i = 0; i < 600 && service.state() == EvidenceIndexService.State.BUILDING; i++) {
            Thread.sleep(100);
        }
        assertThat(service.state()).isEqualTo(EvidenceIndexService.State.READY);
    }

    @Test
    void anEmptyIndexIsBuiltInTheBackgroundThenLeftAloneWhileConsistent() throws Exception {
        long textNodes = count("MATCH (n) WHERE n:Patent OR n:Achievement OR n:Need OR n:Project OR n:Organization "
                + "RETURN count(n)", Map.of());
        try (EvidenceIndex memory = EvidenceIndex.open(IndexSettings.inMemory(false))) {
            EvidenceIndexService service = new EvidenceIndexService(memory, graph);
            service.ensureConsistent(true);
            awaitReady(service);
            assertThat(documents(service)).isEqualTo(textNodes);
            String firstBuild = (String) service.details().get("lastBuild");

            service.ensureConsistent(false);
            assertThat(service.details().get("lastBuild")).isEqualTo(firstBuild);

            // a node written behind the API's back makes the index inconsistent: a rebuild of a non-empty index
            run("CREATE (:Patent {id: 'CN000009A', title: '新加入的专利', year: 2024})", Map.of());
            service.ensureConsistent(false);
            assertThat(documents(service)).isEqualTo(textNodes + 1);
            assertThat(memory.search(io.techmatch.core.search.SearchQuery.of("新加入的专利", 5,
                    io.techmatch.core.search.RetrievalMode.BM25_HANLP)).stream().map(h -> h.id()).toList())
                    .contains("CN000009A");

            run("MATCH (p:Patent {id: 'CN000009A'}) DETACH DELETE p", Map.of());
            service.refresh(List.of("CN000009A"));
            assertThat(documents(service)).isEqualTo(textNodes);
        }
    }

    @Test
    void anIndexBuiltWithoutVectorsIsRebuiltWhenDenseIsTurnedOn(@TempDir Path dir) throws Exception {
        try (EvidenceIndex lexical = EvidenceIndex.open(new IndexSettings(dir, false, null, null, null))) {
            new EvidenceIndexService(lexical, graph).ensureConsistent(false);
            assertThat(lexical.stats().denseVectors()).isZero();
        }
        try (EvidenceIndex dense = EvidenceIndex.open(new IndexSettings(dir, true, null, dir.resolve("cache"), null))) {
            assertThat(dense.stats().documents()).as("same documents as the graph").isPositive();
            new EvidenceIndexService(dense, graph).ensureConsistent(false);
            assertThat(dense.stats().denseVectors()).isEqualTo(dense.stats().documents());
        }
    }
}
