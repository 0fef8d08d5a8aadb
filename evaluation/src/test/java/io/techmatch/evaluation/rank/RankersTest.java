package io.techmatch.evaluation.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankersTest {
    static EvidenceDocument patent(String id, int year, String... owners) {
        return new EvidenceDocument(id, "Patent", id, "", List.of(), List.of(), List.of(), List.of(owners), year, false);
    }

    static final Corpus ORGS = new Corpus("t", Corpus.Level.ORGANIZATION,
            List.of(patent("P1", 2020, "O1"), patent("P2", 2021, "O2", "O1"), patent("P3", 2022, "O3"),
                    patent("P4", 2022, "O1")),
            Map.of("O1", "a", "O2", "b", "O3", "c"), Map.of());

    /** A fake product search that returns fixed hits, best first, and records the queries it got. */
    static final class FixedSearch implements EvidenceSearch {
        final List<SearchQuery> queries = new ArrayList<>();
        final List<EvidenceHit> hits;

        FixedSearch(List<EvidenceHit> hits) {
            this.hits = hits;
        }

        @Override
        public List<EvidenceHit> search(SearchQuery query) {
            queries.add(query);
            return hits.stream().limit(query.limit()).toList();
        }
    }

    static EvidenceHit hit(String id, double score, String... owners) {
        return new EvidenceHit(id, "Patent", score, score, 0, id, "", List.of(owners), List.of(), null);
    }

    @Test
    void orgLevelSearchVotesReciprocalRanksForOwnersSkippingHiddenDocsAndKnownOrgs() {
        FixedSearch search = new FixedSearch(List.of(hit("P2", 9, "O2", "O1"), hit("P3", 8, "O3"), hit("P4", 7, "O1"),
                hit("P9", 6, "O-unknown")));
        SearchRanker ranker = new SearchRanker("bm25-cjk", search, RetrievalMode.BM25_CJK, ORGS);
        Topic topic = new Topic("q", "热泵", "", Set.of("P2"), Set.of("O2"), null);
        // P2 is hidden: P3 is rank 1 (O3: 1), P4 rank 2 (O1: 1/2); O2 is known; unknown owners are not candidates
        assertThat(ranker.rank(topic, 10)).containsExactly(new ScoredDoc("O3", 1.0), new ScoredDoc("O1", 0.5));
        assertThat(search.queries.get(0).mode()).isEqualTo(RetrievalMode.BM25_CJK);
        assertThat(search.queries.get(0).text()).isEqualTo("热泵");
    }

    @Test
    void documentLevelSearchKeepsTheProductOrderAndAsksForTheDocumentKind() {
        Corpus docs = new Corpus("d", Corpus.Level.DOCUMENT, List.of(new EvidenceDocument("A1", "Achievement", "", "",
                null, null, null, null, null, false)), Map.of(), Map.of());
        FixedSearch search = new FixedSearch(List.of(hit("A2", 3), hit("A1", 2), hit("A3", 1)));
        List<ScoredDoc> ranked = new SearchRanker("dense", search, RetrievalMode.DENSE, docs).rank(Topic.of("q", "", "x"), 2);
        assertThat(ranked).extracting(ScoredDoc::docId).containsExactly("A2", "A1");
        assertThat(search.queries.get(0).kinds()).containsExactly("Achievement");
    }

    @Test
    void popularityRanksOrgsByEvidenceCountIgnoringTheTopicText() {
        PopularityRanker popularity = new PopularityRanker(ORGS);
        assertThat(popularity.rank(Topic.of("q", "无关", ""), 10)).extracting(ScoredDoc::docId)
                .containsExactly("O1", "O2", "O3");
        // hiding P2 and P4 takes two patents from O1 and one from O2: O1 1, O2 0, O3 1
        Topic hiding = new Topic("q", "", "", Set.of("P2", "P4"), Set.of("O3"), null);
        assertThat(popularity.rank(hiding, 10)).containsExactly(new ScoredDoc("O1", 1), new ScoredDoc("O2", 0));
    }

    @Test
    void popularityRanksDocumentsNewestFirst() {
        Corpus docs = new Corpus("d", Corpus.Level.DOCUMENT, List.of(patent("A", 2019), patent("B", 2023), patent("C", 2019)),
                Map.of(), Map.of());
        assertThat(new PopularityRanker(docs).rank(Topic.of("q", "", ""), 3)).extracting(ScoredDoc::docId)
                .containsExactly("B", "A", "C");
    }

    @Test
    void sessionSharesOneIndexAndRebuildsItOnceWithEmbeddingsForDenseRankers() {
        List<Boolean> opened = new ArrayList<>();
        SearchBackend backend = (corpus, dense) -> {
            opened.add(dense);
            return new SearchBackend.OpenIndex() {
                public EvidenceSearch search() {
                    return new FixedSearch(List.of());
                }

                public boolean dense() {
                    return dense;
                }

                public void close() {
                }
            };
        };
        try (RankerSession session = new RankerSession(ORGS, backend, null)) {
            session.ranker("bm25-cjk");
            session.ranker("bm25-hanlp");
            session.ranker("hybrid");
            session.ranker("dense");
            session.ranker("bm25-smartcn");
            assertThat(session.ranker("popularity").name()).isEqualTo("popularity");
            assertThatThrownBy(() -> session.ranker("techmatch")).hasMessageContaining("no graph");
            assertThatThrownBy(() -> session.ranker("tfidf")).hasMessageContaining("unknown ranker");
        }
        assertThat(opened).containsExactly(false, true);
    }

    @Test
    void quantizedModelRankersOpenTheirOwnIndexOnceAndTheDefaultBackendRefusesThem() {
        List<String> opened = new ArrayList<>();
        SearchBackend backend = new SearchBackend() {
            @Override
            public OpenIndex open(Corpus corpus, boolean dense) {
                opened.add(dense ? "dense" : "lexical");
                return index(dense, 4);
            }

            @Override
            public OpenIndex open(Corpus corpus, EmbeddingModel model) {
                opened.add(model.modelName());
                return index(true, 4);
            }

            private OpenIndex index(boolean dense, long docs) {
                return new OpenIndex() {
                    public EvidenceSearch search() {
                        return new FixedSearch(List.of());
                    }

                    public boolean dense() {
                        return dense;
                    }

                    public long indexedDocuments() {
                        return docs;
                    }

                    public void close() {
                    }
                };
            }
        };
        try (RankerSession session = new RankerSession(ORGS, backend, null)) {
            assertThat(session.ranker("hybrid-q").name()).isEqualTo("hybrid-q");
            assertThat(session.indexedDocuments()).as("counted from the quantized model's index").isEqualTo(4);
            session.ranker("dense-q");
            session.ranker("hybrid");
        }
        assertThat(opened).containsExactly("bge-small-zh-v15-q", "dense");
        SearchBackend defaultOnly = (corpus, dense) -> {
            throw new AssertionError("not reached");
        };
        assertThatThrownBy(() -> defaultOnly.open(ORGS, EmbeddingModel.QUANTIZED))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
