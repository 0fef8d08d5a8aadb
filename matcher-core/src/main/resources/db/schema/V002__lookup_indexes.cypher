// Indexes for the lookups that loaders and the matcher make besides by id.
// Entity resolution finds organizations by normalized name and by alias.
CREATE INDEX organization_norm_name IF NOT EXISTS FOR (n:Organization) ON (n.normName);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.type);
// Filters: open/closed needs, confidential needs, patent recency.
CREATE INDEX need_status IF NOT EXISTS FOR (n:Need) ON (n.status);
CREATE INDEX patent_year IF NOT EXISTS FOR (n:Patent) ON (n.year);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name);
CREATE INDEX expert_name IF NOT EXISTS FOR (n:Expert) ON (n.name);
// Relationship property index: collaboration strength is read when ranking.
CREATE INDEX collaborated_count IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.count);
