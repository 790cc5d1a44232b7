package org.concurrencykit.judge.engine.modelcheck;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.LincheckSettings;

/**
 * Every place the judge touches Lincheck (3.7): running a block under the model checker
 * with a chosen loop bound, leaving parts of the block out of the analysis, and making sure
 * the submission's classes are instrumented. Kept in one class so that a Lincheck upgrade
 * is one file to read.
 *
 * <p>Two entry points are not Lincheck's public API: {@code runConcurrentTestInternal}
 * (the only way to raise the loop bound, whose default of 50 counts the spurious wake-ups
 * inside the JDK's lock code and so calls correct solutions "hung") and the bootstrap class
 * {@code sun.nio.ch.lincheck.Injections} (ignored sections). When either is missing the
 * bridge degrades: the public entry point with its default bound, and no ignored sections.
 */
final class LincheckBridge {
    /** Lincheck's own default loop bound. */
    static final int DEFAULT_LOOP_BOUND = 50;

    /** How one exploration ended. */
    enum Kind {
        /** Every explored interleaving passed. */
        PASSED,
        /** The block threw in some interleaving: a wrong answer or a crash the block reported. */
        FAILED,
        /** The model checker saw the threads make no progress (it says deadlock or livelock). */
        HUNG,
        /** The model checker's own watchdog fired: code it does not control blocked for real. */
        TIMED_OUT,
        /** Lincheck itself failed (an unsupported construct, non-determinism, an instrumentation error). */
        UNSUPPORTED
    }

    /**
     * The end of one exploration.
     *
     * @param kind      how it ended
     * @param loopBound the loop bound it ran with
     * @param rawTrace  Lincheck's report (with its interleaving table), or the error, or ""
     * @param label     Lincheck's name for the failure, kept for the raw report only
     */
    record Outcome(Kind kind, int loopBound, String rawTrace, String label) {
    }


    private LincheckBridge() {
    }

    /**
     * Explores up to {@code invocations} interleavings of {@code block}. Lincheck runs one
     * test at a time per JVM; this call blocks until it is done.
     */
    static Outcome explore(int invocations, int loopBound, Runnable block) {
        int bound = loopBound;
        try {
            try {
                Lincheck.runConcurrentTestInternal$lincheck(invocations,
                        new LincheckSettings(true, 10, loopBound, 20), block);
            } catch (LinkageError internalEntryGone) {
                bound = DEFAULT_LOOP_BOUND;
                Lincheck.runConcurrentTest(invocations, block);
            }
            return new Outcome(Kind.PASSED, bound, "", "");
        } catch (LincheckAssertionError e) {
            String label = e.getFailure$lincheck().getClass().getSimpleName();
            String report = String.valueOf(e.getMessage());
            return new Outcome(kind(label), bound, report, label);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Outcome(Kind.UNSUPPORTED, bound, String.valueOf(e), e.getClass().getSimpleName());
        }
    }

    private static Kind kind(String label) {
        return switch (label) {
            case "IncorrectResultsFailure", "UnexpectedExceptionFailure", "ValidationFailure" -> Kind.FAILED;
            case "ManagedDeadlockFailure", "ManagedLivelockFailure" -> Kind.HUNG;
            case "TimeoutFailure" -> Kind.TIMED_OUT;
            default -> Kind.UNSUPPORTED;
        };
    }

    /**
     * Makes sure {@code type} (with its superclasses, interfaces and enclosing classes) is
     * instrumented before the model checker runs its code. Lincheck instruments classes
     * when analyzed code first creates or calls them; an instance made by reflection, as
     * the judge makes solutions, would otherwise run uninstrumented and block for real.
     * Call only from inside the block, before the first use of {@code type}.
     */
    static void ensureInstrumented(Class<?> type) {
        try {
            Agent.ENSURE_CLASS.invoke(type);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot instrument " + type.getName() + " for the model checker", t);
        }
    }

    /**
     * Makes sure the classes of {@code object} and of everything reachable from it are
     * instrumented: for objects made where Lincheck was not looking, such as in a static
     * initializer (which Lincheck runs outside its analysis).
     */
    static void ensureInstrumented(Object object) {
        try {
            Agent.ENSURE_OBJECT.invoke(object);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot instrument " + object.getClass().getName(), t);
        }
    }

    /** Lincheck's agent ({@code LincheckInstrumentation}), a runtime dependency of Lincheck. */
    private static final class Agent {
        static final MethodHandle ENSURE_CLASS;
        static final MethodHandle ENSURE_OBJECT;

        static {
            try {
                Class<?> agent = Class.forName("org.jetbrains.lincheck.jvm.agent.LincheckInstrumentation");
                Object instance = agent.getField("INSTANCE").get(null);
                ENSURE_CLASS = MethodHandles.publicLookup().findVirtual(agent, "ensureClassHierarchyIsTransformed",
                        MethodType.methodType(void.class, Class.class)).bindTo(instance);
                ENSURE_OBJECT = MethodHandles.publicLookup().findVirtual(agent, "ensureObjectIsTransformed",
                        MethodType.methodType(void.class, Object.class)).bindTo(instance);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /**
     * Stops the model checker from analyzing (and switching threads in) what the calling
     * thread does next. Reads only final fields on the way in, so that no switch point
     * separates the caller's last event from the ignored section.
     */
    static void enterIgnored() {
        MethodHandle h = Injections.ENTER;
        if (h != null) {
            call(h);
        }
    }

    /** Ends {@link #enterIgnored()}. */
    static void leaveIgnored() {
        MethodHandle h = Injections.LEAVE;
        if (h != null) {
            call(h);
        }
    }

    private static void call(MethodHandle h) {
        try {
            h.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("Lincheck's ignored section failed", t);
        }
    }

    /**
     * Lincheck's bootstrap class {@code sun.nio.ch.lincheck.Injections}, which exists only
     * once Lincheck has installed its agent (it appends its bootstrap jar to the boot class
     * path): first touched from inside an exploration. Null handles when it is missing.
     */
    private static final class Injections {
        static final MethodHandle ENTER;
        static final MethodHandle LEAVE;

        static {
            MethodHandle enter = null;
            MethodHandle leave = null;
            try {
                Class<?> injections = Class.forName("sun.nio.ch.lincheck.Injections", false, null);
                MethodType noArgs = MethodType.methodType(void.class);
                enter = MethodHandles.publicLookup().findStatic(injections, "enterIgnoredSection", noArgs);
                leave = MethodHandles.publicLookup().findStatic(injections, "leaveIgnoredSection", noArgs);
            } catch (ReflectiveOperationException | LinkageError e) {
                enter = null;
                leave = null;
            }
            ENTER = enter;
            LEAVE = leave;
        }
    }

}
