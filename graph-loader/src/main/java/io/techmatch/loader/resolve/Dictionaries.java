package io.techmatch.loader.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.data.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the resolver's dictionaries: the gazetteer (shared regions, else the demo regions) and the aliases
 * (our hand-kept list, CAS short names, listed firms' short names). Nothing here reads the graph, so resolution
 * gives the same ids whatever has been loaded before.
 */
public final class Dictionaries {
    private static final Logger log = LoggerFactory.getLogger(Dictionaries.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Dictionaries() {
    }

    public static OrgResolver resolver() {
        return resolver(SharedData.locate());
    }

    public static OrgResolver resolver(Optional<Path> shared) {
        OrgResolver resolver = new OrgResolver(gazetteer(shared));
        for (String line : resource("/resolve/aliases.tsv")) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !line.startsWith("#")) {
                resolver.alias(parts[0], parts[1]);
            }
        }
        shared.ifPresent(dir -> sharedAliases(dir, resolver));
        log.info("Entity resolution ready: {} aliases, shared data {}", resolver.aliasCount(),
                shared.map(Path::toString).orElse("absent"));
        return resolver;
    }

    static Gazetteer gazetteer(Optional<Path> shared) {
        Gazetteer g = new Gazetteer();
        if (shared.isPresent() && Files.isDirectory(shared.get().resolve("regions"))) {
            Path regions = shared.get().resolve("regions");
            csv(regions.resolve("provinces.csv")).forEach(r -> g.add(r[0], r[1]));
            csv(regions.resolve("cities.csv")).forEach(r -> g.add(r[0], r[1]));
        } else {
            for (String line : resource("/demo/Region.csv").subList(1, resource("/demo/Region.csv").size())) {
                String[] r = line.split(",");
                g.add(r[0], r[1]);
            }
        }
        return g;
    }

    private static void sharedAliases(Path dir, OrgResolver resolver) {
        Path cas = dir.resolve("institutes/cas-institutes.tsv");
        if (Files.exists(cas)) {
            for (String line : lines(cas).subList(1, lines(cas).size())) {
                String[] f = line.split("\t");
                if (f.length >= 3 && !f[1].equals(f[2])) {
                    resolver.alias(f[2], f[1]);
                    resolver.alias("中国科学院" + f[2], f[1]);
                }
            }
        }
        Path companies = dir.resolve("industry-chain/company.jsonl");
        if (Files.exists(companies)) {
            for (String line : lines(companies)) {
                try {
                    JsonNode c = JSON.readTree(line);
                    if (c.hasNonNull("name") && c.hasNonNull("fullname")) {
                        resolver.alias(c.get("name").asText(), c.get("fullname").asText());
                    }
                } catch (IOException e) {
                    log.warn("Skipped a bad line of {}: {}", companies, e.getMessage());
                }
            }
        }
    }

    static List<String[]> csv(Path file) {
        List<String> lines = lines(file);
        return lines.subList(1, lines.size()).stream().map(l -> l.replace("\"", "").split(",")).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<String> resource(String path) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
