package io.techmatch.core.text;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes arbitrary input safe to analyze and embed: lone surrogates replaced, length capped with a warning. */
public final class TextSafety {
    private static final Logger log = LoggerFactory.getLogger(TextSafety.class);

    private TextSafety() {
    }

    /**
     * {@code text} with every unpaired UTF-16 surrogate replaced by a space, cut to {@code maxChars} (never inside a
     * surrogate pair); null gives "". A cut is logged as a warning.
     */
    public static String sanitize(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        int limit = Math.min(text.length(), maxChars);
        if (limit < text.length() && limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1))
                && Character.isLowSurrogate(text.charAt(limit))) {
            limit--;
        }
        if (limit < text.length()) {
            log.warn("Text of {} chars cut to {} chars", text.length(), limit);
        }
        StringBuilder out = null;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? !(i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(limit).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? ' ' : c);
            }
        }
        return out != null ? out.toString() : text.substring(0, limit);
    }

    /** True when {@code text} holds at least one letter or digit (of any script): something that can be searched. */
    public static boolean hasContent(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
