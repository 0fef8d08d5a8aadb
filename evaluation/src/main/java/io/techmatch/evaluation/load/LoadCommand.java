package io.techmatch.evaluation.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techmatch-eval load}: drive the running API over loopback and report latency percentiles and throughput. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Closed-loop load on a running techmatch API (loopback only): p50/p95/p99/max, throughput, errors by status.")
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "API base URL, loopback only (default ${DEFAULT-VALUE})")
    URI url;
    @Option(names = "--api-key", defaultValue = "${env:TECHMATCH_API_KEY:-demo-broker-key}",
            description = "X-API-Key to send (default: $TECHMATCH_API_KEY, else demo-broker-key)")
    String apiKey;
    @Option(names = "--clients", defaultValue = "1", description = "concurrent clients, each waiting for its answer (default ${DEFAULT-VALUE})")
    int clients;
    @Option(names = "--warmup", defaultValue = "10", description = "seconds of unrecorded warm-up (default ${DEFAULT-VALUE})")
    long warmupSeconds;
    @Option(names = "--duration", defaultValue = "30", description = "measured seconds (default ${DEFAULT-VALUE})")
    long durationSeconds;
    @Option(names = "--max-requests", defaultValue = "100000", description = "upper bound on requests sent, warm-up included (default ${DEFAULT-VALUE})")
    long maxRequests;
    @Option(names = "--mix", defaultValue = "match=40,explain=20,evidence=25,needs=15",
            description = "kind=weight list over match, match-explain, explain, evidence, needs (default ${DEFAULT-VALUE})")
    String mix;
    @Option(names = "--timeout", defaultValue = "30", description = "per-request timeout in seconds (default ${DEFAULT-VALUE})")
    long timeoutSeconds;
    @Option(names = "--needs", defaultValue = "500", description = "open needs to discover and cycle through (default ${DEFAULT-VALUE})")
    int discoverNeeds;
    @Option(names = "--match-size", defaultValue = "10", description = "partners per match page (default ${DEFAULT-VALUE})")
    int matchSize;
    @Option(names = "--server-pid", defaultValue = "0", description = "PID of the API process on this machine: report its CPU ms per request (Linux /proc)")
    long serverPid;
    @Option(names = "--label", defaultValue = "run", description = "label of this run in the CSV/JSON")
    String label;
    @Option(names = "--patents", defaultValue = "0", description = "patents in the graph under test, recorded with the figures")
    long patents;
    @Option(names = "--csv", description = "append the figures to this CSV")
    Path csv;
    @Option(names = "--json", description = "write the figures as JSON to this file")
    Path json;

    @Override
    public Integer call() throws Exception {
        LoadDriver driver = new LoadDriver(new LoadDriver.Settings(url, apiKey, clients, Duration.ofSeconds(warmupSeconds),
                Duration.ofSeconds(durationSeconds), maxRequests, RequestMix.parse(mix), Duration.ofSeconds(timeoutSeconds),
                discoverNeeds, matchSize, serverPid));
        Targets targets = driver.discover();
        spec.commandLine().getOut().printf("targets: %d needs, %d explanation pairs%n", targets.needIds().size(),
                targets.explainPairs().size());
        LoadResult result = driver.run(targets, label, patents);
        spec.commandLine().getOut().print(result.text());
        if (csv != null) {
            result.appendCsv(csv);
        }
        if (json != null) {
            result.writeJson(json);
        }
        spec.commandLine().getOut().flush();
        return result.figures().all().errors() == 0 ? 0 : 4;
    }
}
