package org.concurrencykit.problems.threadpool.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * Counts queued tasks with a semaphore, but keeps them in a plain {@link ArrayList} that the
 * submitters and the workers share without a lock. A worker reads the first task, runs it
 * and only then removes it: a second worker let in meanwhile reads the same first task.
 * (Removing first would only narrow the window: the list itself is unguarded.)
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "two workers read the head of an unguarded task list before either removes it")
public final class BrokenUnguardedListThreadPool implements ThreadPool {
    private static final Runnable PILL = () -> { };

    private final List<Runnable> queue = new ArrayList<>();
    private final Semaphore queued = new Semaphore(0);
    private final Semaphore ended = new Semaphore(0);
    private final int threads;
    private volatile boolean shutdown;

    public BrokenUnguardedListThreadPool(int threads) {
        this.threads = threads;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "worker-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    private void work() {
        try {
            while (true) {
                queued.acquire();
                Runnable task = queue.get(0);
                if (task == PILL) {
                    return;
                }
                task.run();
                queue.remove(0);
            }
        } catch (InterruptedException | RuntimeException e) {
            // An index out of bounds from the corrupted list ends this worker.
        } finally {
            ended.release();
        }
    }

    @Override
    public boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.add(task);
        queued.release();
        return true;
    }

    @Override
    public void shutdown() {
        shutdown = true;
        for (int i = 0; i < threads; i++) {
            queue.add(PILL);
        }
        queued.release(threads);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (!ended.tryAcquire(threads, timeout, unit)) {
            return false;
        }
        ended.release(threads);
        return true;
    }
}
