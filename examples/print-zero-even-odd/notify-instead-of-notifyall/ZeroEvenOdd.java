// Waits correctly with while, but hands the turn on with notify(): while zero prints,
// odd and even may both be waiting, and notify() may wake the one whose turn it is not.
// It goes back to sleep, zero waits for its next turn, and nobody is left to wake anyone.
class ZeroEvenOdd {
    private int n;
    private int turn = 0; // 0: zero, 1: odd, 2: even

    public ZeroEvenOdd(int n) {
        this.n = n;
    }

    public synchronized void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            while (turn != 0) {
                wait();
            }
            printNumber.accept(0);
            turn = i % 2 == 1 ? 1 : 2;
            notify();
        }
    }

    public synchronized void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            while (turn != 2) {
                wait();
            }
            printNumber.accept(i);
            turn = 0;
            notify();
        }
    }

    public synchronized void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            while (turn != 1) {
                wait();
            }
            printNumber.accept(i);
            turn = 0;
            notify();
        }
    }
}
