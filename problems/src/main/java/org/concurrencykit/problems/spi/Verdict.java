package org.concurrencykit.problems.spi;

/**
 * What the judge answers for a submission. Plain data shared by the judge and by the
 * broken solutions that declare the verdict they must receive.
 */
public enum Verdict {
    /** Every round of every case was correct. */
    ACCEPTED,
    /** A round finished with an event log the problem's checker rejects. */
    WRONG_ANSWER,
    /** A round stopped making progress (a stuck wait, a lost wake-up, a loop) or ran too long. */
    TIME_LIMIT_EXCEEDED,
    /** Threads of a round wait for each other's locks in a cycle. */
    DEADLOCK,
    /** The solution threw, ended the JVM, or ran out of memory or stack. */
    RUNTIME_ERROR,
    /** The submitted file does not compile. */
    COMPILE_ERROR;

    /** Whether this verdict accepts the submission. */
    public boolean accepted() {
        return this == ACCEPTED;
    }
}
