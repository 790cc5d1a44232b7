class Event {
    private boolean set;     // the flag; guarded by this
    private long generation; // how many times set() found the flag clear; guarded by this

    public synchronized void set() {
        if (!set) {
            set = true;
            generation++; // a waiter of the old generation is released, whatever clear() does next
            notifyAll();
        }
    }

    public synchronized void clear() {
        set = false;
    }

    public synchronized boolean isSet() {
        return set;
    }

    public synchronized void await() throws InterruptedException {
        long g = generation;
        while (!set && generation == g) {
            wait();
        }
    }

    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long g = generation;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!set && generation == g) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
