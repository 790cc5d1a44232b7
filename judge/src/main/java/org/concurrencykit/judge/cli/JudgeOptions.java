package org.concurrencykit.judge.cli;

import java.nio.file.Path;
import org.concurrencykit.judge.engine.StressConfig;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code submit}. */
final class JudgeOptions {
    /** Report formats. */
    enum Format { text, json }

    @Option(names = "--seed", paramLabel = "N",
            description = "seed for cases and delays; the report prints it so a failure can be replayed (default: random)")
    Long seed;

    @Option(names = "--rounds", paramLabel = "N",
            description = "rounds per small case (large cases get fewer); default: the problem's")
    int rounds;

    @Option(names = "--time", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "keep repeating the cases for this long (e.g. 30s); default: one pass")
    long timeMillis;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "a round that makes no progress for this long is a hang (default: ${DEFAULT-VALUE} ms)")
    long timeoutMillis = StressConfig.DEFAULT_STALL_MILLIS;

    @Option(names = "--input", paramLabel = "INPUT",
            description = "run only this case, written as the report writes inputs (e.g. \"nums = [1,3,2]\")")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--verbose", description = "more detail, and stack traces of the judge's own errors")
    boolean verbose;

    @Option(names = "--no-color", description = "no ANSI colours (also: NO_COLOR, or output to a pipe)")
    boolean noColor;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "keep compiled classes and the child JVM's files here (default: a temporary directory, removed after)")
    Path workDir;
}
