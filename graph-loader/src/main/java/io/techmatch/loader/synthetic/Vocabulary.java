package io.techmatch.loader.synthetic;

import io.techmatch.core.data.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words for synthetic text: IPC subgroups with their Chinese titles (from the shared IPC scheme, else the demo's
 * classes) and domain terms (the shared THUOCL lexicons, else a built-in list).
 */
record Vocabulary(List<String[]> ipc, List<String> terms, String origin) {
    private static final List<String> BUILT_IN_TERMS = List.of("石墨烯", "锂离子电池", "氮化镓", "传感器", "控制器",
            "神经网络", "机器视觉", "永磁体", "热泵", "纳滤膜", "抗体", "微流控", "激光雷达", "变流器", "封装基板", "光刻胶",
            "减速器", "伺服电机", "语音识别", "量子密钥", "正极材料", "电解液", "催化剂", "涂层", "复合材料", "无人机");

    static Vocabulary load() {
        Optional<Path> ipcFile = SharedData.resolve("ipc/ipc-zh.tsv");
        List<String[]> ipc = new ArrayList<>();
        String origin;
        if (ipcFile.isPresent()) {
            origin = "shared IPC scheme and THUOCL lexicons";
            for (String line : lines(ipcFile.get())) {
                String[] f = line.split("\t");
                if (f.length == 4 && io.techmatch.loader.source.PropertySchema.isIpcCode(f[0]) && (f[1].equals("subgroup") || f[1].equals("main_group")) && f[3].length() >= 4
                        && f[3].length() <= 24 && !f[3].contains("；") && !f[3].startsWith("·")) {
                    ipc.add(new String[] {f[0], f[3].replaceAll("[，。、（）()]", "")});
                }
            }
        } else {
            origin = "demo IPC classes and built-in terms";
            List<String> demo = resource("/demo/IpcClass.csv");
            for (String line : demo.subList(1, demo.size())) {
                String[] f = line.split(",", 4);
                if (f.length == 4 && f[2].equals("main_group")) {
                    ipc.add(new String[] {f[0], f[3].replaceAll("（.*", "").replaceAll("[，。、；\"]", "")});
                }
            }
        }
        List<String> terms = new ArrayList<>();
        for (String lexicon : List.of("lexicon/THUOCL_IT.txt", "lexicon/THUOCL_medical.txt", "lexicon/THUOCL_car.txt")) {
            SharedData.resolve(lexicon).ifPresent(file -> {
                List<String> lexiconLines = lines(file);
                for (String line : lexiconLines.subList(0, Math.min(3000, lexiconLines.size()))) {
                    String term = line.split("\\s+")[0];
                    if (term.length() >= 2 && term.length() <= 6 && term.codePoints().allMatch(Character::isIdeographic)) {
                        terms.add(term);
                    }
                }
            });
        }
        return new Vocabulary(List.copyOf(ipc), terms.isEmpty() ? BUILT_IN_TERMS : List.copyOf(terms), origin);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> resource(String path) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
