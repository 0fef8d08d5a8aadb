package io.techmatch.loader.source;

import io.techmatch.core.graph.IpcCodes;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one patent record, in the patent-database shape (PN, APN, TITLE, ABSTRACT, ANCS, IN, IPCR, APD, PBD, LEGAL)
 * or the CNKI shape (title, author, com, sql, quote, ChDiv_summary, href), to Patent, Organization, Expert nodes
 * and their relationships.
 */
final class PatentRecords {
    private static final Pattern CNKI_NUMBER = Pattern.compile("filename=(CN[0-9A-Z]+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})日?");

    private PatentRecords() {
    }

    /** Like {@link #emit}, with an unexpected failure reported as a reject of that record. */
    static void safeEmit(Map<String, Object> r, Origin origin, ReadContext context, RowSink sink) {
        try {
            emit(r, origin, context, sink);
        } catch (RuntimeException e) {
            Rows.rethrowIfFatal(e);
            sink.reject(origin, "-", "cannot map the record: " + e);
        }
    }

    static boolean isCnki(Map<String, Object> r) {
        return r.containsKey("com") || r.containsKey("ChDiv_summary");
    }

    static void emit(Map<String, Object> r, Origin origin, ReadContext context, RowSink sink) {
        boolean cnki = isCnki(r);
        String title = Rows.text(r.get(cnki ? "title" : "TITLE"));
        String id = cnki ? cnkiNumber(r) : firstText(r.get("PN"), r.get("APN"));
        if (id == null && cnki && title != null) {
            id = "PAT-" + hash(title + "|" + r.get("com"));
        }
        if (id == null) {
            sink.reject(origin, cnki ? "href" : "PN", "missing id: neither a publication nor an application number");
            return;
        }
        if (title == null) {
            sink.reject(origin, cnki ? "title" : "TITLE", "missing title");
            return;
        }
        String dateField = cnki ? "sql" : "APD";
        String applicationDate = date(r.get(dateField));
        if (Rows.text(r.get(dateField)) != null && applicationDate == null) {
            sink.reject(origin, dateField, "invalid date '" + r.get(dateField) + "'");
            return;
        }
        String pubField = cnki ? "quote" : "PBD";
        String publicationDate = date(r.get(pubField));
        List<String> ipc = new ArrayList<>();
        for (String code : list(r.get("IPCR"))) {
            String clean = IpcCodes.clean(code);
            if (!PropertySchema.isIpcCode(clean)) {
                sink.reject(origin, "IPCR", "unknown IPC code '" + code + "'");
                return;
            }
            ipc.add(clean);
        }
        List<String> applicants = list(r.get(cnki ? "com" : "ANCS"));
        List<String> inventors = list(r.get(cnki ? "author" : "IN"));
        Map<String, Object> props = Rows.props("title", title,
                "abstract", Rows.text(r.get(cnki ? "ChDiv_summary" : "ABSTRACT")),
                "applicationNumber", cnki ? null : Rows.text(r.get("APN")),
                "applicationDate", applicationDate, "publicationDate", publicationDate,
                "year", applicationDate == null ? null : Long.parseLong(applicationDate.substring(0, 4)),
                "ipcCodes", ipc, "legalStatus", String.join(";", list(r.get("LEGAL"))),
                "applicants", applicants);
        sink.node(new NodeRow(Label.PATENT, id, props, origin));
        String firstOrg = null;
        for (int i = 0; i < applicants.size(); i++) {
            String orgId = context.organization(applicants.get(i), Map.of(), origin, sink);
            firstOrg = firstOrg == null ? orgId : firstOrg;
            sink.rel(new RelRow(Rel.APPLIED_FOR, Label.ORGANIZATION, orgId, Label.PATENT, id,
                    Map.of("order", (long) i + 1), origin));
        }
        for (int i = 0; i < inventors.size(); i++) {
            String name = inventors.get(i);
            String expertId = "EXP-" + hash(name + "|" + (firstOrg == null ? "" : firstOrg));
            sink.node(new NodeRow(Label.EXPERT, expertId, Map.of("name", name), origin));
            sink.rel(new RelRow(Rel.INVENTED, Label.EXPERT, expertId, Label.PATENT, id, Map.of("order", (long) i + 1), origin));
            if (firstOrg != null) {
                sink.rel(new RelRow(Rel.AFFILIATED_WITH, Label.EXPERT, expertId, Label.ORGANIZATION, firstOrg, Map.of(), origin));
            }
        }
        for (String code : ipc) {
            sink.rel(new RelRow(Rel.CLASSIFIED_AS, Label.PATENT, id, Label.IPC_CLASS, code,
                    Map.of("inferred", false), true, origin));
        }
    }

    /** yyyy-MM-dd from the date spellings exports use (2019-09-05, 2019/9/5, 20190905, 2019年9月5日). */
    static String date(Object value) {
        String text = Rows.text(value);
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String iso = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return PropertySchema.isDate(iso) ? iso : null;
    }

    static List<String> list(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(Rows::text).filter(s -> s != null).toList();
        }
        return Rows.split(Rows.text(value)).stream().filter(s -> !s.isEmpty()).toList();
    }

    private static String cnkiNumber(Map<String, Object> r) {
        String href = Rows.text(r.get("href"));
        if (href == null) {
            return null;
        }
        Matcher m = CNKI_NUMBER.matcher(href);
        return m.find() ? m.group(1) : null;
    }

    private static String firstText(Object... values) {
        for (Object v : values) {
            if (Rows.text(v) != null) {
                return Rows.text(v);
            }
        }
        return null;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
