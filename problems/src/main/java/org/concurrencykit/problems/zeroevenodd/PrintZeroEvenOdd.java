package org.concurrencykit.problems.zeroevenodd;

import java.util.function.IntConsumer;

/**
 * Three threads that together print "0102...0n": a zero before every number, the numbers
 * 1 to n in order (LeetCode 1116, class {@code ZeroEvenOdd(int n)}).
 *
 * <p>One instance, built with {@code n}, is shared by three threads: thread A calls
 * {@link #zero}, thread B {@link #even} and thread C {@link #odd}, once each, started in any
 * order. All three are given the same {@code printNumber}; zero() passes it 0 exactly n
 * times, odd() passes it each odd number of 1..n and even() each even number, so that the
 * values come out as 0, 1, 0, 2, ..., 0, n. A method blocks while it is not its turn and
 * returns once it has printed all of its values (even() prints nothing when n is 1).
 *
 * <p>Memory consistency effects: each {@code printNumber} call happens-before the next
 * one, which another thread may make.
 */
public interface PrintZeroEvenOdd {
    /** Prints 0 n times, each time before the next number and after the previous one. */
    void zero(IntConsumer printNumber) throws InterruptedException;

    /** Prints 2, 4, ... up to n, each right after the 0 that precedes it. */
    void even(IntConsumer printNumber) throws InterruptedException;

    /** Prints 1, 3, ... up to n, each right after the 0 that precedes it. */
    void odd(IntConsumer printNumber) throws InterruptedException;
}
