package io.techmatch.loader.source;

/** The levels of an IPC code as printed, and its subclass and main group. */
public final class IpcCodes {
    private IpcCodes() {
    }

    /** Normalizes spacing and full-width characters: "H01M 10/052" → "H01M10/052". */
    public static String clean(String code) {
        return code == null ? null : java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
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

    public static String mainGroup(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? null : code.substring(0, slash) + "/00";
    }
}
