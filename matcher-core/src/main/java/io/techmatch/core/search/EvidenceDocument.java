package io.techmatch.core.search;

import java.util.List;
import java.util.Objects;

/**
 * One text-bearing node of the graph as the evidence index sees it. {@code kind} is the node label
 * ({@code Patent}, {@code Achievement}, {@code Need}, {@code Project}, {@code Organization}).
 */
public record EvidenceDocument(
        String id,
        String kind,
        String title,
        String body,
        List<String> ipcCodes,
        List<String> industryIds,
        List<String> regionIds,
        List<String> ownerIds,
        Integer year,
        boolean confidential) {

    public EvidenceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        ipcCodes = ipcCodes == null ? List.of() : List.copyOf(ipcCodes);
        industryIds = industryIds == null ? List.of() : List.copyOf(industryIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }
}
