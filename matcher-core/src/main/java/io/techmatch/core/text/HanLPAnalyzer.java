package io.techmatch.core.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * HanLP tokenizer, demand-text stopwords and, on the query side, weighted synonyms. Safe to share between threads:
 * Lucene's reuse strategy gives each thread its own tokenizer, and HanLP's segmenter only reads shared state.
 */
final class HanLPAnalyzer extends Analyzer {
    static final String STOPWORDS_FILE = "/text/stopwords.txt";
    static final CharArraySet STOPWORDS = loadStopwords();

    private final boolean synonyms;

    HanLPAnalyzer(boolean synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HanLPTokenizer();
        TokenStream stream = new StopFilter(tokenizer, STOPWORDS);
        if (synonyms) {
            stream = new WeightedSynonymFilter(stream, SynonymTable.get());
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet loadStopwords() {
        CharArraySet set = new CharArraySet(256, false);
        for (String word : Resources.lines(STOPWORDS_FILE)) {
            set.add(SynonymTable.normalize(word));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
