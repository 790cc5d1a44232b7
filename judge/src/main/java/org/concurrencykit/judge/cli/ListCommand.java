package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.util.List;
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
        List<Problem<?, ?>> all = Problems.all();
        int slug = Math.max(4, all.stream().mapToInt(p -> p.info().slug().length()).max().orElse(0));
        int title = Math.max(5, all.stream().mapToInt(p -> p.info().title().length()).max().orElse(0));
        String row = "%-6s %-" + slug + "s  %-" + title + "s  %-10s %s%n";
        out.printf(row, "#", "slug", "title", "difficulty", "roles");
        for (Problem<?, ?> p : all) {
            var i = p.info();
            out.printf(row, i.number() > 0 ? Integer.toString(i.number()) : "-", i.slug(), i.title(),
                    i.difficulty().label(), i.threads().size());
        }
        out.flush();
        return ExitCodes.ACCEPTED;
    }
}
