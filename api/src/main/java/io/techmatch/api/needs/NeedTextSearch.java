package io.techmatch.api.needs;

import io.techmatch.api.index.EvidenceIndexService;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.QueryCleaner;
import io.techmatch.core.text.TextSafety;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The full-text part of {@code GET /needs?q=}: needs ranked by HanLP BM25 relevance over their titles and bodies in
 * the evidence index (the analysis matching uses: domain dictionary, query-time synonyms), kept only when they hold
 * every word of the query or a synonym of it, as a search box does; a rare word thus finds just the needs that
 * contain it. The query is analyzed as text, never parsed as Lucene syntax. Visibility and the other filters are
 * applied by the caller, over at most {@link #MAX_HITS} hits.
 */
@Component
class NeedTextSearch {
    static final int MAX_HITS = SearchQuery.MAX_LIMIT;
    /** Words beyond this add little to a search box query and would cost one index search each. */
    static final int MAX_WORDS = 12;
    private static final Set<String> NEEDS = Set.of(GraphModel.Label.NEED);

    private final ObjectProvider<EvidenceIndexService> index;

    NeedTextSearch(ObjectProvider<EvidenceIndexService> index) {
        this.index = index;
    }

    /**
     * Need ids best first (ties by id), with their rank from 0; empty when the index cannot answer now (absent, or
     * rebuilding in the background), so the caller falls back to a substring match rather than miss needs.
     */
    Optional<Map<String, Long>> ranked(String q) {
        EvidenceIndexService service = index.getIfAvailable();
        if (service == null || service.state() != EvidenceIndexService.State.READY) {
            return Optional.empty();
        }
        List<String> words = words(q);
        Map<String, Long> rank = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return Optional.of(rank);
        }
        Set<String> allWords = null;
        for (String word : words) {
            Set<String> ids = new HashSet<>();
            search(service, word).forEach(h -> ids.add(h.id()));
            if (allWords == null) {
                allWords = ids;
            } else {
                allWords.retainAll(ids);
            }
            if (allWords.isEmpty()) {
                return Optional.of(rank);
            }
        }
        for (EvidenceHit hit : search(service, q)) {
            if (allWords.contains(hit.id())) {
                rank.putIfAbsent(hit.id(), (long) rank.size());
            }
        }
        return Optional.of(rank);
    }

    private static List<EvidenceHit> search(EvidenceIndexService service, String text) {
        // confidential needs too: the caller's visibility rule is applied with the other filters, in the graph
        // only the hits' ids and order are used: no snippets (highlighting every hit was most of a search's CPU)
        return service.search(new SearchQuery(text, NEEDS, MAX_HITS, RetrievalMode.BM25_HANLP, true).withoutSnippets());
    }

    /**
     * The query's words as the index stores them: one per token position (the index analyzer stacks a word's parts,
     * e.g. 锂电池|锂电|电池, at one position), after the cleaning matching applies, in order, without repeats.
     */
    static List<String> words(String q) {
        String text = QueryCleaner.clean(q);
        if (!TextSafety.hasContent(text)) {
            text = TextSafety.sanitize(q, QueryCleaner.MAX_QUERY_CHARS);
        }
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = AnalyzerFactory.indexAnalyzer().tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                if (position.getPositionIncrement() > 0) {
                    words.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a need query failed", e);
        }
        return List.copyOf(words);
    }
}
