package io.techmatch.loader.source;

import io.techmatch.core.graph.IpcCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import io.techmatch.loader.LoadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared reference data (../shared/data), one mapping per file, chosen by file name; see docs/data-format.md.
 * Hierarchies become PART_OF (child → parent), the industry chain UPSTREAM_OF (supplier → customer).
 */
public final class ReferenceReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> YRD = Set.of("31", "32", "33", "34");

    private final ReadContext context;
    private final OrgReference orgs;
    private final Map<String, String> swCodeByName = new HashMap<>();

    public ReferenceReader(ReadContext context) {
        this.context = context;
        this.orgs = new OrgReference(context);
    }

    @Override
    public void preflight(Path file) throws IOException {
        if (SourceFiles.REFERENCE.stream().noneMatch(name -> file.endsWith(Path.of(name)))) {
            throw new LoadException("Cannot read " + file + ": not a known reference file (one of "
                    + SourceFiles.REFERENCE + ")");
        }
        Preflight.lines(file, 20, line -> { });
    }

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        switch (name) {
            case "regions/provinces.csv", "regions/cities.csv", "regions/areas.csv" -> lines(file, sink, 1, this::region);
            case "ipc/ipc-zh.tsv" -> lines(file, sink, 1, this::ipc);
            case "industry/gbt4754-2017.tsv" -> gb(file, sink);
            case "industry-chain/industry.jsonl" -> lines(file, sink, 0, this::swIndustry);
            case "industry-chain/industry_industry.jsonl" -> lines(file, sink, 0, (f, o, s) ->
                    s.rel(new RelRow(Rel.PART_OF, Label.INDUSTRY, "SW:" + text(f, "from_code"), Label.INDUSTRY,
                            "SW:" + text(f, "to_code"), Map.of(), o)));
            case "industry-chain/industry_up.jsonl" -> lines(file, sink, 0, this::upstream);
            case "universities/china_mainland_universities.json" -> orgs.universities(file, sink);
            case "institutes/cas-institutes.tsv" -> lines(file, sink, 1, orgs::casInstitute);
            case "industry-chain/company.jsonl" -> lines(file, sink, 0, orgs::listedCompany);
            case "firms/a_share_stock_info.csv" -> lines(file, sink, 1, orgs::stockInfo);
            case "industry-chain/company_industry.jsonl" -> lines(file, sink, 0, orgs::companyIndustry);
            default -> throw new LoadException("Cannot read " + file + ": not a known reference file");
        }
    }

    /** Receives one parsed row: JSON object fields, or CSV/TSV columns as "0", "1", …. */
    interface RowHandler {
        void handle(Map<String, String> fields, Origin origin, RowSink sink);
    }

    private void region(Map<String, String> f, Origin o, RowSink sink) {
        String code = f.get("0");
        String name = f.get("1");
        String level = code.length() == 2 ? "province" : code.length() == 4 ? "city" : "district";
        if (level.equals("city") && (name.equals("市辖区") || name.equals("县"))) {
            name = context.resolver().gazetteer().byCode(code.substring(0, 2)).map(p -> p.name()).orElse(name);
        }
        sink.node(new NodeRow(Label.REGION, code, Rows.props("name", name, "level", level,
                "yrd", YRD.contains(code.substring(0, 2))), o));
        if (!level.equals("province")) {
            String parent = level.equals("city") ? code.substring(0, 2) : f.get("2");
            sink.rel(new RelRow(Rel.PART_OF, Label.REGION, code, Label.REGION, parent, Map.of(), o));
        }
    }

    private void ipc(Map<String, String> f, Origin o, RowSink sink) {
        String code = IpcCodes.clean(f.get("0"));
        if (!PropertySchema.isIpcCode(code)) {
            sink.reject(o, "code", "unknown IPC code '" + f.get("0") + "'");
            return;
        }
        sink.node(new NodeRow(Label.IPC_CLASS, code, Rows.props("code", code, "level", f.get("1"), "title", f.get("3")), o));
        String parent = IpcCodes.clean(f.get("2"));
        if (parent != null && !parent.isEmpty()) {
            sink.rel(new RelRow(Rel.PART_OF, Label.IPC_CLASS, code, Label.IPC_CLASS, parent, Map.of(), o));
        }
    }

    /** GB/T 4754: sections are letters, divisions 2 digits, groups 3, classes 4; ids carry the section (GB:C39). */
    private void gb(Path file, RowSink sink) throws IOException {
        String[] section = {null};
        lines(file, sink, 1, (f, o, s) -> {
            String code = f.get("0");
            String id = code.matches("[A-Z]") ? "GB:" + code : "GB:" + section[0] + code;
            if (code.matches("[A-Z]")) {
                section[0] = code;
            }
            s.node(new NodeRow(Label.INDUSTRY, id, Rows.props("name", f.get("1"), "scheme", "GB4754", "code", code), o));
            if (!code.matches("[A-Z]")) {
                String parent = "GB:" + section[0] + (code.length() == 2 ? "" : code.substring(0, code.length() - 1));
                s.rel(new RelRow(Rel.PART_OF, Label.INDUSTRY, id, Label.INDUSTRY, parent, Map.of(), o));
            }
        });
    }

    private void swIndustry(Map<String, String> f, Origin o, RowSink sink) {
        swCodeByName.put(text(f, "name"), text(f, "code"));
        sink.node(new NodeRow(Label.INDUSTRY, "SW:" + text(f, "code"),
                Rows.props("name", text(f, "name"), "scheme", "SW", "code", text(f, "code")), o));
    }

    private void upstream(Map<String, String> f, Origin o, RowSink sink) {
        if (swCodeByName.isEmpty()) {
            try {
                lines(o.file().resolveSibling("industry.jsonl"), new CountingOnly(), 0,
                        (g, x, s) -> swCodeByName.put(text(g, "name"), text(g, "code")));
            } catch (IOException e) {
                throw new LoadException("industry_up.jsonl needs industry.jsonl beside it", e);
            }
        }
        String customer = swCodeByName.get(text(f, "industry"));
        if (customer == null) {
            sink.reject(o, "industry", "unknown Shenwan industry '" + text(f, "industry") + "'");
            return;
        }
        try {
            JsonNode ups = JSON.readTree(f.get("ups"));
            for (Iterator<Map.Entry<String, JsonNode>> it = ups.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> up = it.next();
                String supplier = swCodeByName.get(up.getKey());
                if (supplier == null) {
                    sink.reject(o, "ups", "unknown Shenwan industry '" + up.getKey() + "'");
                    continue;
                }
                sink.rel(new RelRow(Rel.UPSTREAM_OF, Label.INDUSTRY, "SW:" + supplier, Label.INDUSTRY, "SW:" + customer,
                        Map.of("weight", up.getValue().asDouble()), o));
            }
        } catch (IOException e) {
            sink.reject(o, "ups", "bad JSON: " + e.getMessage());
        }
    }

    static String text(Map<String, String> f, String key) {
        return Rows.text(f.get(key));
    }

    /** Reads a JSONL, CSV or TSV file row by row; {@code skip} header lines. Bad rows become rejects. */
    static void lines(Path file, RowSink sink, int skip, RowHandler handler) throws IOException {
        String name = file.getFileName().toString();
        boolean tsv = name.endsWith(".tsv");
        boolean csv = name.endsWith(".csv");
        try (LineReader lines = new LineReader(file)) {
            for (LineReader.Line line = csv ? lines.nextCsvRecord() : lines.next(); line != null;
                 line = csv ? lines.nextCsvRecord() : lines.next()) {
                if (line.number() <= skip || line.text() != null && line.text().isBlank()) {
                    continue;
                }
                sink.read(line.bytes());
                Origin origin = new Origin(file, line.number());
                if (line.text() == null) {
                    sink.reject(origin, "-", "not valid UTF-8 (GBK or another encoding?)");
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                try {
                    if (tsv || csv) {
                        List<String> values = tsv ? List.of(line.text().split("\t", -1))
                                : CsvLine.parse(line.text());
                        for (int i = 0; i < values.size(); i++) {
                            fields.put(String.valueOf(i), values.get(i));
                        }
                    } else {
                        JSON.readTree(line.text()).fields().forEachRemaining(e -> fields.put(e.getKey(),
                                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
                    }
                } catch (IOException e) {
                    sink.reject(origin, "-", "unparseable row: " + e.getMessage().split("\n")[0]);
                    continue;
                }
                try {
                    handler.handle(fields, origin, sink);
                } catch (RuntimeException e) {
                    Rows.rethrowIfFatal(e);
                    // one odd row must not stop a load half-way: it is reported like any other bad row
                    sink.reject(origin, "-", "cannot map the row: " + e);
                }
            }
        }
    }

    /** A sink for reading a side file for lookups only. */
    private static final class CountingOnly implements RowSink {
        public void node(NodeRow row) {
        }

        public void rel(RelRow row) {
        }

        public void reject(Origin origin, String field, String reason) {
        }

        public void read(long bytes) {
        }
    }
}
