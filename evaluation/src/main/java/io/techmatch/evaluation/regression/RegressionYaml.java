package io.techmatch.evaluation.regression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads regression YAML (from a folder or the classpath) and writes it back in one stable layout. */
public final class RegressionYaml {
    public static final String RESOURCE_DIR = "regressions";

    private RegressionYaml() {
    }

    @SuppressWarnings("unchecked")
    public static RegressionSpec parse(String text, String origin) {
        Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        try {
            Map<String, Integer> corpus = new LinkedHashMap<>();
            ((Map<String, Object>) y.getOrDefault("corpus", Map.of()))
                    .forEach((k, v) -> corpus.put(k, ((Number) v).intValue()));
            Map<String, Double> expected = new LinkedHashMap<>();
            ((Map<String, Object>) y.getOrDefault("expected", Map.of()))
                    .forEach((k, v) -> expected.put(k, ((Number) v).doubleValue()));
            return new RegressionSpec((String) y.get("name"), (String) y.get("dataset"), (String) y.get("split"),
                    (String) y.get("ranker"), Boolean.TRUE.equals(y.get("ci")), (String) y.get("checksum"), corpus,
                    (List<String>) y.get("metrics"), ((Number) y.get("tolerance")).doubleValue(), expected,
                    (String) y.get("note"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed regression " + origin + ": " + e, e);
        }
    }

    public static String format(RegressionSpec s) {
        StringBuilder b = new StringBuilder();
        b.append("# Regression ").append(s.name()).append(". Expected scores are what the code produced\n")
                .append("# (RegressionRunner --record), reviewed before commit; never edit them by hand.\n");
        b.append("name: ").append(s.name()).append('\n');
        b.append("dataset: ").append(s.dataset()).append('\n');
        b.append("split: ").append(s.split()).append('\n');
        b.append("ranker: ").append(s.ranker()).append('\n');
        b.append("ci: ").append(s.ci()).append('\n');
        if (!s.note().isEmpty()) {
            b.append("note: \"").append(s.note().replace("\"", "'")).append("\"\n");
        }
        b.append("checksum: \"").append(s.checksum() == null ? "" : s.checksum()).append("\"\n");
        b.append("corpus:\n");
        s.corpus().forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("metrics: [").append(String.join(", ", s.metrics())).append("]\n");
        b.append("tolerance: ").append(java.math.BigDecimal.valueOf(s.tolerance()).toPlainString()).append('\n');
        b.append("expected:\n");
        s.expected().forEach((k, v) -> b.append("  ").append(k).append(": ")
                .append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
        return b.toString();
    }

    /** Every {@code *.yaml} in a folder, sorted by file name. */
    public static List<RegressionSpec> loadDir(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<RegressionSpec> specs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                specs.add(parse(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
            }
            return specs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regressions in " + dir, e);
        }
    }

    /** The regressions packaged on the classpath under {@code regressions/}, from a folder or a jar. */
    public static List<RegressionSpec> loadClasspath() {
        URL url = RegressionYaml.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return loadDir(fs.getPath(RESOURCE_DIR));
                }
            }
            return loadDir(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list regressions at " + url, e);
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
