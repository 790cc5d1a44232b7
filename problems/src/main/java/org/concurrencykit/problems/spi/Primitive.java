package org.concurrencykit.problems.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synchronization primitives the reference solutions teach, one per solution. A
 * reference solution is named {@code <Primitive><Problem>} (see STYLE.md), so its primitive
 * is the longest {@link #prefix()} its simple name starts with.
 */
public enum Primitive {
    SYNCHRONIZED("Synchronized", "synchronized"),
    VOLATILE("Volatile", "volatile"),
    REENTRANT_LOCK("ReentrantLock", "ReentrantLock"),
    REENTRANT_READ_WRITE_LOCK("ReentrantReadWriteLock", "ReentrantReadWriteLock"),
    STAMPED_LOCK("StampedLock", "StampedLock"),
    TRY_LOCK("TryLock", "tryLock with timeout"),
    LOCK_SUPPORT("LockSupport", "LockSupport"),
    SEMAPHORE("Semaphore", "Semaphore"),
    COUNT_DOWN_LATCH("CountDownLatch", "CountDownLatch"),
    CYCLIC_BARRIER("CyclicBarrier", "CyclicBarrier"),
    PHASER("Phaser", "Phaser"),
    EXCHANGER("Exchanger", "Exchanger"),
    BLOCKING_QUEUE("BlockingQueue", "BlockingQueue"),
    EXECUTOR_SERVICE("ExecutorService", "ExecutorService"),
    FORK_JOIN_POOL("ForkJoinPool", "ForkJoinPool"),
    COMPLETABLE_FUTURE("CompletableFuture", "CompletableFuture"),
    ATOMIC_BOOLEAN("AtomicBoolean", "AtomicBoolean"),
    ATOMIC_INTEGER("AtomicInteger", "AtomicInteger"),
    ATOMIC_INTEGER_ARRAY("AtomicIntegerArray", "AtomicIntegerArray"),
    ATOMIC_LONG("AtomicLong", "AtomicLong"),
    ATOMIC_REFERENCE("AtomicReference", "AtomicReference"),
    LONG_ADDER("LongAdder", "LongAdder");

    private final String prefix;
    private final String label;

    Primitive(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** How the names of solutions that use it begin. */
    public String prefix() {
        return prefix;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    /** The name on the command line: lower case, letters only ({@code countdownlatch}). */
    public String id() {
        return normalize(prefix);
    }

    /** Whether {@code query} names this primitive or a family it is in ({@code atomic}, {@code lock}). */
    public boolean matches(String query) {
        String q = normalize(query);
        return !q.isEmpty() && (id().contains(q) || normalize(label).contains(q));
    }

    /** The primitive of a solution class named {@code <Primitive><Problem>}. */
    public static Primitive of(Class<?> solution) {
        String name = solution.getSimpleName();
        Primitive best = null;
        for (Primitive p : values()) {
            if (name.startsWith(p.prefix) && (best == null || p.prefix.length() > best.prefix.length())) {
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(name + " is not named <Primitive><Problem> after a known primitive");
        }
        return best;
    }

    /** The primitives of some solutions, in their order, each once. */
    public static List<Primitive> of(List<? extends Class<?>> solutions) {
        List<Primitive> all = new ArrayList<>();
        for (Class<?> s : solutions) {
            Primitive p = of(s);
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
