package io.techmatch.loader.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
    @TempDir
    Path dir;

    @Test
    void linesAcrossBufferBoundariesWithBomCrlfAGbkLineAndNoFinalNewline() throws Exception {
        String longLine = "专利".repeat(50_000); // 300,000 bytes: spans several 64 KiB reads
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("第一行\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write((longLine + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("编码错误\n".getBytes(Charset.forName("GBK")));
        bytes.write("最后一行".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("lines.txt"), bytes.toByteArray());

        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(file)) {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }

        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines.get(0).text()).isEqualTo("第一行");
        assertThat(lines.get(1).text()).isEqualTo(longLine);
        assertThat(lines.get(2).text()).isEmpty();
        assertThat(lines.get(3).text()).as("not UTF-8").isNull();
        assertThat(lines.get(4).text()).isEqualTo("最后一行");
        assertThat(lines.stream().mapToLong(LineReader.Line::bytes).sum()).isEqualTo(bytes.size());
    }
}
