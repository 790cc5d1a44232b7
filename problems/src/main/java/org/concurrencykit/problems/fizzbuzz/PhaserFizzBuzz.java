package org.concurrencykit.problems.fizzbuzz;

import java.util.concurrent.Phaser;
import java.util.function.IntConsumer;

/**
 * FizzBuzz with a {@link Phaser} as a step counter: its phase is the number of values
 * printed so far. The owner of i waits until phase i - 1, prints, and {@code arrive()}s,
 * which (with one registered party) advances the phase to i.
 *
 * <p>Invariant: the phase equals the count of values printed; value i is printed only in
 * phase i - 1.
 * Memory consistency effects: actions before {@code arrive()} happen-before actions after
 * the {@code awaitAdvanceInterruptibly()} that returns on that phase advance.
 */
public final class PhaserFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** One party; each arrival advances the phase by one, one per value printed. */
    private final Phaser printed = new Phaser(1);

    public PhaserFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 == 0 && i % 5 != 0) {
                awaitTurn(i);
                printFizz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void buzz(Runnable printBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 5 == 0 && i % 3 != 0) {
                awaitTurn(i);
                printBuzz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 15 == 0) {
                awaitTurn(i);
                printFizzBuzz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void number(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 != 0 && i % 5 != 0) {
                awaitTurn(i);
                printNumber.accept(i);
                passTurn(i);
            }
        }
    }

    private void awaitTurn(int i) throws InterruptedException {
        int phase = printed.getPhase();
        while (phase < i - 1) {
            phase = printed.awaitAdvanceInterruptibly(phase);
        }
    }

    private void passTurn(int i) {
        printed.arrive();
    }
}
