package io.techmatch.loader;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds: node counts per label, relationship counts per type, and the last load runs recorded in
 * the graph (by any process), newest first.
 */
public record GraphStatus(Map<String, Long> nodes, Map<String, Long> relationships, List<LoadRun> lastLoads) {
    public GraphStatus {
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
        lastLoads = List.copyOf(lastLoads);
    }

    /**
     * One recorded load run. {@code outcome} is {@code running} (still running, or killed), {@code completed} or
     * {@code failed} (with {@code error}); the counts are null unless it completed. Times are ISO-8601 strings.
     */
    public record LoadRun(String id, String source, List<String> files, List<String> fileHashes, String startedAt,
                          String finishedAt, String outcome, String error, Long read, Long created, Long updated,
                          Long unchanged, Long rejected) {
        public LoadRun {
            files = List.copyOf(files);
            fileHashes = List.copyOf(fileHashes);
        }

        static LoadRun of(Map<String, Object> m) {
            return new LoadRun((String) m.get("id"), (String) m.get("source"), strings(m.get("files")),
                    strings(m.get("fileHashes")), (String) m.get("startedAt"), (String) m.get("finishedAt"),
                    (String) m.get("outcome"), (String) m.get("error"), number(m.get("read")), number(m.get("created")),
                    number(m.get("updated")), number(m.get("unchanged")), number(m.get("rejected")));
        }

        private static List<String> strings(Object value) {
            return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        }

        private static Long number(Object value) {
            return value instanceof Number n ? n.longValue() : null;
        }
    }
}
