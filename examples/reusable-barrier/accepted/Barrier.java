// A Reusable Barrier solution as pasted from an online judge: no package, no imports.
class Barrier {
    private final int parties;
    private int arrived;
    private long generation;

    public Barrier(int parties) {
        this.parties = parties;
    }

    public synchronized void await() throws InterruptedException {
        long mine = generation;
        arrived++;
        if (arrived == parties) {
            arrived = 0;
            generation++;
            notifyAll();
            return;
        }
        while (generation == mine) {
            wait();
        }
    }
}
