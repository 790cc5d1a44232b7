package org.concurrencykit.judge.cli;

import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.Problem;
import picocli.CommandLine;

/** Resolves a command-line problem name (slug or LeetCode number) to a registered problem. */
final class ProblemArg {
    private ProblemArg() {
    }

    static Problem<?, ?> resolve(CommandLine cmd, String name) {
        return org.concurrencykit.problems.spi.Problems.find(name).orElseThrow(() ->
                new CommandLine.ParameterException(cmd, "unknown problem '" + name + "'; known: "
                        + org.concurrencykit.problems.spi.Problems.all().stream()
                        .map(p -> p.info().slug() + (p.info().number() > 0 ? " (" + p.info().number() + ")" : ""))
                        .collect(Collectors.joining(", "))));
    }
}
