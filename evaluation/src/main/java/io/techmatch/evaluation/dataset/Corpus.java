package io.techmatch.evaluation.dataset;

import io.techmatch.core.search.EvidenceDocument;
import java.util.List;
import java.util.Map;

/**
 * What a ranker may see of a dataset: the evidence documents and the organizations, never the judgments (nor, for
 * synthetic data, the hidden profiles). {@code level} says whether rankers return document ids or organization ids.
 * {@code orgs} is the candidate set at organization level: id → name, with region and type in {@code orgRegions}.
 */
public record Corpus(String name, Level level, List<EvidenceDocument> documents, Map<String, String> orgs,
                     Map<String, String> orgRegions) {
    public enum Level { DOCUMENT, ORGANIZATION }

    public Corpus {
        documents = List.copyOf(documents);
        orgs = Map.copyOf(orgs);
        orgRegions = Map.copyOf(orgRegions);
    }

    /** The label of the documents that are ranked at document level (e.g. {@code Achievement}). */
    public String documentKind() {
        return documents.isEmpty() ? "" : documents.get(0).kind();
    }
}
