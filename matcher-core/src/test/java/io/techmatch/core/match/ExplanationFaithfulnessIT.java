package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every returned explanation path exists in the graph edge by edge (faithfulness = 100%), and reads right. */
class ExplanationFaithfulnessIT {
    private static MatchFixture fx;

    @BeforeAll
    static void load() {
        fx = MatchFixture.load();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void everyPathOfEveryCandidateOfEveryNeedExistsEdgeByEdge() {
        MatchOptions all = new MatchOptions(Filters.none(), null, null, 0, 50, true);
        int paths = 0;
        int edges = 0;
        for (String needId : List.of("SYN-NEED-1", "SYN-NEED-2", "SYN-NEED-AI", "SYN-NEED-CONF", "SYN-NEED-OLD")) {
            MatchResult r = fx.matcher.matchNeed(needId, all);
            Map<String, Explanation> batch = fx.matcher.explainAll(needId, r);
            assertThat(batch.keySet()).containsExactlyElementsOf(r.candidates().stream().map(Candidate::orgId).toList());
            for (Candidate c : r.candidates()) {
                Explanation single = fx.matcher.explain(needId, c.orgId());
                edges += PathAssertions.assertFaithful(fx, needId, c.orgId(), single.paths());
                edges += PathAssertions.assertFaithful(fx, needId, c.orgId(), batch.get(c.orgId()).paths());
                paths += single.paths().size() + batch.get(c.orgId()).paths().size();
            }
        }
        assertThat(paths).as("the fixture gives paths to check").isGreaterThan(40);
        assertThat(edges).isGreaterThan(100);
    }

    @Test
    void aMatchWithItsExplanationsEqualsTheMatchThenItsExplanations() {
        MatchOptions all = new MatchOptions(Filters.none(), null, null, 0, 50, true);
        // a second poster: the explanations walk the co-applicants of both, the match's features the first's only.
        // SYN-ORG-TIE (no documents; a candidate as a co-applicant of SYN-ORG-SJTU) is explained only through the
        // second poster's co-applicant SJTU
        try (var s = fx.graph.driver().session(fx.graph.sessionConfig())) {
            s.run("""
                    MATCH (n:Need {id: 'SYN-NEED-1'}) CREATE (copy:Need) SET copy = n {.*, id: 'SYN-NEED-TWO'}
                    WITH n, copy
                    MATCH (n)-[:CLASSIFIED_AS]->(c) MERGE (copy)-[:CLASSIFIED_AS {inferred: true, score: 0.9}]->(c)
                    WITH DISTINCT copy
                    MATCH (d:Organization) WHERE d.id IN ['SYN-ORG-DEMANDER', 'SYN-ORG-NEVPARTNER']
                    MERGE (d)-[:POSTED]->(copy)
                    WITH count(*) AS posters
                    MATCH (sjtu:Organization {id: 'SYN-ORG-SJTU'})
                    MERGE (t:Organization {id: 'SYN-ORG-TIE'}) SET t.name = '合作测试研究所（合成）', t.type = 'institute'
                    MERGE (sjtu)-[:COLLABORATED_WITH {count: 1, firstYear: 2022, lastYear: 2022, patentIds: []}]->(t)""")
                    .consume();
            io.techmatch.core.graph.OrganizationSummaries.refresh(s, List.of("SYN-ORG-SJTU", "SYN-ORG-TIE"));
        }
        try {
            int collaborationPaths = 0;
            for (String needId : List.of("SYN-NEED-1", "SYN-NEED-2", "SYN-NEED-AI", "SYN-NEED-CONF", "SYN-NEED-OLD",
                    "SYN-NEED-TWO")) {
                MatchResult r = fx.matcher.matchNeed(needId, all);
                Map<String, Explanation> batch = fx.matcher.explainAll(needId, r);
                ExplainedMatch both = fx.matcher.matchNeedExplained(needId, all);
                assertThat(both.result()).as(needId).isEqualTo(r);
                assertThat(both.explanations()).as(needId).containsExactlyEntriesOf(batch);
                for (Explanation e : both.explanations().values()) {
                    PathAssertions.assertFaithful(fx, needId, e.orgId(), e.paths());
                    collaborationPaths += (int) e.paths().stream().filter(p -> p.kind().startsWith("collaboration")).count();
                }
            }
            assertThat(collaborationPaths).as("paths through the demander's co-applicants are compared").isPositive();
            assertThat(fx.matcher.matchNeedExplained("SYN-NEED-TWO", all).explanations().get("SYN-ORG-TIE").paths())
                    .as("explained through the second poster's co-applicant")
                    .anySatisfy(p -> assertThat(p.nodes()).extracting(ExplanationPath.PathNode::id)
                            .containsExactly("SYN-NEED-TWO", "SYN-ORG-NEVPARTNER", "SYN-ORG-SJTU", "SYN-ORG-TIE"));
        } finally {
            try (var s = fx.graph.driver().session(fx.graph.sessionConfig())) {
                s.run("MATCH (n) WHERE n.id IN ['SYN-NEED-TWO', 'SYN-ORG-TIE'] DETACH DELETE n").consume();
                io.techmatch.core.graph.OrganizationSummaries.refresh(s, List.of("SYN-ORG-SJTU"));
            }
        }
    }

    @Test
    void freeTextPathsStartWithALabelledTextMatchAndThenWalkStoredEdges() {
        MatchOptions all = new MatchOptions(Filters.none(), null, null, 0, 50, true);
        int paths = 0;
        int edges = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (String text : List.of("锂离子电池快充与电池热管理系统", "高镍正极材料与负极材料改性", "神经网络电池状态估计算法")) {
            MatchResult r = fx.matcher.matchText(new MatchRequest(text, null, null, null, all));
            assertThat(r.candidates()).isNotEmpty();
            java.util.Set<String> retrieved = new java.util.HashSet<>();
            r.candidates().forEach(c -> c.evidence().forEach(e -> retrieved.add(e.id())));
            Map<String, Explanation> batch = fx.matcher.explainText(text, r);
            assertThat(batch.keySet()).containsExactlyElementsOf(r.candidates().stream().map(Candidate::orgId).toList());
            for (Candidate c : r.candidates()) {
                Explanation e = batch.get(c.orgId());
                assertThat(e.needId()).isNull();
                edges += PathAssertions.assertFaithfulText(fx, c.orgId(), e.paths(), retrieved);
                paths += e.paths().size();
                e.paths().forEach(p -> kinds.add(p.kind()));
                if (c.evidence().stream().anyMatch(d -> !d.kind().equals("Organization"))) {
                    // an organization-profile hit is the org's own text: no graph path starts there
                    assertThat(e.paths()).as("a candidate with retrieved documents is explained by them")
                            .anySatisfy(p -> assertThat(p.kind()).isEqualTo("text-evidence"));
                }
            }
        }
        assertThat(paths).isGreaterThan(20);
        assertThat(edges).isGreaterThan(20);
        assertThat(kinds).contains("text-evidence", "text-collaboration");
    }

    @Test
    void aFreeTextSentenceNamesTheMatchedDocumentItsScoreAndTheOwner() {
        MatchResult r = fx.matcher.matchText(new MatchRequest("高镍正极材料中试", null, null, null, MatchOptions.defaults()));
        Explanation nju = fx.matcher.explainText("高镍正极材料中试", r).get("SYN-ORG-NJU");
        assertThat(nju.paths()).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("text-evidence");
            assertThat(p.sentence()).matches("需求文本与成果《高镍正极材料中试成果》（SYN-ACH-1）文本相近（检索得分 [0-9.]+），由 .+ 持有");
            assertThat(p.edges()).extracting(ExplanationPath.PathEdge::type).containsExactly("TEXT_MATCH", "OWNS");
        });
        assertThatThrownBy(() -> fx.matcher.explainText(" ", r)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEdgeCheckRejectsEdgesThatAreNotStored() {
        ExplanationPath.PathEdge real = new ExplanationPath.PathEdge("SYN-ORG-SJTU", "APPLIED_FOR", "SYN-CN0001", Map.of());
        ExplanationPath.PathEdge reversed = new ExplanationPath.PathEdge("SYN-CN0001", "APPLIED_FOR", "SYN-ORG-SJTU", Map.of());
        ExplanationPath.PathEdge invented = new ExplanationPath.PathEdge("SYN-ORG-SJTU", "APPLIED_FOR", "SYN-CN0007", Map.of());
        ExplanationPath.PathEdge wrongType = new ExplanationPath.PathEdge("SYN-ORG-SJTU", "OWNS", "SYN-CN0001", Map.of());
        assertThat(fx.edgeCounts(List.of(real, reversed, invented, wrongType))).containsExactly(1L, 0L, 0L, 0L);
    }

    @Test
    void topPathsShowDifferentReasonsWithSentencesLikeTheIssue() {
        Explanation e = fx.matcher.explain("SYN-NEED-1", "SYN-ORG-SJTU");
        assertThat(e.paths()).hasSize(3);
        assertThat(e.paths()).extracting(ExplanationPath::kind).doesNotHaveDuplicates();
        ExplanationPath ipc = e.paths().get(0);
        assertThat(ipc.kind()).isEqualTo("ipc");
        assertThat(ipc.sentence()).startsWith("需求「动力电池快充与热管理技术攻关」与 上海交通大学（合成） 专利《")
                .contains("同属 IPC H01M10/05（非水电解质蓄电池）");
        assertThat(ipc.edges()).extracting(ExplanationPath.PathEdge::type)
                .containsExactly("CLASSIFIED_AS", "CLASSIFIED_AS", "APPLIED_FOR");
        assertThat(e.paths()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("chain-partner");
            assertThat(p.sentence()).isEqualTo("需求方 合肥星驰新能源汽车有限公司（合成） 与企业 苏州整车制造有限公司（合成） "
                    + "同属产业「新能源整车」；上海交通大学（合成） 与 苏州整车制造有限公司（合成） 有 2 件联合申请");
        });
    }

    @Test
    void directCollaborationAndSolvedNeedsAreExplained() {
        assertThat(fx.matcher.explain("SYN-NEED-1", "SYN-ORG-BATFIRM").paths())
                .anySatisfy(p -> assertThat(p.sentence()).isEqualTo(
                        "需求方 合肥星驰新能源汽车有限公司（合成） 与 宁波锂电科技股份有限公司（合成） 有 3 件联合申请"));
        assertThat(fx.matcher.explain("SYN-NEED-1", "SYN-ORG-CAS").paths())
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo("solved-similar"));
        assertThat(fx.matcher.explain("SYN-NEED-2", "SYN-ORG-NJU").paths()).anySatisfy(p -> assertThat(p.sentence())
                .isEqualTo("需求「锂电池电极材料改性」与 南京大学（合成） 的成果《高镍正极材料中试成果》（SYN-ACH-1）同属产业「电池」"));
        assertThat(fx.matcher.explain("SYN-NEED-1", "SYN-ORG-AI").paths())
                .anySatisfy(p -> assertThat(p.kind()).isIn("ipc", "ipc-hierarchy"));
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> fx.matcher.explain("NOPE", "SYN-ORG-SJTU")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.matcher.explain("SYN-NEED-1", "NOPE")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("organization");
        MatchResult text = fx.matcher.matchText(new MatchRequest("动力电池快充", null, null, null, null));
        assertThatThrownBy(() -> fx.matcher.explainAll(null, text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fx.matcher.explainAll("NOPE", text)).isInstanceOf(NotFoundException.class);
    }
}
