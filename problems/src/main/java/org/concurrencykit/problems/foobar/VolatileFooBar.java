package org.concurrencykit.problems.foobar;

/**
 * FooBar with a {@code volatile} turn flag and busy-waiting: each thread spins until the
 * flag says it is its turn, yielding its core on each pass ({@link Thread#yield()}) so that
 * on a busy machine the thread whose turn it is still gets to run. Correct but it keeps a
 * core busy while waiting; the judge accepts it and notes the CPU it used.
 *
 * <p>Invariant: {@code fooTurn} is true exactly when foo has printed as often as bar; only
 * the thread whose turn it is writes it.
 * Memory consistency effects: the volatile write after a callback happens-before the
 * other thread's volatile read that sees it.
 */
public final class VolatileFooBar implements PrintFooBar {
    private final int n;
    /** Whose turn it is; written only by the thread whose turn it is. */
    private volatile boolean fooTurn = true;

    public VolatileFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            awaitTurn(true);
            printFoo.run();
            fooTurn = false;
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            awaitTurn(false);
            printBar.run();
            fooTurn = true;
        }
    }

    private void awaitTurn(boolean foo) throws InterruptedException {
        while (fooTurn != foo) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.yield();
        }
    }
}
