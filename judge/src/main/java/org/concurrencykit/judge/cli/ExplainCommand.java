package org.concurrencykit.judge.cli;

import org.concurrencykit.judge.engine.modelcheck.Engines;
import picocli.CommandLine.Command;

/** {@code judge explain}: the model checker, showing the interleaving that breaks a solution; stress when it finds none. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the interleaving that breaks a solution: the model checker explores the thread "
                + "schedules of a few small cases systematically and prints the failing one in terms of your code "
                + "(your lines, the callbacks' outputs, the thread switches, where each thread blocked). "
                + "When it finds none, stress judges the solution, so the verdict is submit's. "
                + "--verbose adds Lincheck's raw trace. Exit codes as for submit."})
final class ExplainCommand extends JudgeCall {
    @Override
    boolean examplesOnly() {
        return false;
    }

    @Override
    Engines engines() {
        return Engines.MODELCHECK;
    }
}
