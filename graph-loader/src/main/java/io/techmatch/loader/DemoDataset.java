package io.techmatch.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo dataset shipped in the jar under {@code /demo}: canonical files listed, in load order, in
 * {@code /demo/manifest.txt}. They are copied to a temporary folder under their own names, so the nodes'
 * {@code source} is the same as when the files are loaded from the repository.
 */
final class DemoDataset {
    private DemoDataset() {
    }

    static Path extract() {
        try {
            Path dir = Files.createTempDirectory("techmatch-demo");
            for (String name : manifest()) {
                try (InputStream in = DemoDataset.class.getResourceAsStream("/demo/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("demo file " + name + " listed in the manifest is missing");
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the demo dataset", e);
        }
    }

    static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String name : manifest()) {
            files.add(dir.resolve(name));
        }
        return files;
    }

    static List<String> manifest() {
        try (InputStream in = DemoDataset.class.getResourceAsStream("/demo/manifest.txt")) {
            if (in == null) {
                throw new IllegalStateException("/demo/manifest.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
