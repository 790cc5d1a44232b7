package org.concurrencykit.problems.zeroevenodd;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/**
 * Zero Even Odd with one single-slot {@link BlockingQueue} per thread carrying a turn
 * token: a thread takes the token from its own queue, prints, and puts it into the queue
 * of the thread whose turn comes next.
 *
 * <p>Invariant: exactly one token exists; it sits in the queue of the thread allowed to
 * print next, or is held by the thread that is printing.
 * Memory consistency effects: actions before {@code put()} happen-before actions after the
 * {@code take()} that removes the token.
 */
public final class BlockingQueueZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;
    /** The turn token. */
    private static final Object TOKEN = new Object();

    private final int n;
    /** turnOf.get(t) holds the token when thread t may print. */
    private final List<BlockingQueue<Object>> turnOf = List.of(
            new ArrayBlockingQueue<>(1), new ArrayBlockingQueue<>(1), new ArrayBlockingQueue<>(1));

    public BlockingQueueZeroEvenOdd(int n) {
        this.n = n;
        turnOf.get(ZERO).add(TOKEN);
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            awaitTurn(ZERO);
            printNumber.accept(0);
            passTurn(i % 2 == 1 ? ODD : EVEN);
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            awaitTurn(EVEN);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            awaitTurn(ODD);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    private void awaitTurn(int mine) throws InterruptedException {
        turnOf.get(mine).take();
    }

    /** Never blocks: the one token fits in any empty queue. */
    private void passTurn(int next) throws InterruptedException {
        turnOf.get(next).put(TOKEN);
    }
}
