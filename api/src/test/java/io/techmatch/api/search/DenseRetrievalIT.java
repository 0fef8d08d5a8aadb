package io.techmatch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.DemoAppIT;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Dense retrieval as the app runs by default (demo data, bge-small-zh vectors): matching and search are hybrid,
 * and a demand phrased in words no demo document contains is still answered, by its meaning alone.
 */
class DenseRetrievalIT extends DemoAppIT {
    /** English for "cathode materials for lithium-ion batteries": the demo documents are Chinese. */
    private static final String ONLY_SEMANTIC = "cathode materials for lithium-ion batteries";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EvidenceIndex index;
    @Autowired
    Matcher matcher;

    private ResponseEntity<String> call(HttpMethod method, String path, Object body, Object... vars) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", "demo-broker-key");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class, vars);
    }

    @Test
    void everyDocumentHasAVectorAndMatchingIsHybrid() {
        assertThat(index.settings().denseEnabled()).isTrue();
        assertThat(index.stats().denseVectors()).isEqualTo(index.stats().documents()).isPositive();
        assertThat(matcher.settings().retrievalMode()).isEqualTo(RetrievalMode.HYBRID);
    }

    @Test
    void aDemandWithoutAnySharedWordIsMatchedByMeaning() {
        // the lexical side finds nothing: no demo document holds these words
        assertThat(index.search(new SearchQuery(ONLY_SEMANTIC, java.util.Set.of(), 20, RetrievalMode.BM25_HANLP,
                true))).isEmpty();
        List<EvidenceHit> hybrid = index.search(new SearchQuery(ONLY_SEMANTIC, java.util.Set.of(), 20,
                RetrievalMode.HYBRID, true));
        assertThat(hybrid).isNotEmpty().allSatisfy(h -> {
            assertThat(h.lexicalScore()).isZero();
            assertThat(h.denseScore()).isPositive();
        });
        assertThat(hybrid.subList(0, 5)).as("the nearest documents are about batteries")
                .anySatisfy(h -> assertThat(h.title()).containsAnyOf("电池", "正极", "锂"));

        ResponseEntity<String> search = call(HttpMethod.GET, "/api/v1/search?q={q}", null, ONLY_SEMANTIC);
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) JsonPath.read(search.getBody(), "$.items[*].id")).isNotEmpty();

        ResponseEntity<String> match = call(HttpMethod.POST, "/api/v1/match", Map.of("text", ONLY_SEMANTIC));
        assertThat(match.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) JsonPath.read(match.getBody(), "$.items[*].orgId"))
                .as("partners found through semantically retrieved evidence").isNotEmpty();
    }
}
