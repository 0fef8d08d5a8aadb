package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DerivedBatchesTest {
    @Test
    void batchesAreCutByPatentsAndKeepTheOrder() {
        Map<String, Long> patents = new TreeMap<>();
        patents.put("a", 120_000L); // larger than a batch: alone
        patents.put("b", 30_000L);
        patents.put("c", 19_000L);
        patents.put("d", 2_000L); // b + c + d would pass 50,000
        List<String> ids = new ArrayList<>(patents.keySet());
        for (int i = 0; i < 12_000; i++) {
            String id = String.format("z%05d", i); // organizations without patents count 1 each
            ids.add(id);
        }
        List<List<String>> batches = Derived.batches(ids, patents);

        assertThat(batches.get(0)).containsExactly("a");
        assertThat(batches.get(1)).containsExactly("b", "c");
        assertThat(batches.get(2)).startsWith("d").hasSize(Derived.MAX_ORGANIZATIONS);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty().hasSizeLessThanOrEqualTo(Derived.MAX_ORGANIZATIONS));
    }
}
