package io.techmatch.api.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.techmatch.api.index.EvidenceIndexService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The word split of need queries and the fallback while the index rebuilds; the ranking itself is in NeedApiIT. */
class NeedTextSearchTest {

    @Test
    void queriesSplitIntoTheIndexWordsOncePerPosition() {
        // the index analyzer stacks 锂电|电池 on 锂电池: one word, not three that each must occur
        assertThat(NeedTextSearch.words("锂电池隔膜")).containsExactly("锂电池", "隔膜");
        assertThat(NeedTextSearch.words("隔膜 隔膜")).containsExactly("隔膜");
        assertThat(NeedTextSearch.words("title:* OR (a AND b)~2")).doesNotContain("*", "(", "~2", "title:*");
        assertThat(NeedTextSearch.words("、。！？")).isEmpty();
        assertThat(NeedTextSearch.words("隔膜 ".repeat(100) + String.join(" ", "甲乙丙丁戊己庚辛壬癸".split(""))))
                .hasSizeLessThanOrEqualTo(NeedTextSearch.MAX_WORDS);
    }

    @Test
    void whileTheIndexRebuildsTheCallerIsToldToFallBack() {
        EvidenceIndexService index = mock(EvidenceIndexService.class);
        when(index.state()).thenReturn(EvidenceIndexService.State.BUILDING);
        @SuppressWarnings("unchecked")
        ObjectProvider<EvidenceIndexService> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(index);
        assertThat(new NeedTextSearch(provider).ranked("隔膜")).isEmpty();
        verify(index, never()).search(any());
    }
}
