package org.concurrencykit.problems.readwritelock;

/**
 * A lock with two modes: many readers may hold it together, or one writer alone; and a
 * writer that asks for it is not kept out by readers who keep arriving after it.
 *
 * <p>One instance is shared by reader threads, which call {@link #lockRead} then
 * {@link #unlockRead}, and writer threads, which call {@link #lockWrite} then
 * {@link #unlockWrite}, each pair around its own reading or writing and from the same thread.
 * <ul>
 *   <li>Exclusion: while a writer holds the lock, nobody else holds it, reader or writer.
 *   <li>Sharing: a reader does not wait while only readers hold the lock and no writer waits.
 *   <li>No writer starvation: once a writer waits in {@link #lockWrite}, readers that call
 *       {@link #lockRead} later wait for that writer; it gets in as soon as the readers
 *       inside have left.
 * </ul>
 * A blocked call waits without spinning, and throws {@link InterruptedException} if its
 * thread is interrupted while it waits. Reentrancy is not required: no thread asks for the
 * lock while it holds it.
 *
 * <p>Memory consistency effects: actions of a writer before {@code unlockWrite()}
 * happen-before the return of every later {@code lockRead()} or {@code lockWrite()};
 * actions of a reader before {@code unlockRead()} happen-before the return of the next
 * {@code lockWrite()}.
 */
public interface ReadWriteLock {
    /** Waits until no writer holds the lock or waits for it, then holds it to read. */
    void lockRead() throws InterruptedException;

    /** Gives up this thread's hold to read. */
    void unlockRead();

    /** Waits until nobody holds the lock, then holds it alone to write. */
    void lockWrite() throws InterruptedException;

    /** Gives up this thread's hold to write. */
    void unlockWrite();
}
