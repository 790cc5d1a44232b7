package org.concurrencykit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.concurrencykit.problems.spi.BindException;
import org.concurrencykit.problems.spi.SolutionFactory;

/**
 * What every benchmark shares: binding a solution class by name (a reference, or the user's
 * class named by the system property {@value #PROPERTY}), and running one small run's
 * threads to the end, with a bounded join so that a hung solution fails the benchmark
 * instead of hanging JMH.
 */
public final class Handoffs {
    /** Names the user's class (on the class path) measured as the row {@value #YOURS}. */
    public static final String PROPERTY = "concurrencykit.solution";
    /** The {@code solution} parameter value that stands for the user's class. */
    public static final String YOURS = "yours";
    /** How long one run's threads may take before the benchmark fails, in milliseconds. */
    static final long TIMEOUT_MS = Long.getLong("concurrencykit.bench.timeoutMs", 10_000);

    /** One thread's work in a run. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private Handoffs() {
    }

    /**
     * Binds {@code solution}: a reference's simple name, looked up in {@code iface}'s package,
     * or {@value #YOURS} for the class named by {@value #PROPERTY}.
     */
    public static <S> SolutionFactory<S> bind(String solution, Class<S> iface, Class<?>... ctorTypes) {
        String name = solution.equals(YOURS) ? System.getProperty(PROPERTY)
                : iface.getPackageName() + "." + solution;
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("set -D" + PROPERTY + "=<class> to measure solution=" + YOURS);
        }
        try {
            Class<?> type = Class.forName(name, false, Handoffs.class.getClassLoader());
            return SolutionFactory.bind(type, iface, List.of(ctorTypes));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + name + " is not on the class path", e);
        } catch (BindException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new instance from {@code factory}, built with {@code args}. */
    public static <S> S create(SolutionFactory<S> factory, Object... args) {
        try {
            return factory.create(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the solution's constructor threw " + t, t);
        }
    }

    /**
     * Runs each body in a thread of its own and joins them all within {@link #TIMEOUT_MS}.
     *
     * @throws IllegalStateException if a body threw, or the run did not end in time (its
     *     threads are interrupted, and are daemons, so they cannot keep the VM alive)
     */
    public static void run(Body... bodies) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threads = new Thread[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            Body body = bodies[i];
            threads[i] = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }, "bench-" + i);
            threads[i].setDaemon(true);
        }
        for (Thread t : threads) {
            t.start();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        for (Thread t : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0 || !join(t, left)) {
                for (Thread s : threads) {
                    s.interrupt();
                }
                throw new IllegalStateException("the run did not end within " + TIMEOUT_MS + " ms: a hang");
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a thread of the run threw " + failure.get(), failure.get());
        }
    }

    private static boolean join(Thread t, long millis) throws InterruptedException {
        t.join(millis);
        return !t.isAlive();
    }
}
