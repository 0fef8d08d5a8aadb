package io.techmatch.api.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Organization and expert profiles, organization search, and bounded path exploration. */
class OrgApiIT extends ApiIT {

    @Test
    void anOrganizationProfileHasItsProfileCollaboratorsAndEvidence() {
        ResponseEntity<String> org = get("/api/v1/orgs/ORG-U", PLATFORM);
        assertThat(org.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = org.getBody();
        assertThat((String) JsonPath.read(body, "$.name")).isEqualTo("东南测试大学");
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("university");
        assertThat((String) JsonPath.read(body, "$.region")).isEqualTo("南京市");
        assertThat((List<String>) JsonPath.read(body, "$.aliases")).containsExactly("东测大");
        assertThat((List<String>) JsonPath.read(body, "$.ipcProfile[*].code")).containsExactly("H01M");
        assertThat((List<String>) JsonPath.read(body, "$.industryProfile[*].id")).containsExactly("GB:C38");
        assertThat((List<String>) JsonPath.read(body, "$.collaborators[*].orgId")).containsExactly("ORG-A");
        assertThat((List<Integer>) JsonPath.read(body, "$.collaborators[*].count")).containsExactly(1);
        assertThat((List<String>) JsonPath.read(body, "$.evidence[*].id")).containsExactly("CN000003A", "CN000001A", "CN000002A");
        assertProblem(get("/api/v1/orgs/ORG-NONE", PLATFORM), HttpStatus.NOT_FOUND);
    }

    @Test
    void organizationsAreFoundByNameOrAlias() {
        assertThat((List<String>) JsonPath.read(get("/api/v1/orgs?q=东测", BROKER).getBody(), "$.items[*].id"))
                .containsExactly("ORG-U");
        assertThat((List<String>) JsonPath.read(get("/api/v1/orgs?q=有限公司", BROKER).getBody(), "$.items[*].id"))
                .containsExactlyInAnyOrder("ORG-A", "ORG-B");
        assertThat((Integer) JsonPath.read(get("/api/v1/orgs?size=2", BROKER).getBody(), "$.total")).isEqualTo(3);
        assertProblem(get("/api/v1/orgs?size=0", BROKER), HttpStatus.BAD_REQUEST);
    }

    @Test
    void anExpertHasAffiliationsAndPatents() {
        String body = get("/api/v1/experts/EXP-1", ENTERPRISE_A).getBody();
        assertThat((List<String>) JsonPath.read(body, "$.affiliations[*].orgId")).containsExactly("ORG-U");
        assertThat((List<String>) JsonPath.read(body, "$.patents[*].id")).containsExactly("CN000001A");
        assertProblem(get("/api/v1/experts/EXP-NONE", BROKER), HttpStatus.NOT_FOUND);
    }

    @Test
    void pathsAreBoundedAndNeverPassThroughHiddenConfidentialNeeds() {
        String body = get("/api/v1/paths?from=ORG-A&to=ORG-U&maxLength=1", PLATFORM).getBody();
        assertThat((List<String>) JsonPath.read(body, "$.paths[0].nodes[*].id")).containsExactly("ORG-A", "ORG-U");
        assertThat((List<String>) JsonPath.read(body, "$.paths[0].edges[*].type")).containsExactly("COLLABORATED_WITH");
        assertThat((Integer) JsonPath.read(body, "$.paths[0].edges[0].properties.count")).isEqualTo(1);

        // ORG-B reaches ORG-U only through its confidential need
        assertThat((List<?>) JsonPath.read(get("/api/v1/paths?from=ORG-B&to=ORG-U", BROKER).getBody(), "$.paths"))
                .isNotEmpty();
        assertThat((List<?>) JsonPath.read(get("/api/v1/paths?from=ORG-B&to=ORG-U", ENTERPRISE_B).getBody(),
                "$.paths")).isNotEmpty();
        assertThat((List<?>) JsonPath.read(get("/api/v1/paths?from=ORG-B&to=ORG-U", PLATFORM).getBody(), "$.paths"))
                .isEmpty();
        assertThat((List<?>) JsonPath.read(get("/api/v1/paths?from=ORG-B&to=ORG-U", ENTERPRISE_A).getBody(),
                "$.paths")).isEmpty();

        assertProblem(get("/api/v1/paths?from=ORG-A&to=ORG-U&maxLength=5", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/paths?from=ORG-A&to=ORG-U&maxLength=0", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/paths?from=ORG-A", BROKER), HttpStatus.BAD_REQUEST);
        assertThat((List<?>) JsonPath.read(get("/api/v1/paths?from=ORG-A&to=NOPE", BROKER).getBody(), "$.paths"))
                .isEmpty();
    }
}
