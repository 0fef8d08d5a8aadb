package io.techmatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.data.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * About 50 real demand, achievement and patent sentences with the tokens the index analyzer gives them, so that an
 * upgrade of HanLP or a dictionary change shows up as a reviewed diff. The sentences stay in {@code ../shared/data}
 * (the repository holds only references: {@code file#id#sentence}); the test is skipped without that data.
 * Regenerate after a deliberate change with {@code -Dgolden.update=true} and review the diff of the file.
 */
class GoldenTokensTest {
    static final String GOLDEN = "/text/golden-tokens.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    @Test
    void tokensOfRealSentencesMatchTheGoldenFile() throws IOException {
        Path data = SharedData.locate().orElse(null);
        assumeTrue(data != null && Files.isDirectory(data.resolve("techmarket")), "shared data not found");
        Map<String, String> golden = readGolden();
        assertThat(golden).hasSizeGreaterThanOrEqualTo(45);
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> e : golden.entrySet()) {
            String sentence = sentence(data, e.getKey());
            String tokens = String.join(" ", tokens(sentence));
            actual.put(e.getKey(), tokens);
            if (!tokens.equals(e.getValue())) {
                diffs.add(e.getKey() + "\n  sentence: " + sentence + "\n  expected: " + e.getValue()
                        + "\n  actual:   " + tokens);
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            StringBuilder out = new StringBuilder("# ref (file#id#sentence)\ttokens of AnalyzerFactory.indexAnalyzer()\n");
            actual.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
            Files.writeString(Path.of("src/test/resources" + GOLDEN), out, StandardCharsets.UTF_8);
            return;
        }
        assertThat(diffs).as("token diffs (rerun with -Dgolden.update=true after review)").isEmpty();
    }

    static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = AnalyzerFactory.indexAnalyzer().tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** The sentence a reference names: {@code techmarket/demands.jsonl#D0001#0} or {@code patents-sample/...}. */
    static String sentence(Path data, String ref) throws IOException {
        String[] parts = ref.split("#");
        Path file = data.resolve(parts[0]);
        String text = null;
        if (parts[0].endsWith(".jsonl")) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode n = JSON.readTree(line);
                if (parts[1].equals(n.path("id").asText())) {
                    text = n.path("context").asText("");
                }
            }
        } else {
            for (JsonNode n : JSON.readTree(file.toFile())) {
                if (parts[1].equals(n.path("PN").asText())) {
                    text = n.path("ABSTRACT").asText("");
                }
            }
        }
        if (text == null) {
            throw new IllegalStateException("golden reference " + ref + " not found in the shared data");
        }
        String[] sentences = text.split("(?<=[。！？；])");
        return sentences[Math.min(Integer.parseInt(parts[2]), sentences.length - 1)].strip();
    }

    private static Map<String, String> readGolden() throws IOException {
        Map<String, String> golden = new LinkedHashMap<>();
        try (InputStream in = GoldenTokensTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] kv = line.split("\t", -1);
                    golden.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
        }
        return golden;
    }
}
