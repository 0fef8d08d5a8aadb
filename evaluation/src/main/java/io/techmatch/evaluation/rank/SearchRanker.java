package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval mode of the product's {@link EvidenceSearch}. At document level the hits are the ranking. At
 * organization level the evidence hits vote for their owners (CombSUM of reciprocal ranks, 1/rank, over the top
 * {@link #EVIDENCE_DEPTH} hits), which is the classic "expert search by documents" baseline.
 */
final class SearchRanker implements Ranker {
    static final int EVIDENCE_DEPTH = 200;

    private final String name;
    private final EvidenceSearch search;
    private final RetrievalMode mode;
    private final Corpus corpus;

    SearchRanker(String name, EvidenceSearch search, RetrievalMode mode, Corpus corpus) {
        this.name = name;
        this.search = search;
        this.mode = mode;
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ScoredDoc> rank(Topic topic, int depth) {
        boolean orgLevel = corpus.level() == Corpus.Level.ORGANIZATION;
        int limit = Math.min(SearchQuery.MAX_LIMIT, (orgLevel ? EVIDENCE_DEPTH : depth) + topic.excludeDocIds().size());
        String[] kinds = orgLevel ? new String[0] : new String[] {corpus.documentKind()};
        // a ranking needs no snippets: highlighting every one of up to EVIDENCE_DEPTH hits was 70% of a search's CPU
        List<EvidenceHit> hits = search.search(SearchQuery.of(topic.queryText(), limit, mode, kinds).withoutSnippets()).stream()
                .filter(h -> !topic.excludeDocIds().contains(h.id())).toList();
        if (!orgLevel) {
            return hits.stream().limit(depth).map(h -> new ScoredDoc(h.id(), h.score())).toList();
        }
        Map<String, Double> votes = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            for (String owner : hits.get(i).ownerIds()) {
                if (corpus.orgs().containsKey(owner) && !topic.knownOrgIds().contains(owner)) {
                    votes.merge(owner, 1.0 / (i + 1), Double::sum);
                }
            }
        }
        List<ScoredDoc> ranked = new ArrayList<>();
        votes.forEach((org, score) -> ranked.add(new ScoredDoc(org, score)));
        ranked.sort(Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparing(ScoredDoc::docId));
        return ranked.stream().limit(depth).toList();
    }
}
