package org.concurrencykit.problems.counter.broken;

import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.problems.counter.Counter;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * An {@link AtomicInteger} used as a plain box: {@code set(get() + 1)} is two atomic steps,
 * not one, so another thread can set the count between this thread's read and its write.
 * The atomic class does not make a sequence of its calls atomic; {@code incrementAndGet()}
 * (or a compare-and-set loop) does.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "set(get() + 1) is check-then-act: two atomic calls are not one atomic update")
public final class BrokenAtomicGetThenSetCounter implements Counter {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void increment() {
        count.set(count.get() + 1);
    }

    @Override
    public int get() {
        return count.get();
    }
}
