package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code judge list}: the problems, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the problems.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String row = "%-6s %-28s %-28s %-10s %s%n";
        out.printf(row, "#", "slug", "title", "difficulty", "threads");
        for (Problem<?, ?> p : Problems.all()) {
            var i = p.info();
            out.printf(row, i.number() > 0 ? Integer.toString(i.number()) : "-", i.slug(), i.title(),
                    i.difficulty().label(), i.threads().size());
        }
        out.flush();
        return ExitCodes.ACCEPTED;
    }
}
