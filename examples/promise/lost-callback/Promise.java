// The typical mistake: the winner runs the callbacks registered so far, and only then marks
// the promise done and clears the list. A callback registered meanwhile still sees "not done",
// goes into the list, and is cleared with it: it never runs.
class Promise {
    /** Whether a completion has won. Guarded by this. */
    private boolean claimed;
    /** Whether the promise is done: set after the winner ran the callbacks. Guarded by this. */
    private boolean done;
    /** Guarded by this. */
    private int value;
    /** Guarded by this. */
    private Exception error;
    /** Callbacks registered before the promise was done. Guarded by this. */
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
            if (claimed) {
                return false;
            }
            claimed = true;
            this.value = value;
            this.error = error;
            toRun = new ArrayList<>(callbacks);
        }
        toRun.forEach(c -> c.accept(error == null ? value : null, error));
        synchronized (this) {
            done = true;
            callbacks.clear();
            notifyAll();
        }
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
        Integer v;
        Exception e;
        synchronized (this) {
            if (!done) {
                callbacks.add(callback);
                return;
            }
            v = error == null ? value : null;
            e = error;
        }
        callback.accept(v, e);
    }
}
