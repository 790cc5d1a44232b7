// A Race-Free Counter solution as pasted into an editor: no package, no imports
// (the judge imports java.util.concurrent.atomic.* for you, as LeetCode's editor would).
class Counter {
    private final AtomicInteger count = new AtomicInteger();

    public Counter() {
    }

    public void increment() {
        count.incrementAndGet();
    }

    public int get() {
        return count.get();
    }
}
