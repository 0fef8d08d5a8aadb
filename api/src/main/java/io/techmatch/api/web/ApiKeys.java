package io.techmatch.api.web;

import io.techmatch.api.config.TechmatchProperties;
import io.techmatch.api.config.TechmatchProperties.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The configured API keys, looked up by the SHA-256 of the presented key, so plain keys are never stored. */
final class ApiKeys {
    private final Map<String, ApiKey> byHash = new HashMap<>();

    ApiKeys(TechmatchProperties.Security security) {
        for (ApiKey key : security.apiKeys()) {
            Role role = Role.fromCode(key.role());
            if (role == Role.ENTERPRISE && (key.orgId() == null || key.orgId().isBlank())) {
                throw new IllegalStateException("API key '" + key.name() + "' has role enterprise but no orgId");
            }
            byHash.put(key.sha256().toLowerCase(Locale.ROOT), key);
        }
    }

    Optional<ApiKey> find(String presentedKey) {
        return Optional.ofNullable(byHash.get(sha256(presentedKey)));
    }

    int size() {
        return byHash.size();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
