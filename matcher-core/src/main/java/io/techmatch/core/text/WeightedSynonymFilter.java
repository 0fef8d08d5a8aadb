package io.techmatch.core.text;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Stacks each token's synonyms on its position (increment 0, same offsets) with a {@link BoostAttribute} below 1,
 * which Lucene's {@code QueryBuilder} turns into a weighted {@code SynonymQuery}. Query side only: the index keeps
 * the words as written.
 */
final class WeightedSynonymFilter extends TokenFilter {
    static final String TYPE_SYNONYM = "SYNONYM";

    private final SynonymTable table;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final BoostAttribute boostAtt = addAttribute(BoostAttribute.class);

    private List<SynonymTable.Synonym> pending = List.of();
    private int pendingIndex;
    private State original;

    WeightedSynonymFilter(TokenStream input, SynonymTable table) {
        super(input);
        this.table = table;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingIndex < pending.size()) {
            restoreState(original);
            SynonymTable.Synonym s = pending.get(pendingIndex++);
            termAtt.setEmpty().append(s.term());
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TYPE_SYNONYM);
            boostAtt.setBoost(s.weight());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = table.synonyms(termAtt.toString());
        pendingIndex = 0;
        if (!pending.isEmpty()) {
            original = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        pendingIndex = 0;
        original = null;
    }
}
