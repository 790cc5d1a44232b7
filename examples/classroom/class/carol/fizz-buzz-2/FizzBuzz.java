// A FizzBuzz solution as pasted from LeetCode: no package, no imports.
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

    // Waits until the current value is mine or the game is over; prints it and moves on.
    private synchronized boolean printNext(IntPredicate mine, IntConsumer print) throws InterruptedException {
        while (current <= n && !mine.test(current)) {
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
