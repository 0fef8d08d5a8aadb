package io.techmatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/**
 * What every graph techmatch runs on must do: the same bodies run against the embedded server
 * ({@link GraphSchemaIT}) and a Testcontainers server ({@link GraphSchemaContainerIT}).
 */
abstract class GraphSchemaContract {

    abstract GraphConnection connection();

    @Test
    void everyLabelHasAUniqueIdConstraint() {
        try (Session session = connection().driver().session(connection().sessionConfig())) {
            List<String> constrained = session.run(
                    "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
                            + "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label")
                    .list(r -> r.get("label").asString());
            assertThat(constrained).containsAll(GraphModel.Label.ALL);
        }
    }

    @Test
    void duplicateIdsAreRejected() {
        try (Session session = connection().driver().session(connection().sessionConfig())) {
            session.run("MERGE (:Organization {id: 'contract-dup', name: 'A'})").consume();
            assertThatThrownBy(() -> session.run("CREATE (:Organization {id: 'contract-dup', name: 'B'})").consume())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("already exists");
            session.run("MATCH (o:Organization {id: 'contract-dup'}) DETACH DELETE o").consume();
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        int applied = new SchemaMigrator(connection()).migrate();
        assertThat(applied).isZero();
        long migrations = TestGraph.count(connection(), "MATCH (m:SchemaMigration) RETURN count(m)", Map.of());
        assertThat(migrations).isEqualTo(SchemaMigrator.versions().size());
    }

    @Test
    void answersACypherCountOverBolt() {
        try (Session session = connection().driver().session(connection().sessionConfig())) {
            session.run("MERGE (:Region {id: 'contract-31', name: '上海市'})").consume();
            long n = session.run("MATCH (r:Region {id: 'contract-31'}) RETURN count(r)").single().get(0).asLong();
            assertThat(n).isEqualTo(1);
            session.run("MATCH (r:Region {id: 'contract-31'}) DELETE r").consume();
        }
        assertThat(connection().uri()).matches("(bolt|neo4j)(\\+s|\\+ssc)?://.*");
    }
}
