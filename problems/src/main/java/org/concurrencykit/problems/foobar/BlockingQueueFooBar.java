package org.concurrencykit.problems.foobar;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * FooBar with two one-slot {@link BlockingQueue}s carrying a turn token: a thread takes
 * the token from its own queue, prints, and puts it into the other thread's queue.
 *
 * <p>Invariant: exactly one token exists; it is in foo's queue, in bar's queue, or held by
 * the thread that is printing.
 * Memory consistency effects: actions before {@code put()} happen-before actions after the
 * {@code take()} that removes the element.
 */
public final class BlockingQueueFooBar implements PrintFooBar {
    /** The turn token. */
    private static final Object TOKEN = new Object();

    private final int n;
    /** Holds the token when foo may print. */
    private final BlockingQueue<Object> fooTurn = new ArrayBlockingQueue<>(1);
    /** Holds the token when bar may print. */
    private final BlockingQueue<Object> barTurn = new ArrayBlockingQueue<>(1);

    public BlockingQueueFooBar(int n) {
        this.n = n;
        fooTurn.add(TOKEN);
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            barTurn.put(printAfter(fooTurn.take(), printFoo));
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            fooTurn.put(printAfter(barTurn.take(), printBar));
        }
    }

    private static Object printAfter(Object token, Runnable print) {
        print.run();
        return token;
    }
}
