package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class CommonTermsTest {
    private static final int DOCS = 3000;

    /**
     * Seeded random documents: "common" and "label" in most bodies and titles (above the cutoff), words w0..w199
     * drawn with a skewed distribution (a few frequent, most rare), random lengths so BM25 scores spread.
     */
    private static DirectoryReader index(long seed) throws IOException {
        Random random = new Random(seed);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(500); // segments
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < DOCS; i++) {
                StringBuilder body = new StringBuilder();
                for (int n = 2 + random.nextInt(30); n > 0; n--) {
                    body.append(" w").append((int) Math.floor(200 * Math.pow(random.nextDouble(), 3)));
                }
                if (random.nextDouble() < 0.9) {
                    body.append(" common");
                }
                if (random.nextDouble() < 0.6) {
                    body.append(" label label");
                }
                Document d = new Document();
                d.add(new StringField("id", "d" + i, Field.Store.YES));
                d.add(new TextField("body", body.toString(), Field.Store.NO));
                d.add(new TextField("title", (random.nextDouble() < 0.8 ? "common " : "") + "w" + random.nextInt(200),
                        Field.Store.NO));
                w.addDocument(d);
            }
        }
        return DirectoryReader.open(dir);
    }

    /** The shape our query builder gives: a boosted title disjunction beside a body one, with a synonym clause. */
    private static Query query(String... words) {
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        BooleanQuery.Builder title = new BooleanQuery.Builder();
        for (String w : words) {
            body.add(new TermQuery(new Term("body", w)), Occur.SHOULD);
            title.add(new TermQuery(new Term("title", w)), Occur.SHOULD);
        }
        body.add(new SynonymQuery.Builder("body").addTerm(new Term("body", "label"))
                .addTerm(new Term("body", "w150"), 0.5f).build(), Occur.SHOULD);
        return new BooleanQuery.Builder().add(new BoostQuery(title.build(), 0.7f), Occur.SHOULD)
                .add(body.build(), Occur.SHOULD).build();
    }

    @Test
    void theTopKIsTheWholeQuerys() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            try (DirectoryReader reader = index(seed)) {
                IndexSearcher s = new IndexSearcher(reader);
                String[] words = {"w0", "w3", "w40", "w77", "w120", "w199", "common"};
                Query full = query(words);
                // the rare clauses, decided by document frequency as CommonTerms does (the synonym clause is common
                // through "label")
                long cutoff = (long) Math.ceil(CommonTerms.MAX_DOC_FREQ_RATIO * reader.numDocs());
                int rareTerms = 0;
                for (String w : words) {
                    for (String field : List.of("body", "title")) {
                        if (reader.docFreq(new Term(field, w)) <= cutoff) {
                            rareTerms++;
                        }
                    }
                }
                assertThat(rareTerms).as("rare clauses").isBetween(4, 2 * words.length - 2);
                assertThat(reader.docFreq(new Term("body", "w0"))).as("w0 is common").isGreaterThan(DOCS / 2);
                for (int k : new int[] {1, 10, 50, 400, 2900}) {
                    TopDocs got = CommonTerms.search(s, full, null, k);
                    // beyond the documents with a rare term, the top k holds documents of common terms only
                    List<ScoreDoc> want = java.util.Arrays.asList(s.search(full, k).scoreDocs);
                    assertThat(got.scoreDocs).hasSameSizeAs(want);
                    for (int i = 0; i < want.size(); i++) {
                        assertThat(got.scoreDocs[i].doc).as("seed %d k %d rank %d", seed, k, i).isEqualTo(want.get(i).doc);
                        assertThat(got.scoreDocs[i].score).isCloseTo(want.get(i).score, within(1e-4f));
                    }
                }
            }
        }
    }

    @Test
    void aQueryOfCommonTermsOnlyRunsAsItIs() throws IOException {
        try (DirectoryReader reader = index(7)) {
            IndexSearcher s = new IndexSearcher(reader);
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term("body", "common")), Occur.SHOULD)
                    .add(new TermQuery(new Term("body", "label")), Occur.SHOULD).build();
            TopDocs got = CommonTerms.search(s, q, null, 20);
            TopDocs want = s.search(q, 20);
            assertThat(got.scoreDocs).extracting(sd -> sd.doc).containsExactlyElementsOf(
                    java.util.Arrays.stream(want.scoreDocs).map(sd -> sd.doc).toList());
        }
    }
}
