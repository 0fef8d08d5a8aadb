package io.techmatch.evaluation.cli;

import io.techmatch.core.search.RetrievalMode;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.rank.WeightTuning;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tune", description = "Log techmatch's feature vectors, analyse them and tune the feature weights "
        + "with k-fold cross-validation over topics.")
final class TuneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dataset", split = ",", defaultValue = "coapplicant,synthetic-partners",
            description = "organization-level datasets (default: ${DEFAULT-VALUE})")
    List<String> datasets;
    @Option(names = "--retrieval", split = ",", defaultValue = "HYBRID",
            description = "retrieval modes to log and tune under (default: ${DEFAULT-VALUE})")
    List<RetrievalMode> modes;
    @Option(names = "--folds", defaultValue = "5")
    int folds;
    @Option(names = "--starts", defaultValue = "4", description = "coordinate-ascent starts (defaults, then random)")
    int starts;

    @Override
    public Integer call() {
        WeightTuning.run(datasets.stream().map(d -> Datasets.load(d, "all")).toList(), modes, folds, starts,
                spec.commandLine().getOut());
        return 0;
    }
}
