class Latch {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();
    private int count;

    public Latch(int count) {
        this.count = count;
    }

    public void countDown() {
        lock.lock();
        try {
            if (count > 0 && --count == 0) {
                opened.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public void await() throws InterruptedException {
        lock.lock();
        try {
            while (count > 0) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lock();
        try {
            while (count > 0) {
                if (left <= 0) {
                    return false;
                }
                left = opened.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
