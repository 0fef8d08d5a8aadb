package io.techmatch.loader;

/** The kinds of input the loader understands; each has a documented mapping in docs/data-format.md. */
public enum SourceType {
    /** ../shared/data reference data: IPC, regions, universities, CAS institutes, listed firms, industry chain. */
    REFERENCE,
    /** ../shared/data/techmarket demands and achievements. */
    TECHMARKET,
    /** Patent exports: hthp-style JSON/CSV/XLSX (PN, APN, TITLE, ...) and CNKI JSONL. */
    PATENTS,
    /** techmatch's own JSONL/CSV format for any node or relationship type. */
    CANONICAL
}
