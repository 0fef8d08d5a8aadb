// One batch of organizations after entity resolution. The same organization arrives from many rows and sources,
// so every property keeps the first value it was given (later rows only fill gaps) and every other printed name
// becomes an alias: merging never loses a value, and a re-run (even of a file that spells one organization two
// ways) changes nothing. Unchanged is judged by comparing the node's properties before and after.
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
WITH n, row, properties(n) AS before
SET n.name = coalesce(n.name, row.props.name),
    n.normName = row.props.normName,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN [row.props.name] + coalesce(row.props.aliases, []) |
                  CASE WHEN a IN acc OR a = coalesce(n.name, row.props.name) THEN acc ELSE acc + a END),
    n.type = coalesce(n.type, row.props.type),
    n.province = coalesce(n.province, row.props.province),
    n.city = coalesce(n.city, row.props.city),
    n.regionId = coalesce(n.regionId, row.props.regionId),
    n.lat = coalesce(n.lat, row.props.lat),
    n.lon = coalesce(n.lon, row.props.lon),
    n.profile = coalesce(n.profile, row.props.profile),
    n.stockCode = coalesce(n.stockCode, row.props.stockCode),
    n.source = coalesce(n.source, row.source),
    n.contentHash = coalesce(n.contentHash, row.hash)
WITH n, before, properties(n) AS after
RETURN sum(CASE WHEN before.source IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before = after THEN 1 ELSE 0 END) AS unchanged,
       count(*) AS total
