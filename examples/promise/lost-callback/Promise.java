// The typical mistake: onComplete asks "completed?" and then adds the callback, in two steps.
// A completion in between runs (and clears) the list before the callback is in it: lost.
class Promise {
    private volatile boolean done;
    private int value;
    private Exception error;
    private final List<BiConsumer<Integer, Exception>> callbacks = new ArrayList<>();

    public Promise() {
    }

    public boolean complete(int value) {
        return settle(value, null);
    }

    public boolean completeExceptionally(Exception error) {
        return settle(0, error);
    }

    private boolean settle(int value, Exception error) {
        List<BiConsumer<Integer, Exception>> toRun;
        synchronized (this) {
            if (done) {
                return false;
            }
            this.value = value;
            this.error = error;
            done = true;
            notifyAll();
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        for (BiConsumer<Integer, Exception> c : toRun) {
            c.accept(error == null ? value : null, error);
        }
        return true;
    }

    public synchronized int get() throws InterruptedException, ExecutionException {
        while (!done) {
            wait();
        }
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
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
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    public void onComplete(BiConsumer<Integer, Exception> callback) {
        if (done) {
            Integer v;
            Exception e;
            synchronized (this) {
                v = error == null ? value : null;
                e = error;
            }
            callback.accept(v, e);
            return;
        }
        synchronized (this) {          // too late: the completer may already have run the list
            callbacks.add(callback);
        }
    }
}
