package io.techmatch.core.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene tokenizer over HanLP. The input is normalized char by char (full-width to half-width, traditional to
 * simplified, lower case; HanLP's CharTable is one char to one char), so every offset is an index into the original
 * text, passed through {@code correctOffset}. The text is cut into runs: Han runs go to HanLP; Latin/digit runs
 * become one token each, joined over {@code . / - _} between alphanumerics so that {@code pm2.5} and
 * {@code h01m10/05} stay whole; everything else (punctuation, symbols, emoji, lone surrogates) separates tokens.
 * Supplementary Han characters (surrogate pairs) are single-character tokens, because HanLP works on chars. Words of
 * three or more characters also emit the dictionary words they contain, at the same position.
 */
final class HanLPTokenizer extends Tokenizer {
    private static final Logger log = LoggerFactory.getLogger(HanLPTokenizer.class);
    /** Longer input is cut here (with a warning) so that one huge field cannot exhaust memory. */
    static final int MAX_CHARS = 1 << 20;
    static final String TYPE_WORD = "<WORD>";
    static final String TYPE_ALNUM = "<ALNUM>";
    static final String TYPE_SUBWORD = "<SUBWORD>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private char[] text = new char[256];
    private int length;
    private int[] spans = new int[64];
    private int spanCount;
    private int next;
    private boolean analyzed;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!analyzed) {
            analyze();
        }
        if (next >= spanCount) {
            return false;
        }
        int start = spans[next * 3];
        int end = spans[next * 3 + 1];
        termAtt.copyBuffer(text, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        int type = spans[next * 3 + 2];
        posIncAtt.setPositionIncrement(type == 2 ? 0 : 1);
        typeAtt.setType(type == 0 ? TYPE_WORD : type == 1 ? TYPE_ALNUM : TYPE_SUBWORD);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        spanCount = 0;
        next = 0;
        analyzed = false;
        if (text.length > 1 << 16) {
            text = new char[256]; // do not keep a huge buffer alive in a reused analyzer
        }
    }

    private void analyze() throws IOException {
        analyzed = true;
        readAll();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i, length);
            int n = Character.charCount(cp);
            if (Character.isSupplementaryCodePoint(cp) && Character.isIdeographic(cp)) {
                addSpan(i, i + n, 0);
                i += n;
            } else if (isHan(text[i])) {
                int end = i + 1;
                while (end < length && isHan(text[end])) {
                    end++;
                }
                segmentHan(i, end);
                i = end;
            } else if (isAlnum(text[i])) {
                i = alnumRun(i);
            } else {
                i += n;
            }
        }
    }

    private void segmentHan(int start, int end) {
        List<Term> terms = TextBootstrap.segment().seg(new String(text, start, end - start));
        int pos = start;
        for (int t = 0; t < terms.size(); t++) {
            int len = terms.get(t).word.length();
            if (len == 0 || pos + len > end) {
                break; // HanLP always covers its input; this only guards against a future change
            }
            addSpan(pos, pos + len, 0);
            if (len >= 3) {
                addSubWords(terms.get(t).word, pos);
            } else if (len == 1 && t + 1 < terms.size() && terms.get(t + 1).word.length() == 1) {
                // two single characters in a row are usually an unknown word (内胆 -> 内|胆): keep the pair too
                addSpan(pos, pos + 2, 2);
            }
            pos += len;
        }
    }

    /**
     * The dictionary words inside a long word, stacked on its position: 锂离子电池 also yields 锂离子, 离子, 电池, so a
     * query that says 电池 still matches. Ordered by start offset, as Lucene requires.
     */
    private void addSubWords(String word, int offset) {
        int len = word.length();
        for (int s = 0; s < len - 1; s++) {
            for (int e = s + 2; e <= len; e++) {
                if (e - s < len && isWord(word.substring(s, e))) {
                    addSpan(offset + s, offset + e, 2);
                }
            }
        }
    }

    private static boolean isWord(String s) {
        return CoreDictionary.contains(s) || CustomDictionary.contains(s);
    }

    private int alnumRun(int start) {
        int i = start;
        Character.UnicodeScript script = Character.UnicodeScript.COMMON;
        while (i < length) {
            if (isAlnum(text[i])) {
                // a change of script (Latin to kana, kana to hangul) starts a new token; digits go with anything
                Character.UnicodeScript s = Character.UnicodeScript.of(text[i]);
                if (s != Character.UnicodeScript.COMMON) {
                    if (script != Character.UnicodeScript.COMMON && s != script) {
                        break;
                    }
                    script = s;
                }
                i++;
            } else if (isJoiner(text[i]) && i + 1 < length && isAlnum(text[i + 1]) && i > start) {
                i++;
            } else {
                break;
            }
        }
        addSpan(start, i, 1);
        return i;
    }

    private void readAll() throws IOException {
        while (true) {
            if (length == text.length) {
                if (length >= MAX_CHARS) {
                    long skipped = 0;
                    char[] sink = new char[8192];
                    for (int r; (r = input.read(sink)) > 0; ) {
                        skipped += r;
                    }
                    if (skipped > 0) {
                        log.warn("Text of {} chars cut to the first {} for analysis", length + skipped, length);
                    }
                    break;
                }
                text = Arrays.copyOf(text, Math.min(MAX_CHARS, text.length * 2));
            }
            int read = input.read(text, length, text.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        // a surrogate pair split by the cut would leave a lone high surrogate: drop it
        if (length > 0 && Character.isHighSurrogate(text[length - 1]) && length == MAX_CHARS) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            text[i] = normalize(text[i]);
        }
    }

    static char normalize(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        char n = CharTable.convert(c);
        return Character.toLowerCase(n);
    }

    private void addSpan(int start, int end, int type) {
        if (spanCount * 3 + 3 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[spanCount * 3] = start;
        spans[spanCount * 3 + 1] = end;
        spans[spanCount * 3 + 2] = type;
        spanCount++;
    }

    private static boolean isHan(char c) {
        return !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && Character.isLetter(c);
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (c > 0x7f && !Character.isSurrogate(c) && Character.isLetterOrDigit(c) && !isHan(c));
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '/' || c == '-' || c == '_';
    }
}
