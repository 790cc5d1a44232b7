package org.concurrencykit.judge.cli;

import picocli.CommandLine.Command;

/** {@code judge run}: the statement's examples only, fast, like LeetCode's Run button. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the statement's examples only (a few rounds each), like LeetCode's Run.")
final class RunCommand extends JudgeCall {
    @Override
    boolean examplesOnly() {
        return true;
    }
}
