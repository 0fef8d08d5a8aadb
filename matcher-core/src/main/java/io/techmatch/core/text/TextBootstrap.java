package io.techmatch.core.text;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that configures HanLP. HanLP keeps its dictionaries in static singletons whose configuration calls
 * are not thread-safe, so every change goes through this class's lock, and analysis only ever reads. {@link #init}
 * with the settings already loaded does nothing; with other settings it swaps the domain terms and bumps
 * {@link #dictionaryVersion()}, which indexes compare to know they are stale.
 */
public final class TextBootstrap {
    private static final Logger log = LoggerFactory.getLogger(TextBootstrap.class);
    private static final AtomicLong VERSION = new AtomicLong();
    private static volatile Segment segment;
    private static TextSettings loaded;
    private static Set<String> addedTerms = Set.of();
    private static volatile String fingerprint;

    private TextBootstrap() {
    }

    /** Loads the domain dictionary for {@code settings}, unless exactly these settings are already loaded. */
    public static synchronized void init(TextSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.equals(loaded)) {
            return;
        }
        load(settings);
    }

    /** Reloads even if the settings did not change (the files did): bumps the version, so indexes become stale. */
    public static synchronized void reload(TextSettings settings) {
        load(Objects.requireNonNull(settings, "settings"));
    }

    /** 0 before the first load; bumps on every load and reload. */
    public static long dictionaryVersion() {
        return VERSION.get();
    }

    /**
     * The content hash of the loaded analysis configuration (analyzer version, domain terms, stopwords, synonyms):
     * unlike {@link #dictionaryVersion()} it is the same in every JVM that loads the same content, so an index can
     * record it and tell on open whether it was built with another dictionary. Loads the defaults when nothing is
     * loaded yet.
     */
    public static String analyzerFingerprint() {
        String f = fingerprint;
        if (f == null) {
            segment();
            f = fingerprint;
        }
        return f;
    }

    /** The shared segmenter, initializing with {@link TextSettings#defaults()} on first use. */
    static Segment segment() {
        Segment s = segment;
        if (s == null) {
            synchronized (TextBootstrap.class) {
                if (segment == null) {
                    load(TextSettings.defaults());
                }
                s = segment;
            }
        }
        return s;
    }

    private static void load(TextSettings settings) {
        long start = System.nanoTime();
        for (String term : addedTerms) {
            CustomDictionary.remove(term);
        }
        Set<String> terms = DomainTerms.load(settings);
        Set<String> added = new LinkedHashSet<>();
        for (String term : terms) {
            // only terms HanLP does not know yet, so a reload can remove exactly what we added
            if (!CustomDictionary.contains(term) && CustomDictionary.add(term, "nz 1000")) {
                added.add(term);
            }
        }
        addedTerms = added;
        // Name/place/organization recognition guesses from a mini model and splits technical words unpredictably
        segment = new ViterbiSegment()
                .enableCustomDictionary(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableOffset(false);
        loaded = settings;
        fingerprint = AnalyzerFingerprint.of(terms);
        long version = VERSION.incrementAndGet();
        log.info("HanLP dictionary v{} loaded: {} domain terms ({} new to HanLP), fingerprint {}, in {} ms", version,
                terms.size(), added.size(), fingerprint.substring(0, 19), (System.nanoTime() - start) / 1_000_000);
    }
}
