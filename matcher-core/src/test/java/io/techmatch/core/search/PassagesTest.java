package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static EvidenceDocument doc(String title, String body) {
        return new EvidenceDocument("X", "Achievement", title, body, List.of(), List.of(), List.of(), List.of(), null,
                false);
    }

    @Test
    void aShortDocumentHasOnePassageTheDenseTextOfBefore() {
        EvidenceDocument d = doc("标题", "短正文。");
        assertThat(DocumentMapper.passages(d)).containsExactly(DocumentMapper.denseText(d));
    }

    @Test
    void aLongDocumentHasOverlappingTitledPassagesThatCoverTheBodyUpToTheMaximum() {
        String title = "高镍正极材料";
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 1_000; i++) {
            body.append("第").append(i).append("句说明材料性能。");
        }
        List<String> passages = DocumentMapper.passages(doc(title, body.toString()));
        int window = Embedder.MAX_CHARS - title.length() - 1;
        assertThat(passages).hasSizeBetween(2, DocumentMapper.MAX_PASSAGES);
        assertThat(passages).allSatisfy(p -> assertThat(p).startsWith(title + "。"));
        // the first is the whole dense text, which the embedder cuts; the others fit as they are
        assertThat(Embedder.prepare(passages.get(0))).isEqualTo(title + "。" + body.substring(0, window));
        assertThat(passages.subList(1, passages.size()))
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Embedder.MAX_CHARS));
        // the second passage starts inside the first one's window: they overlap by a quarter of it
        String second = passages.get(1).substring(title.length() + 1);
        int start = body.indexOf(second);
        assertThat(start).isPositive().isLessThan(window);
        assertThat(window - start).isEqualTo(window - (int) Math.round(window * 0.75));
        // the last passage reaches the end of the body when the maximum allows it
        assertThat(body.toString()).endsWith(passages.get(passages.size() - 1).substring(title.length() + 1));
    }

    @Test
    void aVeryLongDocumentStopsAtTheMaximum() {
        List<String> passages = DocumentMapper.passages(doc("题", "字".repeat(20_000)));
        assertThat(passages).hasSize(DocumentMapper.MAX_PASSAGES);
        assertThat(DocumentMapper.passages(doc("题", "字".repeat(20_000)), 2)).containsExactlyElementsOf(passages.subList(0, 2));
        assertThat(DocumentMapper.passages(doc("题", "字".repeat(20_000)), 1)).containsExactly(passages.get(0));
    }
}
