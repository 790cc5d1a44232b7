// The typical mistake: volatile makes each write visible to the next read, but count++ is
// still a read and a write, and another thread's increment can come between them.
class Counter {
    private volatile int count;

    public Counter() {
    }

    public void increment() {
        count++;
    }

    public int get() {
        return count;
    }
}
