package io.techmatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.techmatch.api.needs.Need;
import io.techmatch.api.needs.NeedService;
import io.techmatch.api.web.WebConfiguration;
import io.techmatch.core.match.Matcher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** With every matching slot taken, matching requests are refused with a 503 problem and never reach the matcher. */
@WebMvcTest(controllers = {MatchController.class, ReverseController.class})
@Import({WebConfiguration.class, MatchMetrics.class, MatchOverloadTest.NoSlots.class})
@ActiveProfiles("test")
class MatchOverloadTest {

    @TestConfiguration
    static class NoSlots {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        /** Zero slots and no wait: the state of a server whose slots are all busy. */
        @Bean
        MatchAdmission matchAdmission() {
            return new MatchAdmission(0, Duration.ZERO);
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
    void matchingWithNoFreeSlotIs503ProblemWithRetryAfter() throws Exception {
        when(needs.get(eq("NEED-1"), any())).thenReturn(new Need("NEED-1", "t", "b", "open", false, null, "ORG-A",
                "甲", null, null, null, null, null, null, List.of()));
        mvc.perform(get("/api/v1/needs/NEED-1/matches").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:techmatch:problem:overloaded"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("matching slots")))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(post("/api/v1/match").header("X-API-Key", "test-broker-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"隔膜\"}"))
                .andExpect(status().isServiceUnavailable());
        verifyNoInteractions(matcher);
        assertThat(meters.find("techmatch.match").tag("outcome", "overloaded").timers()).hasSize(2);
    }
}
