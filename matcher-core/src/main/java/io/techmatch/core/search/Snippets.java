package io.techmatch.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Highlighted body fragments for explanations: matched terms in {@code <em>}, the rest HTML-escaped. Built on Lucene's
 * {@link UnifiedHighlighter}, which takes the matched terms' offsets from the field's term vectors when the index has
 * them (the HanLP body, see {@link DocumentMapper}) instead of analyzing every hit's body again; fields without term
 * vectors (the CJK and smartcn bodies) are re-analyzed as before. The bodies come from the caller, which has read the
 * hits' stored fields already.
 */
final class Snippets {
    private static final Logger log = LoggerFactory.getLogger(Snippets.class);
    static final int FRAGMENT_CHARS = 120;
    /** Only the start of a long body is scanned for a fragment: snippets must stay cheap. */
    private static final int MAX_ANALYZED_CHARS = 20_000;

    private final Highlighter highlighter;
    private final Query query;
    private final String field;

    private Snippets(IndexSearcher searcher, Query query, String field, Analyzer analyzer) {
        this.query = query;
        this.field = field;
        // fixed-width fragments: Chinese text often runs for hundreds of characters without a sentence end, and a
        // fragment must stay short whatever the punctuation
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> new FixedWidthBreakIterator(FRAGMENT_CHARS))
                .withFormatter(new EscapingFormatter())
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaxNoHighlightPassages(0);
        this.highlighter = query == null ? null : new Highlighter(builder);
    }

    /** A snippet builder for the hits of one search over one searcher; not thread-safe (one search, one thread). */
    static Snippets forQuery(IndexSearcher searcher, Query query, String field, Analyzer analyzer) {
        return new Snippets(searcher, query, field, analyzer);
    }

    /** The best fragment of each body ({@code bodies[i]} is the stored body of Lucene doc {@code docs[i]}). */
    String[] of(int[] docs, String[] bodies) {
        String[] out = new String[docs.length];
        if (highlighter != null && docs.length > 0) {
            try {
                String[] best = highlighter.highlight(field, query, docs, bodies);
                System.arraycopy(best, 0, out, 0, docs.length);
            } catch (IOException | RuntimeException e) {
                log.warn("No highlighted snippets ({}); using the start of the bodies", e.toString());
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = start(bodies[i]);
            }
        }
        return out;
    }

    /** Where the matched terms' offsets come from for this field (for tests: term vectors, not re-analysis). */
    UnifiedHighlighter.OffsetSource offsetSource() {
        return highlighter.offsetSource(field);
    }

    private static String start(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        int end = Math.min(body.length(), FRAGMENT_CHARS);
        if (end < body.length() && Character.isHighSurrogate(body.charAt(end - 1))) {
            end--;
        }
        return SimpleHTMLEncoder.htmlEncode(body.substring(0, end));
    }

    /** The highlighter, reading the bodies it is given instead of loading stored fields a second time. */
    private static final class Highlighter extends UnifiedHighlighter {
        private Map<Integer, String> bodies = Map.of();

        Highlighter(Builder builder) {
            super(builder);
        }

        String[] highlight(String field, Query query, int[] docs, String[] texts) throws IOException {
            Map<Integer, String> byDoc = new HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                byDoc.put(docs[i], texts[i] == null ? "" : texts[i]);
            }
            bodies = byDoc;
            int[] sortedDistinct = byDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            String[] found = highlightFields(new String[] {field}, query, sortedDistinct, new int[] {1}).get(field);
            Map<Integer, String> snippet = new HashMap<>();
            for (int i = 0; i < sortedDistinct.length; i++) {
                snippet.put(sortedDistinct[i], found[i]);
            }
            String[] out = new String[docs.length];
            for (int i = 0; i < docs.length; i++) {
                out[i] = snippet.get(docs[i]);
            }
            return out;
        }

        OffsetSource offsetSource(String field) {
            return getOffsetSource(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String body = bodies.getOrDefault(doc, "");
                CharSequence[] row = new CharSequence[fields.length];
                java.util.Arrays.fill(row, body.length() > MAX_ANALYZED_CHARS ? body.substring(0, MAX_ANALYZED_CHARS)
                        : body);
                values.add(row);
            }
            return values;
        }
    }

    /** The passage with its matches in {@code <em>}, escaped as the highlighter escaped before (SimpleHTMLEncoder). */
    private static final class EscapingFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            StringBuilder out = new StringBuilder(p.getLength() + 32);
            int at = p.getStartOffset();
            // a match that crosses the fragment's end is shown whole
            int last = p.getEndOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                last = Math.max(last, p.getMatchEnds()[i]);
            }
            last = Math.min(last, content.length());
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(at, p.getMatchStarts()[i]);
                int end = Math.min(last, p.getMatchEnds()[i]);
                if (end <= start) {
                    continue; // overlapping matches (a synonym on the same word): the first one is marked
                }
                out.append(SimpleHTMLEncoder.htmlEncode(content.substring(at, start))).append("<em>")
                        .append(SimpleHTMLEncoder.htmlEncode(content.substring(start, end))).append("</em>");
                at = end;
            }
            out.append(SimpleHTMLEncoder.htmlEncode(content.substring(at, Math.max(at, last))));
            return out.toString();
        }
    }
}
