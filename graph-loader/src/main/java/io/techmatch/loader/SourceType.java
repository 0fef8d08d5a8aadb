package io.techmatch.loader;

/**
 * The kinds of input the loader understands; each has a documented mapping in docs/data-format.md. Each has a
 * precedence for organization properties (docs/data-format.md, "Corrections"): a load of a source with the same
 * or a higher precedence than the one that last set an organization's properties overwrites them; a lower one
 * only fills gaps.
 */
public enum SourceType {
    /** ../shared/data reference data: IPC, regions, universities, CAS institutes, listed firms, industry chain. */
    REFERENCE(40),
    /** ../shared/data/techmarket demands and achievements; organizations are inferred from the text. */
    TECHMARKET(10),
    /** Patent exports: hthp-style JSON/CSV/XLSX (PN, APN, TITLE, ...) and CNKI JSONL. */
    PATENTS(20),
    /** techmatch's own JSONL/CSV format for any node or relationship type. */
    CANONICAL(30);

    private final int precedence;

    SourceType(int precedence) {
        this.precedence = precedence;
    }

    /** Higher wins: reference data (40) > canonical files (30) > patent exports (20) > inferred from text (10). */
    public int precedence() {
        return precedence;
    }
}
