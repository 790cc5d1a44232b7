package org.concurrencykit.problems.spi;

/** The body of one solution thread: calls into the solution, which may block or throw. */
@FunctionalInterface
public interface Action {
    /** Runs the body. */
    void run() throws Exception;
}
