// The typical mistake: waiters loop on the flag alone. A waiter woken by set() must take the
// monitor back before it looks at the flag; when clear() gets there first, the waiter finds
// the flag clear and sleeps again, though the set() should have released it. A timed waiter
// then reports a timeout that should not have happened: WRONG_ANSWER.
class Event {
    private boolean set;

    public synchronized void set() {
        set = true;
        notifyAll();
    }

    public synchronized void clear() {
        set = false;
    }

    public synchronized boolean isSet() {
        return set;
    }

    public synchronized void await() throws InterruptedException {
        while (!set) {
            wait();
        }
    }

    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!set) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
