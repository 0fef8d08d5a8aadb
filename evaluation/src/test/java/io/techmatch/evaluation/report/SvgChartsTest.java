package io.techmatch.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgChartsTest {
    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void groupedBarsDrawOneBarPerValueWithItsHeightAndEscapeNames() throws Exception {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        values.put("techmarket", new LinkedHashMap<>(Map.of("bm25-cjk", 0.5)));
        values.put("a<b", new LinkedHashMap<>(Map.of("bm25-cjk", 0.25, "hybrid", 1.0)));
        Document svg = parse(SvgCharts.groupedBars("t & t", values));
        NodeList titles = svg.getElementsByTagName("title");
        assertThat(titles.getLength()).isEqualTo(3);
        assertThat(titles.item(1).getTextContent()).isEqualTo("a<b bm25-cjk 0.2500");
        // 220 px is 1.0: 0.5 → 110, 1.0 → 220
        NodeList rects = svg.getElementsByTagName("rect");
        boolean has110 = false;
        boolean has220 = false;
        for (int i = 0; i < rects.getLength(); i++) {
            String h = rects.item(i).getAttributes().getNamedItem("height").getNodeValue();
            has110 |= h.equals("110");
            has220 |= h.equals("220");
        }
        assertThat(has110).isTrue();
        assertThat(has220).isTrue();
    }

    @Test
    void winLossCountsWinsLossesAndTiesAndSortsBestFirst() throws Exception {
        Document svg = parse(SvgCharts.winLoss("w", Map.of("q1", -0.5, "q2", 0.25, "q3", 0.0, "q4", 0.75)));
        NodeList titles = svg.getElementsByTagName("title");
        assertThat(titles.item(0).getTextContent()).isEqualTo("q4 +0.7500");
        assertThat(titles.item(3).getTextContent()).isEqualTo("q1 -0.5000");
        assertThat(svg.getDocumentElement().getTextContent()).contains("2 wins, 1 losses, 1 ties");
    }
}
