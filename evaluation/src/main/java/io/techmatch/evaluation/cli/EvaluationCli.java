package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.load.LoadCommand;
import io.techmatch.evaluation.scale.ScaleReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code techmatch-eval}: evaluate rankers on judged datasets, write TREC run files, score runs, and run or record
 * the regressions. Neo4j and ONNX leave non-daemon threads behind, so the process exits explicitly.
 */
@Command(name = "techmatch-eval", mixinStandardHelpOptions = true,
        subcommands = {EvaluateCommand.class, RunCommand.class, ScoreCommand.class, RegressionsCommand.class,
            TuneCommand.class, LoadCommand.class, ScaleReportCommand.class},
        description = "Judged benchmarks, baselines, TREC run files and regressions for techmatch.")
public final class EvaluationCli {
    private EvaluationCli() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        return new CommandLine(new EvaluationCli()).execute(args);
    }

    /** Runs a command line with its output going to {@code out} (for tests and embedding). */
    public static int execute(java.io.PrintWriter out, String... args) {
        CommandLine cli = new CommandLine(new EvaluationCli());
        cli.setOut(out);
        return cli.execute(args);
    }
}
