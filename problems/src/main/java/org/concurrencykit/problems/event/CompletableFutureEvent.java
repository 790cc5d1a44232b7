package org.concurrencykit.problems.event;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The event as a {@link CompletableFuture} that {@code set()} completes and {@code clear()}
 * replaces with a new, incomplete one (the same shape as {@link CountDownLatchEvent}): a
 * waiter {@code get()}s the future that was current when it began, and a completed future
 * stays completed.
 *
 * <p>Invariant: the flag is set exactly when the current future is done.
 * Memory consistency effects: completing a future happens-before the return of a
 * {@code get()} that sees it completed.
 */
public final class CompletableFutureEvent implements ManualResetEvent {
    /** The current generation: done while the flag is set. */
    private final AtomicReference<CompletableFuture<Void>> gate = new AtomicReference<>(new CompletableFuture<>());

    @Override
    public void set() {
        gate.get().complete(null);
    }

    @Override
    public void clear() {
        CompletableFuture<Void> current = gate.get();
        if (current.isDone()) {
            gate.compareAndSet(current, new CompletableFuture<>());
        }
    }

    @Override
    public boolean isSet() {
        return gate.get().isDone();
    }

    @Override
    public void await() throws InterruptedException {
        try {
            gate.get().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the event's future is only ever completed normally", e);
        }
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        try {
            gate.get().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the event's future is only ever completed normally", e);
        }
    }
}
