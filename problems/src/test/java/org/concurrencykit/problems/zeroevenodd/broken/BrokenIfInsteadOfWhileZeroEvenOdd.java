package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/**
 * Counts the outputs in one shared {@code step} and waits with {@code if} instead of
 * {@code while}: when zero's {@code notifyAll()} wakes both odd and even, the one whose
 * turn it is not goes ahead without looking again, and prints out of turn.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "if (!myTurn) wait() does not re-check the turn after waking")
public final class BrokenIfInsteadOfWhileZeroEvenOdd implements PrintZeroEvenOdd {
    private final int n;
    /** How many values have been printed. Guarded by this. */
    private int step;

    public BrokenIfInsteadOfWhileZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        while (printed(printNumber, 0)) {
            // next turn
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        while (printed(printNumber, 2)) {
            // next turn
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        while (printed(printNumber, 1)) {
            // next turn
        }
    }

    /** Prints the current step's value if it is mine (0 zero, 1 odd, 2 even); false once all are printed. */
    private synchronized boolean printed(IntConsumer printNumber, int mine) throws InterruptedException {
        if (step < 2 * n && owner(step) != mine) {
            wait();
        }
        if (step >= 2 * n) {
            return false;
        }
        printNumber.accept(step % 2 == 0 ? 0 : (step + 1) / 2);
        step++;
        notifyAll();
        return true;
    }

    private static int owner(int step) {
        return step % 2 == 0 ? 0 : ((step + 1) / 2) % 2 == 1 ? 1 : 2;
    }
}
