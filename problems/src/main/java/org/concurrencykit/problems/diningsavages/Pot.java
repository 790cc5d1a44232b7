package org.concurrencykit.problems.diningsavages;

/**
 * The cooking pot of a tribe of savages (a classic of the semaphore textbooks, restated):
 * it holds at most {@code servings} servings, starts empty, and is refilled by one cook. A
 * solution is built with the number of servings a refill puts in ({@code Pot(int servings)}).
 *
 * <p>The pot's contents change only through the callbacks: {@code putServings.run()} puts
 * {@code servings} servings into it, {@code takeServing.run()} takes one out. Contract:
 * <ul>
 *   <li>{@link #getServing} is called by savage threads, any number at a time, once per meal.
 *       It calls {@code takeServing.run()} exactly once, only while a serving is there for
 *       this savage: after the {@code putServings} that put it there has returned, and never
 *       for a serving another savage takes. A savage who finds the pot empty wakes the cook
 *       and waits, without spinning, until the pot has been refilled.
 *   <li>{@link #cook} is called by the cook's thread, once per refill. It sleeps until a
 *       savage has found the pot empty, then calls {@code putServings.run()} exactly once and
 *       returns. It refills only an empty pot: every serving of the previous refill has been
 *       taken (their {@code takeServing} calls have returned). So the pot never holds more
 *       than {@code servings} servings, and one empty pot is refilled once, however many
 *       savages find it empty.
 *   <li>Every blocked call throws {@link InterruptedException} if its thread is interrupted.
 * </ul>
 *
 * <p>Memory consistency effects: actions of the cook in {@code putServings} happen-before the
 * {@code takeServing} of every serving that refill put in; the {@code takeServing} of a
 * refill's last serving happens-before the next {@code putServings}.
 */
public interface Pot {
    /** A hungry savage takes one serving from the pot, waking the cook first if it is empty. */
    void getServing(Runnable takeServing) throws InterruptedException;

    /** The cook waits to be woken by a savage who found the pot empty, then refills it once. */
    void cook(Runnable putServings) throws InterruptedException;
}
