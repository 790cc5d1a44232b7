package org.concurrencykit.judge.cli;

import picocli.CommandLine.Command;

/** {@code judge submit}: the full judgement, like LeetCode's Submit button but adversarial. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Judge a solution in full: every start order, sizes up to the limits, many rounds, "
                + "random delays inside the callbacks; a hang is told apart as DEADLOCK or TIME_LIMIT_EXCEEDED."})
final class SubmitCommand extends JudgeCall {
    @Override
    boolean examplesOnly() {
        return false;
    }
}
