// Waits with if instead of while: every notifyAll() wakes all the waiting threads, and each
// of them prints without checking that its value is due, so "fizz" can come out where 2
// belongs. Accepted now and then elsewhere; rejected here every time.
class FizzBuzz {
    private int n;
    private int current = 1;

    public FizzBuzz(int n) {
        this.n = n;
    }

    public void fizz(Runnable printFizz) throws InterruptedException {
        while (printNext(i -> i % 3 == 0 && i % 5 != 0, i -> printFizz.run())) {
        }
    }

    public void buzz(Runnable printBuzz) throws InterruptedException {
        while (printNext(i -> i % 5 == 0 && i % 3 != 0, i -> printBuzz.run())) {
        }
    }

    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        while (printNext(i -> i % 15 == 0, i -> printFizzBuzz.run())) {
        }
    }

    public void number(IntConsumer printNumber) throws InterruptedException {
        while (printNext(i -> i % 3 != 0 && i % 5 != 0, printNumber)) {
        }
    }

    private synchronized boolean printNext(IntPredicate mine, IntConsumer print) throws InterruptedException {
        if (current <= n && !mine.test(current)) {
            wait();
        }
        if (current > n) {
            return false;
        }
        print.accept(current);
        current++;
        notifyAll();
        return true;
    }
}
