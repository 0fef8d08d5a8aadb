package io.techmatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techmatch.api.config.TechmatchProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API keys are found by the SHA-256 of the presented key; roles decide what a caller sees. */
class ApiKeysTest {
    private static final String HASH = "a9251e23bd50eb6e63f01d5045340b14ac1b777cb9b310afc29e9b2deb7550a5";

    @Test
    void aKeyIsFoundByItsHashOnly() {
        ApiKeys keys = new ApiKeys(new TechmatchProperties.Security(List.of(
                new TechmatchProperties.ApiKey("b", HASH.toUpperCase(), "broker", null, 10))));
        assertThat(ApiKeys.sha256("demo-broker-key")).isEqualTo(HASH);
        assertThat(keys.find("demo-broker-key")).map(TechmatchProperties.ApiKey::name).contains("b");
        assertThat(keys.find(HASH)).isEmpty();
        assertThat(keys.find("demo-broker-key ")).isEmpty();
    }

    @Test
    void anEnterpriseKeyNeedsAnOrganization() {
        assertThatThrownBy(() -> new ApiKeys(new TechmatchProperties.Security(List.of(
                new TechmatchProperties.ApiKey("e", HASH, "enterprise", " ", 10)))))
                .hasMessageContaining("orgId");
        assertThatThrownBy(() -> new ApiKeys(new TechmatchProperties.Security(List.of(
                new TechmatchProperties.ApiKey("x", HASH, "admin", null, 10)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidentialNeedsAreVisibleToBrokersAndThePosterOnly() {
        ApiCaller broker = new ApiCaller("b", Role.BROKER, null);
        ApiCaller a = new ApiCaller("a", Role.ENTERPRISE, "ORG-A");
        ApiCaller platform = new ApiCaller("p", Role.PLATFORM, null);
        assertThat(broker.canSee(true, "ORG-A")).isTrue();
        assertThat(a.canSee(true, "ORG-A")).isTrue();
        assertThat(a.canSee(true, "ORG-B")).isFalse();
        assertThat(a.canSee(false, "ORG-B")).isTrue();
        assertThat(platform.canSee(true, null)).isFalse();
        assertThat(a.canManage("ORG-B")).isFalse();
        assertThat(platform.canManage(null)).isFalse();
        assertThatThrownBy(() -> platform.requireRole(Role.BROKER, Role.ENTERPRISE))
                .isInstanceOf(ForbiddenException.class);
    }
}
