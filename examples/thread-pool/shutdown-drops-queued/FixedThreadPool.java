class FixedThreadPool {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean shutdown;

    public FixedThreadPool(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (!shutdown) {            // stops as soon as shutdown is set...
                        Runnable task = queue.poll(1, TimeUnit.MILLISECONDS);
                        if (task != null) {
                            task.run();
                        }
                    }                              // ...even with tasks still queued
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-" + i);
            workers.add(t);
            t.start();
        }
    }

    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.add(task);
        return true;
    }

    public synchronized void shutdown() {
        shutdown = true;
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : workers) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }
}
