package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.TestGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable CLI jar ({@code target/techmatch-loader.jar}, built by the package phase) started as a process, as
 * a user would: {@code --help}, a small load into an embedded graph in a temporary folder, then {@code status} in
 * another process, which must show that load run.
 */
class LoaderJarIT {
    static final Path JAR = Path.of("target", "techmatch-loader.jar");
    static Path dir;

    @BeforeAll
    static void start() {
        dir = TestGraph.newTempDir("loader-jar-it");
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void theJarShowsHelpLoadsAFileAndReportsTheRunFromAnotherProcess() throws Exception {
        assertThat(JAR).as("built by mvn package").isRegularFile();

        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.output()).contains("Usage: techmatch-loader", "load", "status", "generate-synthetic");

        Path file = Files.writeString(dir.resolve("small.jsonl"), CanonicalLoadIT.GOOD);
        Run load = run("load", "canonical", file.toString(), "--no-progress", "--rejects", dir.toString());
        assertThat(load.exit()).as(load.output()).isZero();
        assertThat(load.output()).contains("read 10, created 9, updated 1, unchanged 0, rejected 0");

        Run status = run("status");
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("Patent +2")
                .containsPattern("canonical +completed +read 10, created 9, updated 1, unchanged 0, rejected 0")
                .contains(file.toAbsolutePath().toString());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("NEO4J_URI");
        builder.environment().put("TECHMATCH_DATA_DIR", dir.resolve("data").toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
