package org.concurrencykit.problems.trafficlight;

/**
 * A traffic light over the crossing of road A (roadId 1, directions 1 and 2) and road B
 * (roadId 2, directions 3 and 4) that lets cars of only one road cross at a time and changes
 * only when a car needs it (LeetCode 1279, class {@code TrafficLight()}).
 *
 * <p>One instance is shared by all the cars; each car is a thread that calls
 * {@link #carArrived} once, with callbacks that belong to it. The light starts green on
 * road A. A car whose road is red first turns it green with {@code turnGreen}; then it crosses
 * with {@code crossCar}. Both callbacks must run on the car's own thread; {@code turnGreen}
 * must never run for the road that is already green, nor while any car crosses, and no two
 * cars of different roads may cross at the same time. Cars of the same road may cross
 * together. The method blocks while the car may not go.
 *
 * <p>Memory consistency effects: the return of a car's {@code crossCar} happens-before the
 * {@code turnGreen} of a later car that changes the light, and that {@code turnGreen}
 * happens-before the crossings it lets through.
 */
public interface Intersection {
    /**
     * Lets the car cross: turns its road green first if it is red, then crosses, each callback
     * exactly once at most (turnGreen) and exactly once (crossCar), on the calling thread.
     *
     * @param carId     the car's id
     * @param roadId    1 for road A, 2 for road B
     * @param direction 1 or 2 on road A, 3 or 4 on road B
     * @param turnGreen turns the light green on this car's road
     * @param crossCar  drives this car across the intersection
     */
    void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar);
}
