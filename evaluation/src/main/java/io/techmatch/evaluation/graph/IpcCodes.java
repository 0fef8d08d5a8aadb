package io.techmatch.evaluation.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** IPC code levels as docs/graph-model.md prints them: {@code H}, {@code H01}, {@code H01M}, {@code H01M10/00}. */
final class IpcCodes {
    private IpcCodes() {
    }

    static String normalize(String code) {
        return code.replace(" ", "").trim();
    }

    static String subclass(String code) {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** {@code H01M10/05} → {@code H01M10/00}; null when the code has no group. */
    static String mainGroup(String code) {
        int slash = code.indexOf('/');
        return slash > 4 ? code.substring(0, slash) + "/00" : null;
    }

    static String level(String code) {
        if (code.length() == 1) {
            return "section";
        }
        if (code.length() == 3) {
            return "class";
        }
        if (code.length() == 4) {
            return "subclass";
        }
        return code.endsWith("/00") ? "main_group" : "subgroup";
    }

    static String parent(String code) {
        return switch (level(code)) {
            case "section" -> null;
            case "class" -> code.substring(0, 1);
            case "subclass" -> code.substring(0, 3);
            case "main_group" -> code.substring(0, 4);
            default -> mainGroup(code);
        };
    }

    /** The code with all its ancestors, most general first. */
    static List<String> withAncestors(String code) {
        List<String> chain = new ArrayList<>();
        for (String c = normalize(code); c != null && !c.isEmpty(); c = parent(c)) {
            chain.add(0, c);
        }
        return chain;
    }

    /** The levels an organization profile is kept at: subclass and main group. */
    static Set<String> profileLevels(List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : codes) {
            String code = normalize(raw);
            if (subclass(code) != null) {
                out.add(subclass(code));
            }
            if (mainGroup(code) != null) {
                out.add(mainGroup(code));
            }
        }
        return out;
    }
}
