package io.techmatch.loader.source;

import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.loader.resolve.Gazetteer;
import io.techmatch.loader.resolve.OrgResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What readers share: entity resolution of organization names, and how an organization becomes a row. */
public record ReadContext(OrgResolver resolver) {

    /**
     * Emits the Organization node for a printed name (type and region inferred when not given) and returns its id.
     * {@code extra} may carry type, province, city, lat, lon, profile, stockCode, aliases; given values win.
     */
    public String organization(String printed, Map<String, Object> extra, Origin origin, RowSink sink) {
        OrgResolver.Resolved r = resolver.resolve(printed);
        Map<String, Object> props = new java.util.HashMap<>(extra);
        props.put("name", r.printed());
        props.put("normName", r.normName());
        props.putIfAbsent("type", r.type().code());
        Gazetteer.Place place = r.place();
        if (props.get("province") == null && place != null) {
            props.put("province", place.provinceName());
            if (place.level().equals("city")) {
                props.putIfAbsent("city", place.name());
            }
            props.putIfAbsent("regionId", place.code());
        } else if (props.get("regionId") == null && props.get("province") != null) {
            resolver.gazetteer().find(String.valueOf(props.get("city") == null ? props.get("province") : props.get("city")))
                    .ifPresent(p -> props.put("regionId", p.code()));
        }
        List<String> aliases = new ArrayList<>();
        Object given = props.get("aliases");
        if (given instanceof List<?> list) {
            list.forEach(a -> aliases.add(a.toString()));
        }
        props.put("aliases", aliases.stream().filter(a -> !a.equals(r.printed())).distinct().toList());
        String id = extra.get("id") instanceof String s && !s.isBlank() ? s : r.id();
        props.remove("id");
        sink.node(new NodeRow(Label.ORGANIZATION, id, props, origin));
        return id;
    }
}
