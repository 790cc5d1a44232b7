package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code judge show}: a problem's statement, the signature to implement, and hints on request. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a problem: statement, examples, the methods to implement; hints one at a time.")
final class ShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "<problem>", description = "slug or LeetCode number")
    String problemName;

    @CommandLine.Option(names = "--hint", paramLabel = "N",
            description = "reveal hints 1 to N (gentle first)")
    Integer hint;

    @Override
    public Integer call() {
        Problem<?, ?> problem = ProblemArg.resolve(spec.commandLine(), problemName);
        Statement st = problem.statement();
        PrintWriter out = spec.commandLine().getOut();
        List<String> hints = st.hints();
        if (hint != null) {
            if (hint < 1 || hint > hints.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hint must be between 1 and "
                        + hints.size() + " for " + problem.info().slug());
            }
            for (int i = 0; i < hint; i++) {
                out.printf("Hint %d of %d: %s%n", i + 1, hints.size(), hints.get(i));
            }
            if (hint < hints.size()) {
                out.printf("%nNext: judge show %s --hint %d%n", problem.info().slug(), hint + 1);
            }
            out.flush();
            return ExitCodes.ACCEPTED;
        }
        out.print(st.body());
        out.printf("%n## Implement%n%nclass %s, bound by name and signature to %s:%n", problem.info().className(),
                problem.solutionType().getName());
        Arrays.stream(problem.solutionType().getMethods()).sorted(Comparator.comparing(Method::getName))
                .forEach(m -> out.println("    " + SolutionFactory.signature(m)));
        out.printf("%nThreads: %s%n", String.join("; ", problem.info().threads()));
        out.printf("%n%d hints: judge show %s --hint 1%n", hints.size(), problem.info().slug());
        out.flush();
        return ExitCodes.ACCEPTED;
    }
}
