package io.techmatch.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Highlighted body fragments for explanations: matched terms in {@code <em>}, the rest HTML-escaped. */
final class Snippets {
    private static final Logger log = LoggerFactory.getLogger(Snippets.class);
    static final int FRAGMENT_CHARS = 120;
    /** Only the start of a long body is scanned for a fragment: snippets must stay cheap. */
    private static final int MAX_ANALYZED_CHARS = 20_000;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final Highlighter highlighter;
    private final String field;
    private final Analyzer analyzer;

    private Snippets(Query query, String field, Analyzer analyzer) {
        this.field = field;
        this.analyzer = analyzer;
        if (query == null) {
            this.highlighter = null;
        } else {
            // built once per search: extracting the weighted terms of a long demand's query is not free
            this.highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), ENCODER,
                    new QueryScorer(query, field));
            highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
            highlighter.setMaxDocCharsToAnalyze(MAX_ANALYZED_CHARS);
        }
    }

    /** A snippet builder for the hits of one search; not thread-safe (one search, one thread). */
    static Snippets forQuery(Query query, String field, Analyzer analyzer) {
        return new Snippets(query, field, analyzer);
    }

    /** The best fragment of {@code body} for {@code query} over {@code field}; else the escaped start of the body. */
    static String snippet(Query query, String field, Analyzer analyzer, String body) {
        return forQuery(query, field, analyzer).of(body);
    }

    /** The best fragment of {@code body}; else its escaped start. */
    String of(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (highlighter != null) {
            try {
                String best = highlighter.getBestFragment(analyzer, field, body);
                if (best != null) {
                    return best;
                }
            } catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
                log.warn("No highlighted snippet ({}); using the start of the body", e.toString());
            }
        }
        int end = Math.min(body.length(), FRAGMENT_CHARS);
        if (end < body.length() && Character.isHighSurrogate(body.charAt(end - 1))) {
            end--;
        }
        return ENCODER.encodeText(body.substring(0, end));
    }
}
