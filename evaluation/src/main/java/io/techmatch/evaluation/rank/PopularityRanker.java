package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sanity floor: the same ranking for every topic, ignoring its text. Organizations are ranked by how many
 * evidence documents they own; documents, which have no popularity signal in our data, by recency (year, newest
 * first). Ties go by id. Any ranker worth keeping must beat it clearly.
 */
final class PopularityRanker implements Ranker {
    private final List<ScoredDoc> order;
    private final Map<String, java.util.Set<String>> ownedBy = new HashMap<>();

    PopularityRanker(Corpus corpus) {
        List<ScoredDoc> list = new ArrayList<>();
        if (corpus.level() == Corpus.Level.ORGANIZATION) {
            Map<String, Integer> counts = new HashMap<>();
            for (EvidenceDocument d : corpus.documents()) {
                for (String owner : d.ownerIds()) {
                    counts.merge(owner, 1, Integer::sum);
                    ownedBy.computeIfAbsent(owner, o -> new java.util.HashSet<>()).add(d.id());
                }
            }
            corpus.orgs().keySet().forEach(org -> list.add(new ScoredDoc(org, counts.getOrDefault(org, 0))));
        } else {
            corpus.documents().forEach(d -> list.add(new ScoredDoc(d.id(), d.year() == null ? 0 : d.year())));
        }
        list.sort(Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparing(ScoredDoc::docId));
        this.order = List.copyOf(list);
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public List<ScoredDoc> rank(Topic topic, int depth) {
        return order.stream()
                .filter(d -> !topic.excludeDocIds().contains(d.docId()) && !topic.knownOrgIds().contains(d.docId()))
                .map(d -> new ScoredDoc(d.docId(), d.score() - discount(topic, d.docId())))
                .sorted(Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparing(ScoredDoc::docId))
                .limit(depth).toList();
    }

    /** An organization does not get credit for the evidence the topic hides (the query patent itself). */
    private double discount(Topic topic, String orgId) {
        java.util.Set<String> owned = ownedBy.get(orgId);
        return owned == null ? 0 : owned.stream().filter(topic.excludeDocIds()::contains).count();
    }
}
