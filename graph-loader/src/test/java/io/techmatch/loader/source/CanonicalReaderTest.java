package io.techmatch.loader.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.loader.resolve.Dictionaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalReaderTest {
    final ReadContext context = new ReadContext(Dictionaries.resolver(Optional.empty()));

    @Test
    void csvColumnsAreTypedByTheGraphModel(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("demo-Patent.csv"),
                "id,title,year,ipcCodes\nCN9A,\"一种电池,及其方法\",2022,H01M4/58|H01M10/0525\nCN9B,坏年份,abc,\nCN9C,\"跨两行的\n标题\",2021,\nCN9D,第六行,2020,\n");
        CollectingSink sink = new CollectingSink();

        new CanonicalReader(context).read(file, sink);

        assertThat(sink.rejects).containsExactly("3\tyear\tnot an integer: 'abc'");
        assertThat(sink.nodes).hasSize(3);
        assertThat(sink.nodes.get(1).props()).containsEntry("title", "跨两行的\n标题");
        assertThat(sink.nodes.get(2).origin().line()).isEqualTo(6); // a quoted line break spans two lines
        NodeRow row = sink.nodes.get(0);
        assertThat(row.id()).isEqualTo("CN9A");
        assertThat(row.props()).containsEntry("title", "一种电池,及其方法").containsEntry("year", 2022L)
                .containsEntry("ipcCodes", List.of("H01M4/58", "H01M10/0525"));
    }

    @Test
    void relationshipEndsMayBeOrganizationNamesResolvedToIds(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.jsonl"), """
                {"rel":"APPLIED_FOR","fromName":"中科院宁波材料所","to":"CN1","order":"2"}
                {"rel":"COLLABORATED_WITH","from":"ORG-b","to":"ORG-a","count":3}
                {"rel":"PART_OF","from":"H01M","to":"H01"}
                {"rel":"PART_OF","fromLabel":"IpcClass","toLabel":"IpcClass","from":"H01M","to":"H01"}
                """);
        CollectingSink sink = new CollectingSink();

        new CanonicalReader(context).read(file, sink);

        assertThat(sink.rels).hasSize(4);
        assertThat(sink.rels.get(0).fromId()).isEqualTo(context.resolver().resolve("中国科学院宁波材料技术与工程研究所").id());
        assertThat(sink.rels.get(0).props()).containsEntry("order", 2L);
        assertThat(sink.rels.get(1).fromId()).isEqualTo("ORG-a"); // stored from the smaller id
        assertThat(sink.rels.get(2).createTarget()).isTrue();
        assertThat(sink.rejects).isEmpty();
    }
}
