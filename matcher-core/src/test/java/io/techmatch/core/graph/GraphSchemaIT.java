package io.techmatch.core.graph;

/** The graph contract against the embedded server (or {@code TECHMATCH_TEST_NEO4J_URI} when set). */
class GraphSchemaIT extends GraphSchemaContract {
    @Override
    GraphConnection connection() {
        return TestGraph.shared();
    }
}
