package org.concurrencykit.problems.foobar;

/**
 * Two threads that must take turns: "foo", "bar", "foo", "bar"... (LeetCode 1115, class
 * {@code FooBar(int n)}).
 *
 * <p>One instance, built with {@code n}, is shared by two threads: thread A calls
 * {@link #foo} and thread B calls {@link #bar}, once each, started in either order. Each
 * method loops {@code n} times, running its callback once per turn, so that the callbacks
 * alternate, {@code printFoo} first, and each runs exactly {@code n} times on its own
 * thread. A method blocks while it is not its turn.
 *
 * <p>Memory consistency effects: each callback run happens-before the other thread's
 * next callback run.
 */
public interface PrintFooBar {
    /** Runs {@code printFoo} n times, each time after the previous {@code printBar}. */
    void foo(Runnable printFoo) throws InterruptedException;

    /** Runs {@code printBar} n times, each time after the matching {@code printFoo}. */
    void bar(Runnable printBar) throws InterruptedException;
}
