package org.concurrencykit.judge.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs up to {@code jobs} judgements at a time, each bounded by {@code deadlineMillis}: one past
 * it is interrupted (which kills its child JVMs) and becomes a {@link Row#NOT_JUDGED} row, so one
 * hostile submission cannot hold up the grade. Results come back in the order given.
 */
final class Runner {
    private static final long POLL_MILLIS = 250;
    private final int jobs;
    private final long deadlineMillis;

    Runner(int jobs, long deadlineMillis) {
        this.jobs = jobs;
        this.deadlineMillis = deadlineMillis;
    }

    /** Judges every item with {@code judge}; {@code done} sees each result as it comes. */
    List<Judged> run(List<Discovery.Found> items, Function<Discovery.Found, Judged> judge,
                     java.util.function.Consumer<Judged> done, Runnable tick) throws InterruptedException {
        Judged[] results = new Judged[items.size()];
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), r -> {
            Thread t = new Thread(r, "grade-judge");
            t.setDaemon(true);
            return t;
        });
        Map<Integer, Long> startedAt = new ConcurrentHashMap<>();
        Map<Future<Judged>, Integer> index = new HashMap<>();
        CompletionService<Judged> completed = new ExecutorCompletionService<>(pool);
        try {
            for (int i = 0; i < items.size(); i++) {
                int n = i;
                index.put(completed.submit(() -> {
                    startedAt.put(n, System.nanoTime());
                    return judge.apply(items.get(n));
                }), n);
            }
            int remaining = items.size();
            while (remaining > 0) {
                Future<Judged> f = completed.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (f != null) {
                    int n = index.get(f);
                    results[n] = outcome(f, items.get(n));
                    done.accept(results[n]);
                    remaining--;
                } else {
                    overdue(index, startedAt);
                    tick.run();
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        return List.of(results);
    }

    private void overdue(Map<Future<Judged>, Integer> index, Map<Integer, Long> startedAt) {
        long now = System.nanoTime();
        for (Map.Entry<Future<Judged>, Integer> e : new ArrayList<>(index.entrySet())) {
            Long at = startedAt.get(e.getValue());
            if (at != null && !e.getKey().isDone() && now - at > TimeUnit.MILLISECONDS.toNanos(deadlineMillis)) {
                e.getKey().cancel(true);
            }
        }
    }

    private Judged outcome(Future<Judged> f, Discovery.Found item) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.CancellationException e) {
            return notJudged(item, "no verdict within " + deadlineMillis / 1000 + " s (--deadline): stopped");
        } catch (ExecutionException e) {
            return notJudged(item, "the judge failed: " + e.getCause());
        }
    }

    private static Judged notJudged(Discovery.Found item, String why) {
        return Judged.of(new Row(item.student(), item.problem(), item.file(), Row.NOT_JUDGED, why, null, 0, "", "",
                false, ""));
    }
}
