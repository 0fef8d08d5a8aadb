package io.techmatch.loader.source;

import io.techmatch.core.data.SharedData;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The technology market: demands become {@code Need}, achievements {@code Achievement}, both linked to the GB/T 4754
 * industry their classification names. An achievement's owner is inferred from its text when the text names one
 * (see {@link OwnerInference}); the OWNS edge keeps the evidence.
 */
public final class TechmarketReader implements SourceReader {
    private final ReadContext context;
    private final Map<String, String> gbByName;

    public TechmarketReader(ReadContext context) {
        this(context, SharedData.resolve("industry/gbt4754-2017.tsv"));
    }

    TechmarketReader(ReadContext context, Optional<Path> gbTable) {
        this.context = context;
        this.gbByName = gbTable.map(TechmarketReader::gbNames).orElse(Map.of());
    }

    @Override
    public void preflight(Path file) throws IOException {
        Preflight.lines(file, 20, line -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
    }

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        ReferenceReader.lines(file, sink, 0, this::record);
    }

    private void record(Map<String, String> f, Origin o, RowSink sink) {
        String id = Rows.text(f.get("id"));
        if (id == null) {
            sink.reject(o, "id", "missing id");
            return;
        }
        boolean achievement = f.containsKey("maturity") || id.startsWith("A");
        String posted = Rows.text(f.get("postTime"));
        if (posted != null && PatentRecords.date(posted) == null) {
            sink.reject(o, "postTime", "invalid date '" + posted + "'");
            return;
        }
        String postedAt = PatentRecords.date(posted);
        Long year = postedAt == null ? null : Long.parseLong(postedAt.substring(0, 4));
        List<String> methods = Rows.split(Rows.text(f.get("cooperationMethod")));
        String classification = Rows.text(f.get("classification"));
        String label = achievement ? Label.ACHIEVEMENT : Label.NEED;
        Map<String, Object> props = achievement
                ? Rows.props("title", Rows.text(f.get("name")), "body", Rows.text(f.get("context")),
                        "maturity", Rows.text(f.get("maturity")), "cooperationMethods", methods,
                        "price", Rows.text(f.get("price")), "patentInfo", Rows.text(f.get("zlxx")),
                        "industryText", Rows.text(f.get("industry")) == null ? classification : f.get("industry"),
                        "year", year)
                : Rows.props("title", Rows.text(f.get("name")), "body", Rows.text(f.get("context")),
                        "status", "open", "confidential", false, "postedAt", postedAt, "year", year,
                        "deadline", deadline(Rows.text(f.get("time"))), "cooperationMethods", methods,
                        "industryText", classification);
        if (props.get("title") == null) {
            sink.reject(o, "name", "missing title");
            return;
        }
        sink.node(new NodeRow(label, id, props, o));
        industry(classification).ifPresent(gb -> sink.rel(new RelRow(Rel.IN_INDUSTRY, label, id, Label.INDUSTRY, gb,
                Map.of("inferred", false), o)));
        if (achievement) {
            OwnerInference.find(Rows.text(f.get("context"))).ifPresent(owner -> {
                String orgId = context.organization(owner.name(), Map.of(), o, sink);
                sink.rel(new RelRow(Rel.OWNS, Label.ORGANIZATION, orgId, Label.ACHIEVEMENT, id,
                        Rows.props("inferred", true, "evidence", owner.evidence(), "method", owner.method()), o));
            });
        }
    }

    /** The most specific GB/T 4754 industry the classification names ("制造业——医药制造业" → GB:C27). */
    Optional<String> industry(String classification) {
        if (classification == null) {
            return Optional.empty();
        }
        String[] parts = classification.split("——");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            for (String candidate : List.of(part, part + "业", part.replace("、及", "及"))) {
                if (gbByName.containsKey(candidate)) {
                    return Optional.of(gbByName.get(candidate));
                }
            }
        }
        return Optional.empty();
    }

    private static String deadline(String time) {
        if (time == null || !time.contains("至")) {
            return null;
        }
        String end = time.substring(time.indexOf('至') + 1);
        return end.length() >= 10 ? PatentRecords.date(end.substring(0, 10)) : null;
    }

    private static Map<String, String> gbNames(Path table) {
        Map<String, String> byName = new HashMap<>();
        String section = null;
        try {
            for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    continue;
                }
                section = f[0].matches("[A-Z]") ? f[0] : section;
                byName.putIfAbsent(f[1].strip(), "GB:" + (f[0].matches("[A-Z]") ? f[0] : section + f[0]));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + table, e);
        }
        return byName;
    }
}
