class Promise {
    private boolean done;                 // guarded by this
    private int value;                    // guarded by this
    private Exception error;              // guarded by this
    private final Deque<BiConsumer<Integer, Exception>> pending = new ArrayDeque<>(); // guarded by this
    private boolean draining;             // guarded by this: a thread is running the pending callbacks

    public Promise() {
    }

    public boolean complete(int value) {
        return settle(value, null);
    }

    public boolean completeExceptionally(Exception error) {
        return settle(0, error);
    }

    private boolean settle(int value, Exception error) {
        synchronized (this) {
            if (done) {
                return false;
            }
            this.value = value;
            this.error = error;
            done = true;
            draining = true;
            notifyAll();
        }
        drain();
        return true;
    }

    public synchronized int get() throws InterruptedException, ExecutionException {
        while (!done) {
            wait();
        }
        return outcome();
    }

    public synchronized int get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!done) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return outcome();
    }

    private int outcome() throws ExecutionException {
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    public void onComplete(BiConsumer<Integer, Exception> callback) {
        synchronized (this) {
            pending.addLast(callback);
            if (!done || draining) {
                return;   // the drainer (or the completer, later) runs it
            }
            draining = true;
        }
        drain();
    }

    // One thread at a time runs the queued callbacks, outside the lock, until none is left.
    private void drain() {
        while (true) {
            BiConsumer<Integer, Exception> next;
            Integer v;
            Exception e;
            synchronized (this) {
                next = pending.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
                v = error == null ? value : null;
                e = error;
            }
            next.accept(v, e);
        }
    }
}
