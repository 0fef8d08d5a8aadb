package io.techmatch.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Fields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TokenSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Highlighted body fragments for explanations: matched terms in {@code <em>}, the rest HTML-escaped. The tokens of a
 * hit's body come from the field's term vectors when the index has them (the HanLP body, see {@link DocumentMapper}),
 * so the body is not analyzed again (that was 45 % of a hybrid query's CPU); fields without term vectors (the CJK and
 * smartcn bodies) are re-analyzed. The bodies come from the caller, which has read the hits' stored fields already.
 */
final class Snippets {
    private static final Logger log = LoggerFactory.getLogger(Snippets.class);
    static final int FRAGMENT_CHARS = 120;
    /** Only the start of a long body is scanned for a fragment: snippets must stay cheap. */
    private static final int MAX_ANALYZED_CHARS = 20_000;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final IndexSearcher searcher;
    private final Highlighter highlighter;
    private final String field;
    private final Analyzer analyzer;

    private Snippets(IndexSearcher searcher, Query query, String field, Analyzer analyzer) {
        this.searcher = searcher;
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

    /** A snippet builder for the hits of one search over one searcher; not thread-safe (one search, one thread). */
    static Snippets forQuery(IndexSearcher searcher, Query query, String field, Analyzer analyzer) {
        return new Snippets(searcher, query, field, analyzer);
    }

    /** The best fragment of each body ({@code bodies[i]} is the stored body of Lucene doc {@code docs[i]}). */
    String[] of(int[] docs, String[] bodies) {
        String[] out = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            out[i] = of(docs[i], bodies[i]);
        }
        return out;
    }

    private String of(int doc, String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (highlighter != null) {
            try {
                TokenStream tokens = termVectorTokens(doc);
                String best = tokens != null ? highlighter.getBestFragment(tokens, body)
                        : highlighter.getBestFragment(analyzer, field, body);
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

    /** The body's tokens rebuilt from its term vectors (positions and offsets); null when the field has none. */
    private TokenStream termVectorTokens(int doc) throws IOException {
        Fields vectors = searcher.getIndexReader().termVectors().get(doc);
        return vectors == null ? null : TokenSources.getTermVectorTokenStreamOrNull(field, vectors, MAX_ANALYZED_CHARS);
    }
}
