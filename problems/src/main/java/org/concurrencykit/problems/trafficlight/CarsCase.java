package org.concurrencykit.problems.trafficlight;

import java.util.HashSet;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Traffic Light Controlled Intersection: the cars, in arrival order, with their
 * directions and arrival times. Directions 1 and 2 travel road A, 3 and 4 road B.
 *
 * @param cars         the cars' ids, distinct, in arrival order
 * @param directions   each car's direction, 1..4
 * @param arrivalTimes each car's arrival time, non-decreasing
 */
public record CarsCase(List<Integer> cars, List<Integer> directions, List<Integer> arrivalTimes) implements TestCase {
    /** Most cars in one case. */
    public static final int MAX_CARS = 20;
    /** Largest car id. */
    public static final int MAX_ID = 1000;
    /** Latest arrival time. */
    public static final int MAX_TIME = 200;

    public CarsCase {
        cars = List.copyOf(cars);
        directions = List.copyOf(directions);
        arrivalTimes = List.copyOf(arrivalTimes);
        require(!cars.isEmpty() && cars.size() <= MAX_CARS, "1 to " + MAX_CARS + " cars");
        require(directions.size() == cars.size() && arrivalTimes.size() == cars.size(),
                "cars, directions and arrivalTimes must have the same length");
        require(cars.stream().allMatch(c -> c >= 1 && c <= MAX_ID), "car ids must be in 1.." + MAX_ID);
        require(new HashSet<>(cars).size() == cars.size(), "car ids must be distinct");
        require(directions.stream().allMatch(d -> d >= 1 && d <= 4), "directions must be in 1..4");
        require(arrivalTimes.stream().allMatch(t -> t >= 0 && t <= MAX_TIME), "arrival times must be in 0.." + MAX_TIME);
        for (int i = 1; i < arrivalTimes.size(); i++) {
            require(arrivalTimes.get(i) >= arrivalTimes.get(i - 1), "arrivalTimes must be non-decreasing");
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** The road of the i-th car: 1 (A) for directions 1 and 2, 2 (B) for 3 and 4. */
    public int road(int i) {
        return directions.get(i) <= 2 ? 1 : 2;
    }

    /** A road's letter: 1 is A, 2 is B. */
    public static String letter(int road) {
        return road == 1 ? "A" : "B";
    }

    @Override
    public String input() {
        return "cars = " + list(cars) + ", directions = " + list(directions) + ", arrivalTimes = " + list(arrivalTimes);
    }

    private static String list(List<Integer> values) {
        return values.toString().replace(" ", "");
    }

    @Override
    public int size() {
        return 3 * cars.size();
    }
}
