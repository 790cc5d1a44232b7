class Pot {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition potEmpty = lock.newCondition(); // the cook sleeps here
    private final Condition potFull = lock.newCondition();  // hungry savages sleep here
    private final int capacity;
    private int servings;    // in the pot; guarded by lock
    private boolean ordered; // a savage found the pot empty and the cook has not refilled it yet

    public Pot(int servings) {
        this.capacity = servings;
    }

    public void getServing(Runnable takeServing) throws InterruptedException {
        lock.lock();
        try {
            while (servings == 0) {
                if (!ordered) { // only the first savage to find the pot empty wakes the cook
                    ordered = true;
                    potEmpty.signal();
                }
                potFull.await();
            }
            takeServing.run();
            servings--;
        } finally {
            lock.unlock();
        }
    }

    public void cook(Runnable putServings) throws InterruptedException {
        lock.lock();
        try {
            while (!ordered) {
                potEmpty.await();
            }
            putServings.run();
            servings = capacity;
            ordered = false;
            potFull.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
