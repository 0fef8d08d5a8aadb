package io.techmatch.core.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Boundaries every {@code width} characters (moved by one where that would split a surrogate pair), and at the end:
 * snippet fragments of a fixed length whatever the punctuation, as the fragmenter before the unified highlighter made
 * them. Chinese text often runs for hundreds of characters without a sentence end, and Lucene's length-goal iterator
 * over character boundaries placed passages that did not contain their first match (an assertion in
 * {@code Passage.addMatch}), so the boundaries here are plain arithmetic.
 */
final class FixedWidthBreakIterator extends BreakIterator {
    private final int width;
    private String text = "";
    private int current;

    FixedWidthBreakIterator(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1");
        }
        this.width = width;
    }

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder b = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    /** The boundary at or after {@code k * width}, never between the halves of a surrogate pair. */
    private int boundary(long k) {
        long at = Math.min(text.length(), k * width);
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt((int) at - 1))) {
            at++;
        }
        return (int) at;
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        int b = boundary(offset / width + 1L);
        if (b <= offset) { // a boundary moved past a surrogate pair: the next one
            b = boundary(offset / width + 2L);
        }
        current = b;
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        long k = (offset - 1) / width;
        int b = boundary(k);
        while (b >= offset && k > 0) {
            b = boundary(--k);
        }
        current = b >= offset ? 0 : b;
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || boundary(offset / width) == offset
                || boundary((offset - 1) / width) == offset;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
