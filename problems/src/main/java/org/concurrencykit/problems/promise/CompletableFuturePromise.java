package org.concurrencykit.problems.promise;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Promise backed by a {@link CompletableFuture}, which already is one: {@code complete} and
 * {@code completeExceptionally} return true only for the first completion, and its
 * {@code get} methods block. Its own callbacks run in no promised order, so each callback
 * here is a stage chained behind the previous callback's: the tail of the chain is swapped
 * atomically ({@code getAndSet}), and a callback's stage runs it once the stage before has
 * run (the first waits for the future itself).
 *
 * <p>Invariant: the callbacks form one chain in the order their {@code getAndSet} took
 * effect, and each link completes only after its callback ran, so they run one after
 * another in that order, and a thread's callbacks in the order it registered them. The
 * future runs a dependent stage exactly once: on the thread completing the stage before it,
 * or, when that stage is already complete, on the thread registering it.
 *
 * <p>Memory consistency effects: actions before completing a {@code CompletableFuture}
 * happen-before its dependent stages run and its {@code get} returns.
 */
public final class CompletableFuturePromise implements Promise {
    /** The outcome. */
    private final CompletableFuture<Integer> result = new CompletableFuture<>();
    /** The last link of the callback chain: completed once every callback before it has run. */
    private final AtomicReference<CompletableFuture<?>> tail = new AtomicReference<>(result);

    @Override
    public boolean complete(int value) {
        return result.complete(value);
    }

    @Override
    public boolean completeExceptionally(Exception error) {
        return result.completeExceptionally(error);
    }

    @Override
    public int get() throws InterruptedException, ExecutionException {
        return result.get();
    }

    @Override
    public int get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(timeout, unit);
    }

    @Override
    public void onComplete(BiConsumer<Integer, Exception> callback) {
        CompletableFuture<Void> ran = new CompletableFuture<>();
        CompletableFuture<?> before = tail.getAndSet(ran);
        before.whenComplete((ignored, alsoIgnored) -> {
            try {
                result.whenComplete((v, e) -> callback.accept(v, (Exception) e));
            } finally {
                ran.complete(null);
            }
        });
    }
}
