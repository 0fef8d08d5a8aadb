package io.techmatch.api.web;

import java.util.Locale;

/** What an API key may do: brokers everything, enterprises their own needs, platforms read-only public matching. */
public enum Role {
    BROKER, ENTERPRISE, PLATFORM;

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
