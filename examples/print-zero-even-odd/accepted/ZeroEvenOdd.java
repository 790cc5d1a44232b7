// A ZeroEvenOdd solution as pasted from LeetCode: no package, no imports.
class ZeroEvenOdd {
    private int n;
    private final Semaphore zeroTurn = new Semaphore(1);
    private final Semaphore oddTurn = new Semaphore(0);
    private final Semaphore evenTurn = new Semaphore(0);

    public ZeroEvenOdd(int n) {
        this.n = n;
    }

    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            zeroTurn.acquire();
            printNumber.accept(0);
            if (i % 2 == 1) {
                oddTurn.release();
            } else {
                evenTurn.release();
            }
        }
    }

    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            evenTurn.acquire();
            printNumber.accept(i);
            zeroTurn.release();
        }
    }

    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            oddTurn.acquire();
            printNumber.accept(i);
            zeroTurn.release();
        }
    }
}
