// Print in Order as pasted from LeetCode, with a classic slip: each step opens the next
// step's gate *before* printing. It passes most runs; `judge explain` shows the one
// interleaving that prints "second" first.
class Foo {
    private final CountDownLatch firstDone = new CountDownLatch(1);
    private final CountDownLatch secondDone = new CountDownLatch(1);

    public Foo() {
    }

    public void first(Runnable printFirst) throws InterruptedException {
        firstDone.countDown();
        printFirst.run();
    }

    public void second(Runnable printSecond) throws InterruptedException {
        firstDone.await();
        secondDone.countDown();
        printSecond.run();
    }

    public void third(Runnable printThird) throws InterruptedException {
        secondDone.await();
        printThird.run();
    }
}
