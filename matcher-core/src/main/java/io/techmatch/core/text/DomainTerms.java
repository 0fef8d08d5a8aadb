package io.techmatch.core.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the domain terms: THUOCL lexicons, short IPC title phrases, the bundled and the user term lists. */
final class DomainTerms {
    private static final Logger log = LoggerFactory.getLogger(DomainTerms.class);
    private static final Pattern HAN_TERM = Pattern.compile("[\\p{IsHan}]{2,8}");
    private static final Pattern IPC_PHRASE = Pattern.compile("[\\p{IsHan}]{2,6}");
    private static final Pattern IPC_SPLIT = Pattern.compile("[；;，,、。：:（）()\\[\\]【】\\s]+");
    /** IPC titles are descriptions; phrases with these function characters are fragments, not terms. */
    private static final Pattern IPC_NOISE = Pattern.compile("^(用|由|以|为|在|使|其|对|从|将|把|含|所|带|包括|例如|如|或|不|非|具有|通过|除)"
            + "|[的或和及与用其者等]|(的|法|式)$");
    static final String BUNDLED = "/text/domain-terms.txt";

    private DomainTerms() {
    }

    static Set<String> load(TextSettings settings) {
        Set<String> terms = new LinkedHashSet<>();
        int bundled = addAll(terms, Resources.lines(BUNDLED));
        bundled += addAll(terms, List.copyOf(SynonymTable.domainTerms()));
        int thuocl = 0;
        int ipc = 0;
        int user = 0;
        Path data = settings.sharedDataDir();
        if (data != null) {
            Path lexicon = data.resolve("lexicon");
            if (Files.isDirectory(lexicon)) {
                try (Stream<Path> files = Files.list(lexicon)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                        thuocl += addAll(terms, read(f));
                    }
                } catch (IOException e) {
                    log.warn("Skipped lexicon folder {}: {}", lexicon, e.toString());
                }
            } else {
                log.info("No lexicon folder at {}: THUOCL terms skipped", lexicon);
            }
            ipc = addIpcPhrases(terms, data.resolve("ipc").resolve("ipc-zh.tsv"));
        }
        if (settings.userTermsFile() != null) {
            user = addAll(terms, read(settings.userTermsFile()));
        }
        log.info("Domain terms: {} bundled, {} THUOCL, {} IPC phrases, {} user; {} distinct", bundled, thuocl, ipc,
                user, terms.size());
        return terms;
    }

    private static int addAll(Set<String> terms, List<String> lines) {
        int n = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String term = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (HAN_TERM.matcher(term).matches() && terms.add(term)) {
                n++;
            }
        }
        return n;
    }

    private static int addIpcPhrases(Set<String> terms, Path file) {
        int n = 0;
        for (String line : read(file)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                continue;
            }
            for (String part : IPC_SPLIT.split(cols[3])) {
                if (IPC_PHRASE.matcher(part).matches() && !IPC_NOISE.matcher(part).find() && terms.add(part)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            log.info("Dictionary file {} not found: skipped", file);
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Dictionary file {} unreadable, skipped: {}", file, e.toString());
            return List.of();
        }
    }
}
