package io.techmatch.core.search;

import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.QueryCleaner;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/** Not a test: prints a query's analyzed terms with their document frequency and times the lexical query. */
public final class LexicalProbe {
    private LexicalProbe() {
    }

    public static void main(String[] args) throws Exception {
        TextBootstrap.init(TextSettings.defaults());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.println("docs " + reader.numDocs() + ", segments " + reader.leaves().size());
            for (int i = 1; i < args.length; i++) {
                String text = QueryCleaner.clean(args[i]);
                System.out.println("query: " + text);
                String field = IndexFields.analyzed(IndexFields.BODY, RetrievalMode.BM25_HANLP);
                try (TokenStream ts = AnalyzerFactory.queryAnalyzerFor(RetrievalMode.BM25_HANLP).tokenStream(field, text)) {
                    CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    StringBuilder sb = new StringBuilder();
                    while (ts.incrementToken()) {
                        sb.append(t).append('(').append(reader.docFreq(new Term(field, t.toString()))).append(") ");
                    }
                    ts.end();
                    System.out.println("  " + sb);
                }
                Query all = EvidenceSearcher.lexicalQuery(RetrievalMode.BM25_HANLP, text);
                for (boolean split : List.of(false, true))
                for (int k : List.of(10, 100, 300)) {
                    long best = Long.MAX_VALUE;
                    for (int rep = 0; rep < 5; rep++) {
                        long a = System.nanoTime();
                        if (split) {
                            CommonTerms.search(searcher, all, null, k);
                        } else {
                            searcher.search(all, k);
                        }
                        best = Math.min(best, System.nanoTime() - a);
                    }
                    System.out.printf("  %s top %d: best of 5 %.1f ms%n", split ? "common terms scored only" : "whole query", k, best / 1e6);
                }
            }
        }
    }
}
