class Latch {
    private int count;

    public Latch(int count) {
        this.count = count;
    }

    public synchronized void countDown() {
        if (count > 0) {
            count--;
        }
        notifyAll();   // wakes every waiter at every count-down...
    }

    public synchronized void await() throws InterruptedException {
        if (count > 0) {   // ...and a waiter woken too early does not check again
            wait();
        }
    }

    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (count > 0) {
            unit.timedWait(this, timeout);
        }
        return count == 0;
    }
}
