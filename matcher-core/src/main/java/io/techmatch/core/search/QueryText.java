package io.techmatch.core.search;

import io.techmatch.core.text.QueryCleaner;
import io.techmatch.core.text.TextSafety;

/**
 * A query's text as retrieval uses it: {@code text}, the whole query cleaned of boilerplate, and {@code name}, the
 * demand's name on its own (null when it has none). Demand texts are the need's name, a line break and its body (the
 * matcher's need context and the evaluation topics are built so); a free text whose first line is short and followed
 * by more text is read the same way. The name is the most concise statement of a demand, while the body mixes the
 * problem with background and boilerplate, so retrieval can weigh the two apart.
 */
record QueryText(String text, String name) {
    /** Longer first lines are sentences of the body, not names (techmarket demand names have at most 60 chars). */
    static final int MAX_NAME_CHARS = 64;

    static QueryText of(String raw) {
        String text = QueryCleaner.clean(raw);
        if (!TextSafety.hasContent(text)) {
            // cleaning removed everything (the query was all formula): search with what was typed
            text = TextSafety.sanitize(raw, QueryCleaner.MAX_QUERY_CHARS).strip();
        }
        return new QueryText(text, name(raw));
    }

    /** The cleaned first line when it is short and more text follows; else null. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int lineEnd = s.indexOf('\n');
        if (lineEnd < 0 || !TextSafety.hasContent(s.substring(lineEnd + 1))) {
            return null;
        }
        String first = s.substring(0, lineEnd).strip();
        if (first.length() > MAX_NAME_CHARS) {
            return null;
        }
        String cleaned = QueryCleaner.clean(first);
        return TextSafety.hasContent(cleaned) ? cleaned : null;
    }

    QueryText withText(String shorter) {
        return new QueryText(shorter, name);
    }
}
