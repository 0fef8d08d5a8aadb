package io.techmatch.api.needs;

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

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.ForbiddenException;
import io.techmatch.api.web.NotFoundException;
import io.techmatch.api.web.Page;
import io.techmatch.api.web.Role;
import io.techmatch.api.web.WebConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The needs controller in a web slice: authentication, validation and the problem format, with the service mocked. */
@WebMvcTest(controllers = NeedController.class)
@Import({WebConfiguration.class, NeedImportParser.class})
@ActiveProfiles("test")
class NeedControllerTest {
    private static final ApiCaller BROKER = new ApiCaller("test-broker", Role.BROKER, null);
    private static final Need NEED = new Need("NEED-1", "标题", "内容", "open", false, "2024-01-01", "ORG-A", "甲",
            null, null, null, null, null, null, List.of());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NeedService needs;

    @Test
    void listsNeedsForAKnownKey() throws Exception {
        when(needs.list(any(), eq(BROKER), eq(0), eq(20)))
                .thenReturn(new Page<>(List.of(new NeedSummary("NEED-1", "标题", "open", false, null, "ORG-A", "甲",
                        null, null)), 0, 20, 1));
        mvc.perform(get("/api/v1/needs").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("NEED-1"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(header().exists("X-RateLimit-Remaining"));
    }

    @Test
    void withoutAKeyTheServiceIsNeverCalled() throws Exception {
        mvc.perform(get("/api/v1/needs"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(needs);
    }

    @Test
    void pageSizeOverTheMaximumNamesTheField() throws Exception {
        mvc.perform(get("/api/v1/needs?size=101").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verifyNoInteractions(needs);
    }

    @Test
    void anInvalidBodyListsEachField() throws Exception {
        mvc.perform(post("/api/v1/needs").header("X-API-Key", "test-broker-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'body')]").exists());
        verifyNoInteractions(needs);
    }

    @Test
    void serviceExceptionsMapTo403And404() throws Exception {
        when(needs.get(eq("NEED-X"), any())).thenThrow(new NotFoundException("no need NEED-X"));
        mvc.perform(get("/api/v1/needs/NEED-X").header("X-API-Key", "test-platform-key"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("no need NEED-X"));
        when(needs.close(eq("NEED-1"), any())).thenThrow(new ForbiddenException("role platform may not do this"));
        mvc.perform(post("/api/v1/needs/NEED-1/close").header("X-API-Key", "test-platform-key"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() throws Exception {
        when(needs.get(eq("NEED-1"), any())).thenThrow(new IllegalStateException("secret internal detail"));
        mvc.perform(get("/api/v1/needs/NEED-1").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("an unexpected error occurred; it has been logged"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("secret internal detail"))));
    }

    @Test
    void anIdWithCypherSyntaxIsRejectedBeforeTheService() throws Exception {
        mvc.perform(get("/api/v1/needs/{id}", "x' OR 1=1").header("X-API-Key", "test-broker-key"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(needs);
    }

    @Test
    void createAnswers201WithLocation() throws Exception {
        when(needs.create(any(), eq(BROKER))).thenReturn(NEED);
        mvc.perform(post("/api/v1/needs").header("X-API-Key", "test-broker-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"标题\", \"body\": \"内容\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/needs/NEED-1"))
                .andExpect(jsonPath("$.id").value("NEED-1"));
    }
}
