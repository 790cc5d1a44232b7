package org.concurrencykit.problems.foobar;

/**
 * FooBar with one monitor: a turn flag guarded by {@code this}, waited on with
 * {@code while (turn is not mine) wait()} and flipped with {@code notifyAll()}.
 *
 * <p>Invariant: {@code fooTurn} is true exactly when foo has printed as often as bar.
 * Memory consistency effects: the monitor's unlock after a callback happens-before the
 * other thread's lock that sees the flipped flag.
 */
public final class SynchronizedFooBar implements PrintFooBar {
    private final int n;
    /** Whose turn it is. Guarded by this. */
    private boolean fooTurn = true;

    public SynchronizedFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            turn(true, printFoo);
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            turn(false, printBar);
        }
    }

    private synchronized void turn(boolean foo, Runnable print) throws InterruptedException {
        while (fooTurn != foo) {
            wait();
        }
        print.run();
        fooTurn = !foo;
        notifyAll();
    }
}
