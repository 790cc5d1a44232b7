package org.concurrencykit.problems.printinorder;

/**
 * Three steps that must run in order although three threads call them in any order
 * (LeetCode 1114, class {@code Foo}).
 *
 * <p>One instance is shared by three threads: thread A calls {@link #first}, thread B
 * {@link #second} and thread C {@link #third}, each exactly once, started in any order.
 * Each method must run the callback it is given exactly once, on its own thread, and the
 * three callbacks must run in the order first, second, third. A method may block until its
 * turn comes.
 *
 * <p>Memory consistency effects: actions of the thread that ran {@code printFirst}
 * happen-before the actions of the thread that runs {@code printSecond} after it, and
 * likewise for {@code printSecond} and {@code printThird}.
 */
public interface PrintInOrder {
    /** Runs {@code printFirst}; never needs to wait. */
    void first(Runnable printFirst) throws InterruptedException;

    /** Waits until {@code printFirst} has run, then runs {@code printSecond}. */
    void second(Runnable printSecond) throws InterruptedException;

    /** Waits until {@code printSecond} has run, then runs {@code printThird}. */
    void third(Runnable printThird) throws InterruptedException;
}
