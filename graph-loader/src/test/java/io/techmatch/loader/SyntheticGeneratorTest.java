package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.loader.synthetic.SyntheticGenerator;
import io.techmatch.loader.synthetic.SyntheticSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticGeneratorTest {
    @Test
    void theSameSeedGivesTheSameFilesAndEverythingIsLabelledSynthetic(@TempDir Path dir) throws Exception {
        SyntheticGenerator.Result a = new SyntheticGenerator(new SyntheticSpec(200, 2000, 20, 1)).write(dir.resolve("a"));
        new SyntheticGenerator(new SyntheticSpec(200, 2000, 20, 1)).write(dir.resolve("b"));
        SyntheticGenerator.Result c = new SyntheticGenerator(new SyntheticSpec(200, 2000, 20, 2)).write(dir.resolve("c"));

        for (Path file : a.files()) {
            assertThat(Files.mismatch(file, dir.resolve("b").resolve(file.getFileName()))).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.files().get(1), c.files().get(1))).isNotEqualTo(-1L);
        List<String> orgs = Files.readAllLines(a.files().get(0));
        assertThat(orgs).hasSize(200).allMatch(l -> l.contains("\"id\":\"SYN-ORG-") && l.contains("（合成）\""));
        assertThat(Files.readAllLines(a.files().get(1))).allMatch(l -> l.contains("\"id\":\"SYN-P") && l.contains("（合成）"));
    }

    @Test
    void organizationSizesFollowAPowerLaw(@TempDir Path dir) throws Exception {
        SyntheticGenerator.Result r = new SyntheticGenerator(new SyntheticSpec(1000, 20000, 0, 3)).write(dir);
        Map<String, Integer> perOrg = new HashMap<>();
        for (String line : Files.readAllLines(r.files().get(2))) {
            if (line.contains("APPLIED_FOR") && line.contains("\"order\":1")) {
                perOrg.merge(line.replaceAll(".*\"from\":\"(SYN-ORG-\\d+)\".*", "$1"), 1, Integer::sum);
            }
        }
        List<Integer> sizes = perOrg.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        int top10 = sizes.subList(0, 10).stream().mapToInt(Integer::intValue).sum();
        // Zipf(1.1) over 1000 organizations: the top 1% hold about 40% of first applications, far above 1%
        assertThat(top10).isGreaterThan(20000 * 30 / 100);
        assertThat(sizes.get(sizes.size() - 1)).isLessThan(5);
    }
}
