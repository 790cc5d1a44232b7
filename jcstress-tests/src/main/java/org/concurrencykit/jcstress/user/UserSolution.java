package org.concurrencykit.jcstress.user;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.concurrencykit.problems.spi.BindException;
import org.concurrencykit.problems.spi.SolutionFactory;

/**
 * Makes instances of a user's solution class for the {@code User} tests: the class is named
 * by the system property {@value #PROPERTY} (which jcstress copies into every forked VM)
 * and must be on the class path. A LeetCode-shaped class (no interface) is bound to the
 * problem's interface by method name and signature, as the judge does.
 *
 * <p>The judge's {@code judge jcstress} command sets the property and the class path; by
 * hand: {@code java -cp jcstress.jar:DIR -Dconcurrencykit.solution=Foo org.openjdk.jcstress.Main -t '\.User$'}.
 */
public final class UserSolution {
    /** Names the class under test. */
    public static final String PROPERTY = "concurrencykit.solution";

    /** One factory per interface, bound once per VM: jcstress builds millions of states. */
    private static final ConcurrentMap<Class<?>, SolutionFactory<?>> FACTORIES = new ConcurrentHashMap<>();

    private UserSolution() {
    }

    /** A new instance of the user's class as {@code iface}, built with {@code args}. */
    public static <S> S create(Class<S> iface, List<Class<?>> ctorTypes, Object... args) {
        @SuppressWarnings("unchecked")
        SolutionFactory<S> f = (SolutionFactory<S>) FACTORIES.computeIfAbsent(iface, i -> bind(iface, ctorTypes));
        try {
            return f.create(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the solution's constructor threw " + t, t);
        }
    }

    private static <S> SolutionFactory<S> bind(Class<S> iface, List<Class<?>> ctorTypes) {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("set -D" + PROPERTY + "=<class> to run the User tests");
        }
        try {
            Class<?> type = Class.forName(name, false, UserSolution.class.getClassLoader());
            return SolutionFactory.bind(type, iface, ctorTypes);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + name + " is not on the class path", e);
        } catch (BindException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
