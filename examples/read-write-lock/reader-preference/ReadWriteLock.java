class ReadWriteLock {
    private int readers;
    private boolean writing;

    public ReadWriteLock() {
    }

    // A reader waits only while a writer writes: it may always join the readers inside,
    // even while a writer waits for them to leave.
    public synchronized void lockRead() throws InterruptedException {
        while (writing) {
            wait();
        }
        readers++;
    }

    public synchronized void unlockRead() {
        readers--;
        if (readers == 0) {
            notifyAll();
        }
    }

    public synchronized void lockWrite() throws InterruptedException {
        while (writing || readers > 0) {
            wait();
        }
        writing = true;
    }

    public synchronized void unlockWrite() {
        writing = false;
        notifyAll();
    }
}
