// One batch of organizations after entity resolution. The source that created a node owns its properties and
// may correct them; other sources only fill gaps and add aliases, so merging sources never loses a value and the
// result does not depend on anything but the order of the loads. Every printed name that is not the node's name
// is kept as an alias.
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
WITH n, row, properties(n) AS before, (n.source IS NULL OR n.source = row.source) AS own
SET n.name = CASE WHEN own THEN row.props.name ELSE coalesce(n.name, row.props.name) END,
    n.normName = row.props.normName,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN [row.props.name] + coalesce(row.props.aliases, []) |
                  CASE WHEN a IN acc OR a = CASE WHEN own THEN row.props.name ELSE coalesce(n.name, row.props.name) END
                       THEN acc ELSE acc + a END),
    n.type = CASE WHEN own THEN coalesce(row.props.type, n.type) ELSE coalesce(n.type, row.props.type) END,
    n.province = CASE WHEN own THEN coalesce(row.props.province, n.province) ELSE coalesce(n.province, row.props.province) END,
    n.city = CASE WHEN own THEN coalesce(row.props.city, n.city) ELSE coalesce(n.city, row.props.city) END,
    n.regionId = CASE WHEN own THEN coalesce(row.props.regionId, n.regionId) ELSE coalesce(n.regionId, row.props.regionId) END,
    n.lat = CASE WHEN own THEN coalesce(row.props.lat, n.lat) ELSE coalesce(n.lat, row.props.lat) END,
    n.lon = CASE WHEN own THEN coalesce(row.props.lon, n.lon) ELSE coalesce(n.lon, row.props.lon) END,
    n.profile = CASE WHEN own THEN coalesce(row.props.profile, n.profile) ELSE coalesce(n.profile, row.props.profile) END,
    n.stockCode = CASE WHEN own THEN coalesce(row.props.stockCode, n.stockCode) ELSE coalesce(n.stockCode, row.props.stockCode) END,
    n.source = coalesce(n.source, row.source),
    n.contentHash = CASE WHEN own THEN row.hash ELSE coalesce(n.contentHash, row.hash) END
WITH n, before, properties(n) AS after
RETURN sum(CASE WHEN before.source IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN before = after THEN 1 ELSE 0 END) AS unchanged,
       count(*) AS total
