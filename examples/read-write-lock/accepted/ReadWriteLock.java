class ReadWriteLock {
    private int readers;          // readers inside
    private boolean writing;      // a writer inside
    private int waitingWriters;   // writers waiting in lockWrite

    public ReadWriteLock() {
    }

    public synchronized void lockRead() throws InterruptedException {
        while (writing || waitingWriters > 0) {
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
        waitingWriters++;
        try {
            while (writing || readers > 0) {
                wait();
            }
        } finally {
            waitingWriters--;
            notifyAll();
        }
        writing = true;
    }

    public synchronized void unlockWrite() {
        writing = false;
        notifyAll();
    }
}
