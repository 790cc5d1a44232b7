package org.concurrencykit.problems.promise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The promise, a one-shot future (a classic): how a round runs and what a correct one looks
 * like ({@link PromiseChecker}).
 *
 * <p>A round starts the script's threads in order; each runs its steps, recording every call
 * just before it and its outcome just after it, with an adversarial pause before each step.
 * A callback records its run with the arguments it got. The cases mix racing completers,
 * a thread that completes twice, getters before and after the completion, timed gets that
 * must time out (nothing completes) and must not (the promise is already completed), and
 * callbacks registered before, during and after the completion.
 */
public final class PromiseProblem implements Problem<Promise, Script> {
    private static final String EXAMPLE = "threads = [[onComplete, onComplete, complete(4), complete(9)], "
            + "[onComplete, onComplete], [get(), onComplete]]";
    private static final Pattern INPUT = Pattern.compile("\\s*threads\\s*=\\s*\\[(.*)]\\s*");
    private static final Pattern THREAD = Pattern.compile("\\s*\\[([^\\[\\]]*)]\\s*(,|$)");
    /**
     * Shapes run in every judgement: racing completers with registrants racing them; one
     * thread that completes twice and reads; an exception; callbacks registered around the
     * completion by many threads; nothing ever completed (timed gets must time out, no callback
     * runs); a timed get after the completion (it must not time out).
     */
    private static final Script[] SHAPES = {
        Script.of("complete(1)", "complete(2)", "get(), onComplete", "onComplete, onComplete", "get(20ms)",
                "onComplete, get(), onComplete"),
        Script.of("onComplete, complete(3), complete(7), get(), onComplete"),
        Script.of("onComplete, completeExceptionally(oops), complete(5), get(1ms)", "get(), onComplete",
                "onComplete, get(30ms), onComplete"),
        Script.of("onComplete, onComplete, onComplete", "onComplete, onComplete, onComplete",
                "onComplete, onComplete, complete(8)",
                "onComplete, onComplete, onComplete", "get(), onComplete, onComplete"),
        Script.of("onComplete, get(3ms), onComplete", "get(2ms), onComplete"),
        Script.of("complete(6), get(1ms)", "get(), get(1ms), onComplete"),
        Script.of("completeExceptionally(boom)", "completeExceptionally(bang)", "complete(4)", "get()",
                "onComplete, onComplete", "get(5ms)"),
    };
    private static final int RANDOM_CASES = 4;

    private static final ProblemInfo INFO = new ProblemInfo(
            "promise", 0, "Promise", Difficulty.MEDIUM, "Promise",
            List.of("t1..t8 each run their steps in order: complete(v), completeExceptionally(e), get(), "
                    + "get(timeout), onComplete(callback)"), 24);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<Promise> solutionType() {
        return Promise.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(Script testCase) {
        return new Object[0];
    }

    /**
     * The statement's examples: callbacks registered while the winner runs the earlier ones,
     * and a second complete; getters waiting for an exception; a promise never completed.
     */
    @Override
    public List<Script> examples() {
        return List.of(parse(EXAMPLE),
                Script.of("get(), get(10ms)", "get()", "onComplete, completeExceptionally(oops)"),
                Script.of("onComplete, get(5ms)"));
    }

    /**
     * Three threads each: a thread completing twice against a getter and a registrant (a lost
     * or doubled callback, a value overwritten, published before it is written, or a missed
     * signal); then two racing completers, one failing, with callbacks on both sides.
     * No timed gets: the model checker's clock is not real time.
     */
    @Override
    public List<Script> smallCases() {
        return List.of(Script.of("complete(1), complete(2)", "get(), onComplete", "onComplete"),
                Script.of("onComplete, completeExceptionally(oops)", "complete(2), onComplete", "get()"));
    }

    @Override
    public List<Script> cases(Random random) {
        List<Script> generated = new ArrayList<>(List.of(SHAPES));
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(randomCase(random));
        }
        Collections.shuffle(generated, random);
        List<Script> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    /** Random threads of random steps; a timed get's timeout is short, and get() only where the promise is completed. */
    private static Script randomCase(Random random) {
        int n = 1 + random.nextInt(Script.MAX_THREADS);
        List<List<String>> threads = new ArrayList<>();
        threads.add(new ArrayList<>(List.of("complete(" + (1 + random.nextInt(Step.MAX_VALUE)) + ")")));
        for (int t = 1; t < n; t++) {
            List<String> steps = new ArrayList<>();
            int k = 1 + random.nextInt(4);
            for (int s = 0; s < k; s++) {
                steps.add(switch (random.nextInt(6)) {
                    case 0 -> "complete(" + (1 + random.nextInt(Step.MAX_VALUE)) + ")";
                    case 1 -> "completeExceptionally(e" + "abcdefgh".charAt(t) + ")";
                    case 2 -> "get()";
                    case 3 -> "get(" + (1 + random.nextInt(5)) + "ms)";
                    default -> "onComplete";
                });
            }
            threads.add(steps);
        }
        Collections.shuffle(threads, random);
        return Script.of(threads);
    }

    @Override
    public Script parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        List<List<String>> threads = new ArrayList<>();
        Matcher t = THREAD.matcher(m.group(1));
        int at = 0;
        while (at < m.group(1).length() && t.find(at) && t.start() == at) {
            threads.add(List.of(t.group(1).split(",", -1)));
            at = t.end();
        }
        if (at != m.group(1).length() || threads.isEmpty()) {
            throw new IllegalArgumentException("expected a list of threads, each a list of steps, like " + EXAMPLE
                    + ", got: " + input);
        }
        try {
            return Script.of(threads);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(Promise promise, Script script, Round round) {
        for (int i = 0; i < script.threads().size(); i++) {
            List<Step> steps = script.threads().get(i);
            round.thread(Script.threadName(i), () -> {
                for (Step step : steps) {
                    round.pause();
                    perform(promise, step, round);
                }
            });
        }
    }

    private static void perform(Promise promise, Step step, Round round) throws InterruptedException {
        round.emit(step.call());
        switch (step.kind()) {
            case COMPLETE -> round.emit(step.returned(Boolean.toString(promise.complete(step.number()))));
            case FAIL -> round.emit(step.returned(Boolean.toString(
                    promise.completeExceptionally(new Exception(step.word())))));
            case GET -> {
                String outcome;
                try {
                    outcome = Integer.toString(promise.get());
                } catch (ExecutionException e) {
                    outcome = executionException(e);
                }
                round.emit(step.returned(outcome));
            }
            case GET_TIMED -> {
                String outcome;
                try {
                    outcome = Integer.toString(promise.get(step.number(), TimeUnit.MILLISECONDS));
                } catch (ExecutionException e) {
                    outcome = executionException(e);
                } catch (TimeoutException e) {
                    outcome = PromiseChecker.TIMEOUT;
                }
                round.emit(step.returned(outcome));
            }
            case ON_COMPLETE -> promise.onComplete(callback(step.callback(), round));
        }
    }

    private static String executionException(ExecutionException e) {
        return "ExecutionException(" + (e.getCause() == null ? "null" : e.getCause().getMessage()) + ")";
    }

    /** The callback named {@code name}: records its run and the arguments it got. */
    private static BiConsumer<Integer, Exception> callback(String name, Round round) {
        return (value, error) -> {
            round.pause();
            round.emit(name + "(" + value + ", " + (error == null ? "null" : error.getMessage()) + ")");
            round.pause();
        };
    }

    /** What each thread got, one list per thread, e.g. {@code [[c1(4), true, false], [4, c2(4)]]}. */
    @Override
    public String output(Script script, EventLog log) {
        return PromiseChecker.output(script, log.events());
    }

    @Override
    public Optional<Violation> check(Script script, EventLog log) {
        return PromiseChecker.check(script, log.events());
    }

    /** A round that hung may already have run a callback twice or given a wrong value: that is the answer. */
    @Override
    public Optional<Violation> checkUnfinished(Script script, EventLog log) {
        return PromiseChecker.checkUnfinished(script, log.events());
    }

    @Override
    public List<Class<? extends Promise>> references() {
        return List.of(SynchronizedPromise.class, ReentrantLockPromise.class, CountDownLatchPromise.class,
                CompletableFuturePromise.class);
    }
}
