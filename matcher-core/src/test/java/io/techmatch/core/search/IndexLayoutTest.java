package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written with an older field layout (the HanLP body without term vectors, no recorded layout) is stale when
 * opened; it is rewritten from its stored documents before anything new is added to it, since Lucene refuses a
 * document whose field options differ from those already in the index.
 */
class IndexLayoutTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    /** Writes the documents as the code before layout 2 did, with the current analyzer fingerprint. */
    private void writeOldLayout(List<EvidenceDocument> docs) throws Exception {
        String body = IndexFields.analyzed(IndexFields.BODY, RetrievalMode.BM25_HANLP);
        try (FSDirectory fs = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(AnalyzerFactory.indexAnalyzer()))) {
            for (EvidenceDocument d : docs) {
                Document doc = DocumentMapper.toLucene(d, DocumentMapper.contentHash(d), (float[]) null);
                doc.removeField(body);
                doc.add(new TextField(body, d.body(), Field.Store.NO));
                w.addDocument(doc);
            }
            w.setLiveCommitData(Map.of(IndexFields.DICTIONARY_VERSION, "1",
                    IndexFields.ANALYZER_FINGERPRINT, TextBootstrap.analyzerFingerprint()).entrySet());
            w.commit();
        }
    }

    private FieldInfo hanlpBody() throws Exception {
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
            return FieldInfos.getMergedFieldInfos(r).fieldInfo(IndexFields.analyzed(IndexFields.BODY,
                    RetrievalMode.BM25_HANLP));
        }
    }

    @Test
    void anOldLayoutIsStaleAndRewrittenBeforeANewDocumentJoinsIt() throws Exception {
        writeOldLayout(EvidenceIndexTest.DOCS);
        assertThat(hanlpBody().hasVectors()).isFalse();
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, false, null, null, null))) {
            assertThat(index.isStale()).isTrue();
            IndexStats stats = index.upsert(List.of(EvidenceIndexTest.doc("A9", "Achievement", "隔膜涂覆", "锂电池隔膜")));
            assertThat(stats.written()).isEqualTo(1);
            assertThat(stats.documents()).isEqualTo(EvidenceIndexTest.DOCS.size() + 1);
            assertThat(index.isStale()).isFalse();
            assertThat(index.search(SearchQuery.of("氮化镓", 10, RetrievalMode.BM25_HANLP)))
                    .extracting(EvidenceHit::id).containsExactly("P2");
        }
        assertThat(hanlpBody().hasVectors()).isTrue();
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, false, null, null, null))) {
            assertThat(index.isStale()).as("the rewrite recorded the layout").isFalse();
        }
    }

    @Test
    void aSearchOfAnOldLayoutRewritesItFirst() throws Exception {
        writeOldLayout(EvidenceIndexTest.DOCS);
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, false, null, null, null))) {
            List<EvidenceHit> hits = index.search(SearchQuery.of("氮化镓", 10, RetrievalMode.BM25_HANLP));
            assertThat(hits).extracting(EvidenceHit::id).containsExactly("P2");
            assertThat(hits.get(0).snippet()).contains("<em>氮化镓</em>");
            assertThat(index.isStale()).isFalse();
            assertThat(index.stats().documents()).isEqualTo(EvidenceIndexTest.DOCS.size());
        }
        assertThat(hanlpBody().hasVectors()).isTrue();
    }
}
