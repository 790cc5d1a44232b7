package org.concurrencykit.problems.counter.broken;

import org.concurrencykit.problems.counter.Counter;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * {@code count++} on a plain field: a read, an add and a write, which two threads can
 * interleave so that both read the same count and one addition overwrites the other. The
 * JIT may even keep the field in a register across a run of increments and write it back
 * once, losing a whole run to another thread's writes.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "count++ on a plain field is a read, an add and a write: two threads lose updates")
public final class BrokenPlainFieldCounter implements Counter {
    private int count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public int get() {
        return count;
    }
}
