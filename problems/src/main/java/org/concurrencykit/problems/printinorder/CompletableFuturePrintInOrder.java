package org.concurrencykit.problems.printinorder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Print in Order with two {@link CompletableFuture}s completed by the earlier steps and
 * joined by the later ones.
 *
 * <p>Invariant: {@code firstDone} completes only after {@code printFirst} ran, and
 * {@code secondDone} only after {@code printSecond} ran.
 * Memory consistency effects: {@code complete()} happens-before {@code get()} returns.
 */
public final class CompletableFuturePrintInOrder implements PrintInOrder {
    /** Completes once printFirst has run. */
    private final CompletableFuture<Void> firstDone = new CompletableFuture<>();
    /** Completes once printSecond has run. */
    private final CompletableFuture<Void> secondDone = new CompletableFuture<>();

    @Override
    public void first(Runnable printFirst) throws InterruptedException {
        printFirst.run();
        firstDone.complete(null);
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        await(firstDone);
        printSecond.run();
        secondDone.complete(null);
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        await(secondDone);
        printThird.run();
    }

    private static void await(CompletableFuture<Void> step) throws InterruptedException {
        try {
            step.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a step never fails", e);
        }
    }
}
