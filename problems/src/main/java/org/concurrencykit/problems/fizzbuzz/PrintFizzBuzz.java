package org.concurrencykit.problems.fizzbuzz;

import java.util.function.IntConsumer;

/**
 * Four threads that together play FizzBuzz from 1 to n, each saying only its own words
 * (LeetCode 1195, class {@code FizzBuzz(int n)}).
 *
 * <p>One instance, built with {@code n}, is shared by four threads: thread A calls
 * {@link #fizz}, thread B {@link #buzz}, thread C {@link #fizzbuzz} and thread D
 * {@link #number}, once each, started in any order. For each i from 1 to n, in order,
 * exactly one callback runs once: {@code printFizzBuzz} if i is a multiple of 15, else
 * {@code printFizz} if i is a multiple of 3, else {@code printBuzz} if i is a multiple of 5,
 * else {@code printNumber.accept(i)}. A method blocks while none of its values is due and
 * returns once all of them are printed (possibly without printing anything, for small n).
 *
 * <p>Memory consistency effects: the callback run for i happens-before the callback run
 * for i + 1, which another thread may make.
 */
public interface PrintFizzBuzz {
    /** Runs {@code printFizz} for each i in 1..n that is a multiple of 3 but not of 5, in its turn. */
    void fizz(Runnable printFizz) throws InterruptedException;

    /** Runs {@code printBuzz} for each i in 1..n that is a multiple of 5 but not of 3, in its turn. */
    void buzz(Runnable printBuzz) throws InterruptedException;

    /** Runs {@code printFizzBuzz} for each i in 1..n that is a multiple of 15, in its turn. */
    void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException;

    /** Calls {@code printNumber.accept(i)} for each i in 1..n that is a multiple of neither 3 nor 5, in its turn. */
    void number(IntConsumer printNumber) throws InterruptedException;
}
