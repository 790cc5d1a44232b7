package org.concurrencykit.problems.spi;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A concurrency problem: its metadata, its inputs, how one round runs a solution, and what
 * a correct round looks like. Implementations are stateless and registered with
 * {@link java.util.ServiceLoader} under this interface's name.
 *
 * @param <S> the kit's interface for solutions (LeetCode's class shape as a Java interface)
 * @param <C> the problem's test case type
 */
public interface Problem<S, C extends TestCase> {

    /** Slug, number, title, class name, thread roles. */
    ProblemInfo info();

    /** The interface a solution implements; LeetCode-shaped classes are bound to it by method name and signature. */
    Class<S> solutionType();

    /** Parameter types of the LeetCode class's constructor ({@code FooBar(int n)}: {@code int.class}). */
    List<Class<?>> constructorTypes();

    /** Arguments for the constructor in one case. */
    Object[] constructorArgs(C testCase);

    /** The statement's examples: what {@code judge run} tries. */
    List<C> examples();

    /**
     * Every case of a full judgement: the examples first, then all thread start orders,
     * a spread of sizes up to the constraints, and random cases drawn from {@code random}.
     */
    List<C> cases(Random random);

    /**
     * A few small cases for an engine that explores interleavings systematically instead of
     * by chance (the model checker): each with at most 8 solution threads and as few steps
     * as will do, together able to show every rule of the problem broken. An exploration
     * tries every start order itself, so cases that differ only in start order add nothing.
     * The examples by default.
     */
    default List<C> smallCases() {
        return examples();
    }

    /**
     * Reads a case back from its {@link TestCase#input()} form.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not an input
     */
    C parse(String input);

    /**
     * Registers this round's threads with {@code round}, each calling into {@code solution}
     * with callbacks built from {@code round}.
     */
    void run(S solution, C testCase, Round round);

    /**
     * A finished round's output as {@code judge run} shows it, in the form LeetCode prints
     * for the problem. The events' tokens concatenated by default.
     */
    default String output(C testCase, EventLog log) {
        return log.joined();
    }

    /** Judges a finished round's events; empty when the round is correct. */
    Optional<Violation> check(C testCase, EventLog log);

    /**
     * Judges the events of a round that never finished (it hung, or ran out of time): a
     * violation only when the events so far break a rule whatever would have followed, such
     * as a user served twice before the hang. The judge then reports that wrong answer, the
     * first thing that went wrong, instead of the hang it led to. Empty by default: the hang
     * is reported.
     */
    default Optional<Violation> checkUnfinished(C testCase, EventLog log) {
        return Optional.empty();
    }

    /** The reference solutions, each using one primitive. */
    List<Class<? extends S>> references();

    /** LeetCode's problems or the classic ones: LeetCode's when it has a LeetCode number. */
    default Track track() {
        return info().number() > 0 ? Track.LEETCODE : Track.CLASSIC;
    }

    /** The primitives the reference solutions teach, in their order: read from their names. */
    default List<Primitive> primitives() {
        return Primitive.of(references());
    }

    /**
     * Imports a pasted LeetCode file gets without writing them, beyond LeetCode's own
     * ({@code java.util.*}, {@code java.util.concurrent.*} and so on): types the problem's
     * LeetCode page declares for you, such as {@code HtmlParser}.
     */
    default List<String> implicitImports() {
        return List.of();
    }

    /**
     * Classes a solution must not use, as binary names (e.g.
     * {@code java.util.concurrent.ArrayBlockingQueue} for the problem that asks you to build
     * one). The judge rejects a submission whose classes refer to any of them.
     */
    default List<String> forbiddenClasses() {
        return List.of();
    }

    /** The statement, hints and starter file, read from resources next to the problem. */
    default Statement statement() {
        return Statement.of(getClass());
    }
}
