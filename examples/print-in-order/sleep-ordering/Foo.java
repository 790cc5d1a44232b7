// Orders the threads with Thread.sleep. Online judges often accept this; it is wrong:
// nothing stops the thread running first() from being paused for longer than 10 ms.
class Foo {
    public Foo() {
    }

    public void first(Runnable printFirst) throws InterruptedException {
        printFirst.run();
    }

    public void second(Runnable printSecond) throws InterruptedException {
        Thread.sleep(10);
        printSecond.run();
    }

    public void third(Runnable printThird) throws InterruptedException {
        Thread.sleep(20);
        printThird.run();
    }
}
