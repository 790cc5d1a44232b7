package org.concurrencykit.problems.promise;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * A one-shot future of an {@code int}: completed once, with a value or an exception, and read
 * by any number of threads, which may block until it is completed or register callbacks.
 *
 * <p>Contract:
 * <ul>
 *   <li>Any thread may call any method, concurrently. Only the first {@link #complete} or
 *       {@link #completeExceptionally} completes the promise and returns {@code true}; every
 *       later one returns {@code false} and changes nothing.
 *   <li>{@link #get()} blocks until the promise is completed, then returns its value or throws
 *       an {@link ExecutionException} whose cause is its exception. {@link #get(long, TimeUnit)}
 *       does the same but throws {@link TimeoutException} once the timeout has passed without
 *       a completion; on a promise completed before the call it returns at once. Waiting blocks,
 *       it never spins; an interrupt while waiting throws {@link InterruptedException}.
 *   <li>A callback given to {@link #onComplete} runs exactly once, with {@code (value, null)} or
 *       {@code (null, exception)}, after the promise is completed: on the completing thread when
 *       it was registered before completion, on a thread calling into the promise otherwise,
 *       never on a thread of the promise's own. Every callback has run by the time every call
 *       into the promise has returned. The callbacks one thread registers run in the order it
 *       registered them. On a promise never completed no callback runs.
 *   <li>Memory consistency effects: actions of the completing thread before its
 *       {@code complete} happen-before a {@code get} returning the result and before each
 *       callback.
 * </ul>
 */
public interface Promise {
    /** Completes the promise with {@code value}; true if this call completed it. */
    boolean complete(int value);

    /** Completes the promise with {@code error}; true if this call completed it. */
    boolean completeExceptionally(Exception error);

    /** Waits for the completion; the value, or an ExecutionException caused by the exception. */
    int get() throws InterruptedException, ExecutionException;

    /** As {@link #get()}, but throws TimeoutException once {@code timeout} has passed without a completion. */
    int get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;

    /** Registers {@code callback}: it runs exactly once, after the completion, with (value, null) or (null, exception). */
    void onComplete(BiConsumer<Integer, Exception> callback);
}
