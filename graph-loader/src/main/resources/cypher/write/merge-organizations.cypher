// One batch of organizations after entity resolution. The same organization arrives from many rows and sources.
// An organization's first row in a load corrects it when the load's source has the same or a higher precedence
// than the source that last set it (row.first, row.precedence vs n.precedence): the values it gives replace the
// stored ones. Any other row only fills gaps. Every printed name that is not the name becomes an alias (a
// replaced name too), so merging never loses a name, and a re-run of the same files (even one that spells an
// organization two ways) changes nothing. Unchanged is judged by comparing the node's properties before and after.
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
WITH n, row, properties(n) AS before
WITH n, row, before, row.first AND row.precedence >= coalesce(n.precedence, 0) AS wins
WITH n, row, before, wins,
     CASE WHEN wins THEN coalesce(row.props.name, n.name) ELSE coalesce(n.name, row.props.name) END AS name
SET n.name = name,
    n.normName = row.props.normName,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN [before.name, row.props.name] + coalesce(row.props.aliases, []) |
                  CASE WHEN a IS NULL OR a IN acc OR a = name THEN acc ELSE acc + a END),
    n.type = CASE WHEN wins THEN coalesce(row.props.type, n.type) ELSE coalesce(n.type, row.props.type) END,
    n.province = CASE WHEN wins THEN coalesce(row.props.province, n.province) ELSE coalesce(n.province, row.props.province) END,
    n.city = CASE WHEN wins THEN coalesce(row.props.city, n.city) ELSE coalesce(n.city, row.props.city) END,
    n.regionId = CASE WHEN wins THEN coalesce(row.props.regionId, n.regionId) ELSE coalesce(n.regionId, row.props.regionId) END,
    n.lat = CASE WHEN wins THEN coalesce(row.props.lat, n.lat) ELSE coalesce(n.lat, row.props.lat) END,
    n.lon = CASE WHEN wins THEN coalesce(row.props.lon, n.lon) ELSE coalesce(n.lon, row.props.lon) END,
    n.profile = CASE WHEN wins THEN coalesce(row.props.profile, n.profile) ELSE coalesce(n.profile, row.props.profile) END,
    n.stockCode = CASE WHEN wins THEN coalesce(row.props.stockCode, n.stockCode) ELSE coalesce(n.stockCode, row.props.stockCode) END,
    n.source = CASE WHEN wins THEN row.source ELSE coalesce(n.source, row.source) END,
    n.precedence = CASE WHEN wins THEN row.precedence ELSE coalesce(n.precedence, row.precedence) END,
    n.contentHash = CASE WHEN wins THEN row.hash ELSE coalesce(n.contentHash, row.hash) END
WITH n, before, properties(n) AS after
RETURN sum(CASE WHEN before.source IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before = after THEN 1 ELSE 0 END) AS unchanged,
       count(*) AS total
