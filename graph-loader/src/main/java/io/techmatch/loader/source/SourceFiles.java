package io.techmatch.loader.source;

import io.techmatch.loader.LoadException;
import io.techmatch.loader.SourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths given to a load into files, in the order they must be read: a shared-data folder becomes its
 * reference files with parents before children (regions, IPC, industries, then organizations and their links).
 */
public final class SourceFiles {
    static final List<String> REFERENCE = List.of(
            "regions/provinces.csv", "regions/cities.csv", "regions/areas.csv",
            "ipc/ipc-zh.tsv",
            "industry/gbt4754-2017.tsv",
            "industry-chain/industry.jsonl", "industry-chain/industry_industry.jsonl", "industry-chain/industry_up.jsonl",
            "universities/china_mainland_universities.json", "institutes/cas-institutes.tsv",
            "industry-chain/company.jsonl", "firms/a_share_stock_info.csv", "industry-chain/company_industry.jsonl");
    static final List<String> TECHMARKET = List.of("demands.jsonl", "achievements.jsonl");

    private SourceFiles() {
    }

    public static List<Path> expand(SourceType source, List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new LoadException("Cannot read " + path + ": it does not exist");
            }
            if (!Files.isDirectory(path)) {
                files.add(path);
            } else if (source == SourceType.REFERENCE) {
                known(path, REFERENCE, files);
            } else if (source == SourceType.TECHMARKET) {
                Path dir = Files.isDirectory(path.resolve("techmarket")) ? path.resolve("techmarket") : path;
                known(dir, TECHMARKET, files);
            } else {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (files.isEmpty()) {
            throw new LoadException("Nothing to load in " + paths);
        }
        return files;
    }

    private static void known(Path dir, List<String> names, List<Path> files) {
        int before = files.size();
        for (String name : names) {
            if (Files.isRegularFile(dir.resolve(name))) {
                files.add(dir.resolve(name));
            }
        }
        if (files.size() == before) {
            throw new LoadException("No known data files in " + dir + " (expected some of " + names + ")");
        }
    }
}
