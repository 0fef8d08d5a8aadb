package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class FixedWidthBreakIteratorTest {
    @Test
    void boundariesFallEveryWidthCharactersAndAtTheEnd() {
        FixedWidthBreakIterator it = new FixedWidthBreakIterator(4);
        it.setText("0123456789");
        assertThat(it.first()).isZero();
        assertThat(it.next()).isEqualTo(4);
        assertThat(it.next()).isEqualTo(8);
        assertThat(it.next()).isEqualTo(10);
        assertThat(it.next()).isEqualTo(BreakIterator.DONE);
        assertThat(it.following(0)).isEqualTo(4);
        assertThat(it.following(4)).isEqualTo(8);
        assertThat(it.following(9)).isEqualTo(10);
        assertThat(it.following(10)).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(5)).isEqualTo(4);
        assertThat(it.preceding(4)).isZero();
        assertThat(it.preceding(10)).isEqualTo(8);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.isBoundary(8)).isTrue();
        assertThat(it.isBoundary(7)).isFalse();
    }

    @Test
    void everyMatchLiesInsideThePassageTheHighlighterBuildsAroundIt() {
        // the unified highlighter's use: start = preceding(match + 1), end = following(match)
        FixedWidthBreakIterator it = new FixedWidthBreakIterator(7);
        String text = "字".repeat(50);
        it.setText(text);
        for (int match = 0; match < text.length(); match++) {
            int start = Math.max(it.preceding(match + 1), 0);
            int end = Math.min(it.following(match), text.length());
            assertThat(start).isLessThanOrEqualTo(match);
            assertThat(end).isGreaterThan(match);
            assertThat(end - start).isLessThanOrEqualTo(7);
        }
    }

    @Test
    void aBoundaryNeverSplitsASurrogatePair() {
        FixedWidthBreakIterator it = new FixedWidthBreakIterator(3);
        String text = "ab𠀀cd𠀀ef"; // the pair at 2..3 straddles the boundary at 3
        it.setText(text);
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            assertThat(b == 0 || b == text.length() || !Character.isLowSurrogate(text.charAt(b))).as("at %d", b).isTrue();
        }
        assertThat(it.following(2)).isEqualTo(4);
    }
}
