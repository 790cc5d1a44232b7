class FixedThreadPool {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean shutdown;
    private int live;

    public FixedThreadPool(int threads) {
        live = threads;
        for (int i = 0; i < threads; i++) {
            new Thread(this::work, "worker-" + i).start();
        }
    }

    private void work() {
        try {
            while (true) {
                Runnable task;
                synchronized (this) {
                    while (queue.isEmpty() && !shutdown) {
                        wait();
                    }
                    task = queue.pollFirst();
                }
                if (task == null) {
                    return; // shut down and drained
                }
                task.run(); // outside the lock: the others keep working
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                live--;
                notifyAll();
            }
        }
    }

    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.addLast(task);
        notifyAll();
        return true;
    }

    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (live > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
