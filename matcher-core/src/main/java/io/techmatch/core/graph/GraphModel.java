package io.techmatch.core.graph;

/**
 * The names of the knowledge graph: labels, relationship types and shared property keys. They exist here once;
 * Cypher resources use the same literals and {@code GraphModelTest} checks that they agree with the schema files.
 */
public final class GraphModel {
    private GraphModel() {
    }

    /** Node labels. Every node has a unique {@code id}. */
    public static final class Label {
        private Label() {
        }

        public static final String ORGANIZATION = "Organization";
        public static final String EXPERT = "Expert";
        public static final String PATENT = "Patent";
        public static final String ACHIEVEMENT = "Achievement";
        public static final String NEED = "Need";
        public static final String PROJECT = "Project";
        public static final String IPC_CLASS = "IpcClass";
        public static final String INDUSTRY = "Industry";
        public static final String REGION = "Region";
        public static final String FEEDBACK = "Feedback";
        public static final String SCHEMA_MIGRATION = "SchemaMigration";

        /** Labels whose nodes carry text and are indexed for retrieval. */
        public static final java.util.List<String> TEXT_BEARING =
                java.util.List.of(PATENT, ACHIEVEMENT, NEED, PROJECT, ORGANIZATION);
        public static final java.util.List<String> ALL = java.util.List.of(
                ORGANIZATION, EXPERT, PATENT, ACHIEVEMENT, NEED, PROJECT, IPC_CLASS, INDUSTRY, REGION, FEEDBACK);
    }

    /** Relationship types; the comment gives the direction. */
    public static final class Rel {
        private Rel() {
        }

        /** (Organization)-[:APPLIED_FOR]->(Patent) */
        public static final String APPLIED_FOR = "APPLIED_FOR";
        /** (Expert)-[:INVENTED]->(Patent) */
        public static final String INVENTED = "INVENTED";
        /** (Organization)-[:OWNS]->(Achievement|Project) */
        public static final String OWNS = "OWNS";
        /** (Organization)-[:POSTED]->(Need) */
        public static final String POSTED = "POSTED";
        /** (Patent|Achievement|Need|Project)-[:CLASSIFIED_AS]->(IpcClass) */
        public static final String CLASSIFIED_AS = "CLASSIFIED_AS";
        /** (Organization|Need|Achievement|Patent)-[:IN_INDUSTRY]->(Industry) */
        public static final String IN_INDUSTRY = "IN_INDUSTRY";
        /** (Industry)-[:UPSTREAM_OF {weight}]->(Industry) */
        public static final String UPSTREAM_OF = "UPSTREAM_OF";
        /** (Organization|Need)-[:LOCATED_IN]->(Region) */
        public static final String LOCATED_IN = "LOCATED_IN";
        /** (IpcClass|Industry|Region)-[:PART_OF]->(parent of the same label) */
        public static final String PART_OF = "PART_OF";
        /** (Expert)-[:AFFILIATED_WITH]->(Organization) */
        public static final String AFFILIATED_WITH = "AFFILIATED_WITH";
        /** (Organization)-[:COLLABORATED_WITH {count, firstYear, lastYear}]-(Organization), stored once per pair */
        public static final String COLLABORATED_WITH = "COLLABORATED_WITH";
        /** (Need)-[:SOLVED_BY {year}]->(Organization) */
        public static final String SOLVED_BY = "SOLVED_BY";
        /** (Need)-[:FEEDBACK {status, reason, broker, at}]->(Organization), the latest broker verdict */
        public static final String FEEDBACK = "FEEDBACK";
        /** (Organization)-[:ACTIVE_IN {count, weight, lastYear}]->(IpcClass|Industry), the derived profile */
        public static final String ACTIVE_IN = "ACTIVE_IN";
    }

    /** Organization types, stored lower-case in {@code Organization.type}. */
    public enum OrgType {
        FIRM, UNIVERSITY, INSTITUTE, LAB, HOSPITAL, AGENCY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static OrgType fromCode(String code) {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        }

        /** The research side of industry-academia collaboration (产学研): the firms' counterparts. */
        public static final java.util.List<String> ACADEMIC_CODES =
                java.util.List.of("university", "institute", "lab", "hospital");
    }
}
