package org.concurrencykit.judge.engine.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.TestCase;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;

/**
 * The code the model checker runs once per explored interleaving: make a fresh solution,
 * let the problem register its threads, start them, join them, and check the event log.
 *
 * <p>Only what must be analyzed is: the solution's constructor and the threads (their
 * creation, start and join, and everything they run). The judge's own work (registering
 * threads, checking the log) runs in ignored sections, so it adds no switch points and
 * no noise to the trace. The block has no fields: Lincheck instruments every class it can
 * reach from the block's fields, and the judge's classes must stay uninstrumented. It
 * reads its case from {@link #context} instead; Lincheck runs one exploration at a time.
 */
final class ModelCheckBlock implements Runnable {
    /** The exploration now running; set before Lincheck starts, read inside ignored sections. */
    private static volatile Context<?, ?> context;
    /** Epoch ms when the first interleaving of this JVM began (0 before): the end of Lincheck's set-up. */
    private static volatile long firstInvocationEpochMillis;

    /** Epoch ms when this JVM's first explored interleaving began, 0 when none has. */
    static long firstInvocationEpochMillis() {
        return firstInvocationEpochMillis;
    }

    /** The case being explored and what the explored executions found. */
    static final class Context<S, C extends TestCase> {
        final Problem<S, C> problem;
        final SolutionFactory<S> factory;
        final C testCase;
        final List<Class<?>> userClasses;
        final int maxThreads;
        /** Executions run so far (Lincheck replays the failing one to collect its trace). */
        int invocations;
        /** The latest execution's round. */
        ModelCheckRound round;
        /** Threads the problem registered in the latest execution. */
        int threads;
        /** Set when the problem registered more threads than the model checker handles. */
        boolean tooManyThreads;
        Violation violation;
        Throwable constructorError;
        /** Whether the latest execution's threads all finished and its log passed the check. */
        boolean lastPassed;
        private boolean instrumented;

        Context(Problem<S, C> problem, SolutionFactory<S> factory, C testCase, List<Class<?>> userClasses,
                int maxThreads) {
            this.problem = problem;
            this.factory = factory;
            this.testCase = testCase;
            this.userClasses = List.copyOf(userClasses);
            this.maxThreads = maxThreads;
        }

        private void begin() {
            if (firstInvocationEpochMillis == 0) {
                firstInvocationEpochMillis = System.currentTimeMillis();
            }
            invocations++;
            lastPassed = false;
            if (!instrumented) {
                instrumented = true;
                instrument();
            }
        }

        /**
         * Instruments what the explored code will use but Lincheck would not see created:
         * the submission's classes (the judge makes solutions by reflection), what their
         * static fields hold (static initializers run outside Lincheck's analysis), the JDK's
         * synchronizers (for objects made there), {@link Round} and the problem, whose callback
         * lambdas' {@code emit("...")} calls mark the trace, and {@link SwitchPoint}.
         */
        private void instrument() {
            for (Class<?> c : SYNCHRONIZERS) {
                LincheckBridge.ensureInstrumented(c);
            }
            LincheckBridge.ensureInstrumented(Round.class);
            LincheckBridge.ensureInstrumented(SwitchPoint.class);
            LincheckBridge.ensureInstrumented(problem.getClass());
            for (Class<?> c : userClasses) {
                LincheckBridge.ensureInstrumented(c);
            }
            for (Class<?> c : userClasses) {
                for (Object value : staticValues(c)) {
                    LincheckBridge.ensureInstrumented(value);
                }
            }
        }

        private S create() throws Throwable {
            return factory.create(problem.constructorArgs(testCase));
        }

        private ModelCheckRound register(S solution) {
            ModelCheckRound r = new ModelCheckRound();
            problem.run(solution, testCase, r);
            round = r;
            threads = r.lanes().size();
            tooManyThreads = threads > maxThreads;
            return r;
        }

        /** True when the execution was correct; records why not otherwise. */
        private boolean judge(ModelCheckRound r) {
            if (r.crash() != null) {
                return false;
            }
            Optional<Violation> v = problem.check(testCase, r.log());
            // "Too slow" means nothing here: the model checker's clock is not real time.
            if (v.isPresent() && v.get().verdict() == Verdict.WRONG_ANSWER) {
                violation = v.get();
                return false;
            }
            lastPassed = true;
            return true;
        }
    }

    /** The JDK's synchronizers, instrumented up front. */
    private static final List<Class<?>> SYNCHRONIZERS = List.of(java.util.concurrent.locks.LockSupport.class,
            java.util.concurrent.locks.AbstractQueuedSynchronizer.class, java.util.concurrent.locks.ReentrantLock.class,
            java.util.concurrent.locks.ReentrantReadWriteLock.class, java.util.concurrent.Semaphore.class,
            java.util.concurrent.CountDownLatch.class, java.util.concurrent.CyclicBarrier.class,
            java.util.concurrent.Phaser.class, java.util.concurrent.Exchanger.class,
            java.util.concurrent.SynchronousQueue.class, java.util.concurrent.LinkedBlockingQueue.class,
            java.util.concurrent.ArrayBlockingQueue.class, java.util.concurrent.LinkedBlockingDeque.class,
            java.util.concurrent.CompletableFuture.class);

    /** The values of {@code type}'s static reference fields (initializing it), or none when it fails to initialize. */
    private static List<Object> staticValues(Class<?> type) {
        List<Object> values = new ArrayList<>();
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v != null) {
                        values.add(v);
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // The solution's own code will meet the same error, and report it.
        }
        return values;
    }

    /** A wrong log, a crash or a throwing constructor, thrown out of the block to stop the exploration. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super("the execution was wrong", null, false, false);
        }
    }

    /** Makes {@code c} the context of the blocks run from now on. */
    static void use(Context<?, ?> c) {
        context = c;
    }

    @Override
    public void run() {
        Context<?, ?> c = start();
        execute(c);
    }

    private static Context<?, ?> start() {
        LincheckBridge.enterIgnored();
        try {
            Context<?, ?> c = context;
            c.begin();
            return c;
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    private static <S, C extends TestCase> void execute(Context<S, C> c) {
        S solution;
        try {
            solution = c.create();
        } catch (Throwable e) {
            if (isLincheckControl(e)) {
                throw control(e);
            }
            failConstruction(c, e);
            throw new Rejected();
        }
        ModelCheckRound round = register(c, solution);
        if (round == null) {
            return;
        }
        List<ModelCheckRound.Lane> lanes = round.lanes();
        List<Thread> threads = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            int index = i;
            ModelCheckRound.Lane lane = lanes.get(i);
            threads.add(new Thread(() -> runLane(round, index, lane), lane.name()));
        }
        for (Thread t : threads) {
            t.start();
        }
        joinAll(threads);
        if (!verdict(c, round)) {
            throw new Rejected();
        }
    }

    private static <S, C extends TestCase> ModelCheckRound register(Context<S, C> c, S solution) {
        LincheckBridge.enterIgnored();
        try {
            ModelCheckRound r = c.register(solution);
            return c.tooManyThreads ? null : r;
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    private static void failConstruction(Context<?, ?> c, Throwable e) {
        LincheckBridge.enterIgnored();
        try {
            if (c.constructorError == null) {
                c.constructorError = e;
            }
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + t.getName(), e);
            }
        }
    }

    private static boolean verdict(Context<?, ?> c, ModelCheckRound round) {
        LincheckBridge.enterIgnored();
        try {
            return c.judge(round);
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    /** The body of a solution thread: marks the trace with its role, runs, records how it ended. */
    private static void runLane(ModelCheckRound round, int index, ModelCheckRound.Lane lane) {
        role(index, lane.name());
        Throwable error = null;
        try {
            lane.body().run();
        } catch (Throwable t) {
            if (isLincheckControl(t)) {
                throw control(t);
            }
            error = t;
        }
        LincheckBridge.enterIgnored();
        try {
            round.ended(index, error);
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    /**
     * Marks the start of registered thread {@code index}, named {@code name}, in the trace:
     * the renderer reads which of Lincheck's numbered threads plays which role from this call.
     */
    static void role(int index, String name) {
        // A marker: the call itself is what the trace records.
    }

    private static Error control(Throwable t) {
        return t instanceof Error e ? e : new AssertionError(t);
    }

    /** Lincheck stops the threads of an execution it abandons by throwing its own errors through them. */
    private static boolean isLincheckControl(Throwable t) {
        String n = t.getClass().getName();
        return n.startsWith("org.jetbrains.kotlinx.lincheck.") || n.startsWith("org.jetbrains.lincheck.");
    }
}
