package org.concurrencykit.problems.promise;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One case: the threads of a round, each a list of steps it runs in order, started in the
 * order listed. The callbacks are numbered c1, c2... in the order their onComplete steps are
 * listed, thread after thread.
 *
 * @param threads each thread's steps
 */
public record Script(List<List<Step>> threads) implements TestCase {
    /** Most threads of a round. */
    public static final int MAX_THREADS = 8;
    /** Most steps of a thread. */
    public static final int MAX_STEPS = 6;

    public Script {
        threads = threads.stream().map(List::copyOf).toList();
        if (threads.isEmpty() || threads.size() > MAX_THREADS) {
            throw new IllegalArgumentException("1 to " + MAX_THREADS + " threads, got " + threads.size());
        }
        for (List<Step> t : threads) {
            if (t.isEmpty() || t.size() > MAX_STEPS) {
                throw new IllegalArgumentException("each thread has 1 to " + MAX_STEPS + " steps, got " + t.size());
            }
        }
        if (hasUntimedGet(threads) && !completable(threads)) {
            throw new IllegalArgumentException("get() would wait forever: no thread completes the promise "
                    + "before a get() of its own");
        }
    }

    private static boolean hasUntimedGet(List<List<Step>> threads) {
        return threads.stream().flatMap(List::stream).anyMatch(s -> s.kind() == Step.Kind.GET);
    }

    /** Whether some thread reaches a completing step without a get() before it. */
    private static boolean completable(List<List<Step>> threads) {
        for (List<Step> t : threads) {
            for (Step s : t) {
                if (s.completes()) {
                    return true;
                }
                if (s.kind() == Step.Kind.GET) {
                    break;
                }
            }
        }
        return false;
    }

    /** Reads the steps of each thread, numbering the callbacks. */
    static Script of(List<List<String>> threads) {
        List<List<Step>> steps = new ArrayList<>();
        int callbacks = 0;
        for (List<String> t : threads) {
            List<Step> thread = new ArrayList<>();
            for (String s : t) {
                Step step = Step.parse(s, callbacks + 1);
                if (step.kind() == Step.Kind.ON_COMPLETE) {
                    callbacks++;
                }
                thread.add(step);
            }
            steps.add(thread);
        }
        return new Script(steps);
    }

    /** Builds a script from steps written as the input writes them, e.g. {@code "onComplete, complete(4)"}. */
    static Script of(String... threads) {
        List<List<String>> all = new ArrayList<>();
        for (String t : threads) {
            all.add(List.of(t.split(",")));
        }
        return of(all);
    }

    /** The name of thread {@code i} (from 0): t1, t2... */
    static String threadName(int i) {
        return "t" + (i + 1);
    }

    /** Whether some step completes the promise. */
    boolean completes() {
        return threads.stream().flatMap(List::stream).anyMatch(Step::completes);
    }

    @Override
    public String input() {
        return threads.stream().map(t -> t.stream().map(Step::input).collect(Collectors.joining(", ", "[", "]")))
                .collect(Collectors.joining(", ", "threads = [", "]"));
    }

    /** Two events per step: the call and its return (for onComplete, the callback's run). */
    @Override
    public int size() {
        return 2 * threads.stream().mapToInt(List::size).sum();
    }
}
