package io.techmatch.core.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IPC codes as the graph stores them ({@code H}, {@code H01}, {@code H01M}, {@code H01M10/00}, {@code H01M10/05}):
 * their level, parent and the profile levels. One definition for every loader and for evaluation set-ups.
 */
public final class IpcCodes {
    private IpcCodes() {
    }

    /** Normalizes spacing, full-width characters and case: "h01m 10/052" → "H01M10/052". */
    public static String clean(String code) {
        return code == null ? null : Normalizer.normalize(code, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static String level(String code) {
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

    public static String subclass(String code) {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** {@code H01M10/05} → {@code H01M10/00}; null when the code has no group. */
    public static String mainGroup(String code) {
        int slash = code.indexOf('/');
        return slash > 4 ? code.substring(0, slash) + "/00" : null;
    }

    public static String parent(String code) {
        return switch (level(code)) {
            case "section" -> null;
            case "class" -> code.substring(0, 1);
            case "subclass" -> code.substring(0, 3);
            case "main_group" -> code.substring(0, 4);
            default -> mainGroup(code);
        };
    }

    /** The code with all its ancestors, most general first. */
    public static List<String> withAncestors(String code) {
        List<String> chain = new ArrayList<>();
        for (String c = clean(code); c != null && !c.isEmpty(); c = parent(c)) {
            chain.add(0, c);
        }
        return chain;
    }

    /** The levels an organization profile is kept at: subclass and main group. */
    public static Set<String> profileLevels(List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : codes) {
            String code = clean(raw);
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
