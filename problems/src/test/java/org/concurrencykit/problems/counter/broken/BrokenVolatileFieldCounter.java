package org.concurrencykit.problems.counter.broken;

import org.concurrencykit.problems.counter.Counter;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * {@code count++} on a {@code volatile} field: every read sees the latest write, but the
 * read and the write are still two steps, and another thread's increment can come between
 * them. {@code volatile} gives visibility, not atomicity.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "volatile makes writes visible, not count++ atomic: updates are still lost")
public final class BrokenVolatileFieldCounter implements Counter {
    private volatile int count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public int get() {
        return count;
    }
}
