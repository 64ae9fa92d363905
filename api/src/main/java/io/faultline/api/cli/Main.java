package io.faultline.api.cli;

import io.faultline.api.config.ConfigException;
import io.faultline.ingest.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faultline}: the command line. Each subcommand is one job; {@code --json} ends with a summary line. */
@Command(name = "faultline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Anomaly detection, root-cause ranking and recovery advice for distributed systems.",
        subcommands = {ServeCommand.class, DemoCommand.class, TrainCommand.class, SimulateCommand.class, EvaluateCommand.class,
                BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 bad usage or input. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("faultline: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("faultline: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
