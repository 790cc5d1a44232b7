// FooBar with two locks taken in opposite orders: foo locks fooLock then barLock, bar locks
// barLock then fooLock. `judge explain` shows the interleaving in which each thread holds
// its first lock and waits for the other's.
class FooBar {
    private final int n;
    private final ReentrantLock fooLock = new ReentrantLock();
    private final ReentrantLock barLock = new ReentrantLock();
    private boolean fooTurn = true;

    public FooBar(int n) {
        this.n = n;
    }

    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; ) {
            if (turn(fooLock, barLock, true, printFoo)) {
                i++;
            }
        }
    }

    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; ) {
            if (turn(barLock, fooLock, false, printBar)) {
                i++;
            }
        }
    }

    private boolean turn(ReentrantLock mine, ReentrantLock other, boolean foo, Runnable print) {
        mine.lock();
        try {
            other.lock();
            try {
                if (fooTurn != foo) {
                    return false;
                }
                print.run();
                fooTurn = !foo;
                return true;
            } finally {
                other.unlock();
            }
        } finally {
            mine.unlock();
        }
    }
}
