package io.techmatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.techmatch.api.needs.Need;
import io.techmatch.api.needs.NeedService;
import io.techmatch.api.web.WebConfiguration;
import io.techmatch.core.match.Candidate;
import io.techmatch.core.match.EvidenceRef;
import io.techmatch.core.match.ExpertRef;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.MatchResult;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.match.NotFoundException;
import io.techmatch.core.match.RegionPreference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The matching controllers in a web slice: DTO mapping, role checks and error mapping, with the matcher mocked. */
@WebMvcTest(controllers = {MatchController.class, ReverseController.class})
@Import({WebConfiguration.class, MatchMetrics.class, MatchControllerTest.Meters.class})
@ActiveProfiles("test")
class MatchControllerTest {
    private static final Need OF_A = new Need("NEED-1", "t", "b", "open", false, null, "ORG-A", "甲", null, null,
            null, null, null, null, List.of());

    @TestConfiguration
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        MatchAdmission matchAdmission() {
            return new MatchAdmission(4, java.time.Duration.ofSeconds(10));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;
    @MockitoBean
    Matcher matcher;
    @MockitoBean
    NeedService needs;
    @MockitoBean
    Neo4jClient graph;

    @Test
    void candidatesAreMappedToTheContractShape() throws Exception {
        when(needs.get(eq("NEED-1"), any())).thenReturn(OF_A);
        Candidate c = new Candidate(1, "ORG-U", "东南大学", "university", "3201", "南京市", 0.8,
                Map.of("text", 0.9), Map.of("text", 0.45),
                List.of(new EvidenceRef("CN1", "Patent", "隔膜", 2021, 3.2, "陶瓷<em>隔膜</em>")),
                List.of(new ExpertRef("EXP-1", "王", "教授", 2)));
        when(matcher.matchNeed(eq("NEED-1"), any())).thenReturn(new MatchResult("NEED-1", List.of(c), 7, null));
        mvc.perform(get("/api/v1/needs/NEED-1/matches?regionPreference=yrd&page=1&size=5")
                        .header("X-API-Key", "test-broker-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].region").value("南京市"))
                .andExpect(jsonPath("$.items[0].contributions.text").value(0.45))
                .andExpect(jsonPath("$.items[0].features.text").value(0.9))
                .andExpect(jsonPath("$.items[0].evidence[0].snippet").value("陶瓷<em>隔膜</em>"))
                .andExpect(jsonPath("$.items[0].experts[0].name").value("王"));
        ArgumentCaptor<MatchOptions> options = ArgumentCaptor.forClass(MatchOptions.class);
        verify(matcher).matchNeed(eq("NEED-1"), options.capture());
        assertThat(options.getValue().regionPreference()).isEqualTo(RegionPreference.YRD);
        assertThat(options.getValue().offset()).isEqualTo(5);
        assertThat(options.getValue().limit()).isEqualTo(5);
        assertThat(meters.find("techmatch.match").tag("kind", "need").timer().count()).isEqualTo(1);
    }

    @Test
    void anEnterpriseMayNotMatchAnotherOrganizationsNeed() throws Exception {
        when(needs.get(eq("NEED-1"), any())).thenReturn(OF_A);
        mvc.perform(get("/api/v1/needs/NEED-1/matches").header("X-API-Key", "test-enterprise-b-key"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(matcher);
    }

    @Test
    void contradictoryFiltersAre400AndUnknownOrganizations404() throws Exception {
        when(needs.get(eq("NEED-1"), any())).thenReturn(OF_A);
        when(matcher.matchNeed(eq("NEED-1"), any())).thenThrow(new IllegalArgumentException("bad filter"));
        mvc.perform(get("/api/v1/needs/NEED-1/matches").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isBadRequest());
        when(matcher.explain("NEED-1", "ORG-X")).thenThrow(new NotFoundException("organization", "ORG-X"));
        mvc.perform(get("/api/v1/needs/NEED-1/matches/ORG-X/explanation").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no organization ORG-X"));
    }

    @Test
    void freeTextNeedsText() throws Exception {
        mvc.perform(post("/api/v1/match").header("X-API-Key", "test-platform-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orgTypes\": [\"spaceship\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'text')]").exists());
        verifyNoInteractions(matcher);
    }

    @Test
    void aFailedReverseMatchIsTimedAsAnError() throws Exception {
        when(matcher.reverse(any())).thenThrow(new NotFoundException("achievement", "ACH-X"));
        mvc.perform(get("/api/v1/achievements/ACH-X/needs").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isNotFound());
        assertThat(meters.find("techmatch.match").tag("kind", "reverse-achievement").tag("outcome", "error").timer()
                .count()).isEqualTo(1);
        assertThat(meters.find("techmatch.match").tag("kind", "reverse-achievement").tag("outcome", "ok").timer())
                .isNull();
    }
}
