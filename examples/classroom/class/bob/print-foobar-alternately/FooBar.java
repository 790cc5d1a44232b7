// A lock keeps the two prints from overlapping, but nothing says whose turn it is:
// bar can print first, and either thread can print twice in a row.
class FooBar {
    private int n;
    private final ReentrantLock lock = new ReentrantLock();

    public FooBar(int n) {
        this.n = n;
    }

    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            lock.lock();
            try {
                printFoo.run();
            } finally {
                lock.unlock();
            }
        }
    }

    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            lock.lock();
            try {
                printBar.run();
            } finally {
                lock.unlock();
            }
        }
    }
}
