package org.concurrencykit.problems.trafficlight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * LeetCode 1279: how a round of Traffic Light Controlled Intersection runs, and what a correct
 * one looks like ({@link TrafficChecker}).
 *
 * <p>A round starts one thread per car, in arrival order. Each car is held back for the gap
 * since the previous arrival ({@link #MICROS_PER_TIME_UNIT} per unit, as simulated latency),
 * then calls {@code carArrived} with its own callbacks: {@code turnGreen} records one event,
 * {@code crossCar} records one as the crossing begins and one as it ends, with adversarial
 * pauses around and between them.
 */
public final class TrafficLightProblem implements Problem<Intersection, CarsCase> {
    /** How long one unit of arrivalTimes lasts in a round. */
    public static final long MICROS_PER_TIME_UNIT = 10;
    private static final String EXAMPLE = "cars = [1,3,5,2,4], directions = [2,1,2,4,3], arrivalTimes = [10,20,30,40,50]";
    private static final Pattern INPUT = Pattern.compile("\\s*cars\\s*=\\s*\\[([\\d\\s,]*)]\\s*,\\s*directions\\s*=\\s*"
            + "\\[([\\d\\s,]*)]\\s*,\\s*arrivalTimes\\s*=\\s*\\[([\\d\\s,]*)]\\s*");
    private static final int[] SIZES = {1, 2, 3, 4, 5, 8, 12, 16, CarsCase.MAX_CARS};
    private static final int RANDOM_CASES = 8;

    private static final ProblemInfo INFO = new ProblemInfo(
            "traffic-light-controlled-intersection", 1279, "Traffic Light Controlled Intersection", Difficulty.EASY,
            "TrafficLight", List.of("car-<id>, one thread per car (1..20), calls carArrived(...) once"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<Intersection> solutionType() {
        return Intersection.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(CarsCase testCase) {
        return new Object[0];
    }

    @Override
    public List<CarsCase> examples() {
        return List.of(
                new CarsCase(List.of(1, 3, 5, 2, 4), List.of(2, 1, 2, 4, 3), List.of(10, 20, 30, 40, 50)),
                new CarsCase(List.of(1, 2, 3, 4, 5), List.of(2, 4, 3, 3, 1), List.of(10, 20, 30, 40, 40)));
    }

    /**
     * Cars of both roads at once, road B's first (it must switch the light before road A may
     * cross again): two cars, then three. Arrival times mean nothing to an exploration.
     */
    @Override
    public List<CarsCase> smallCases() {
        return List.of(together(List.of(3, 1)), together(List.of(1, 3, 2)));
    }

    @Override
    public List<CarsCase> cases(Random random) {
        List<CarsCase> generated = new ArrayList<>();
        // Two or three cars at once, every mix of roads: who gets the intersection is a race.
        for (List<Integer> d : List.of(List.of(1, 3), List.of(3, 1), List.of(4, 4), List.of(3, 2, 4),
                List.of(1, 4, 2), List.of(4, 3, 1))) {
            generated.add(together(d));
        }
        // Every car on one road, and roads alternating, all arriving at once.
        generated.add(together(Collections.nCopies(CarsCase.MAX_CARS, 2)));
        generated.add(together(Collections.nCopies(CarsCase.MAX_CARS, 3)));
        List<Integer> alternating = new ArrayList<>();
        for (int i = 0; i < CarsCase.MAX_CARS; i++) {
            alternating.add(i % 2 == 0 ? 3 : 1);
        }
        generated.add(together(alternating));
        for (int n : SIZES) {
            generated.add(randomCase(random, n, 0));
            generated.add(randomCase(random, n, 10));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(randomCase(random, 1 + random.nextInt(CarsCase.MAX_CARS), random.nextInt(3) * 5));
        }
        Collections.shuffle(generated, random);
        List<CarsCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    /** Cars 1..n with these directions, all arriving at time 0. */
    private static CarsCase together(List<Integer> directions) {
        List<Integer> cars = new ArrayList<>();
        for (int i = 1; i <= directions.size(); i++) {
            cars.add(i);
        }
        return new CarsCase(cars, directions, Collections.nCopies(directions.size(), 0));
    }

    /** n cars with random ids and directions, arriving at most {@code maxGap} apart. */
    private static CarsCase randomCase(Random random, int n, int maxGap) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i <= CarsCase.MAX_CARS; i++) {
            ids.add(i);
        }
        Collections.shuffle(ids, random);
        List<Integer> directions = new ArrayList<>();
        List<Integer> times = new ArrayList<>();
        int t = random.nextInt(11);
        for (int i = 0; i < n; i++) {
            directions.add(1 + random.nextInt(4));
            t = Math.min(CarsCase.MAX_TIME, t + (maxGap == 0 ? 0 : random.nextInt(maxGap + 1)));
            times.add(t);
        }
        return new CarsCase(ids.subList(0, n), directions, times);
    }

    @Override
    public CarsCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        try {
            return new CarsCase(numbers(m.group(1)), numbers(m.group(2)), numbers(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    private static List<Integer> numbers(String items) {
        List<Integer> numbers = new ArrayList<>();
        if (items.isBlank()) {
            return numbers;
        }
        for (String item : items.split(",", -1)) {
            String s = item.strip();
            if (!s.matches("\\d{1,5}")) {
                throw new IllegalArgumentException("\"" + s + "\" is not a number");
            }
            numbers.add(Integer.parseInt(s));
        }
        return numbers;
    }

    @Override
    public void run(Intersection light, CarsCase testCase, Round round) {
        for (int i = 0; i < testCase.cars().size(); i++) {
            int car = testCase.cars().get(i);
            int road = testCase.road(i);
            int direction = testCase.directions().get(i);
            long gap = i == 0 ? 0 : testCase.arrivalTimes().get(i) - testCase.arrivalTimes().get(i - 1);
            Runnable turnGreen = () -> {
                round.pause();
                round.emit(TrafficChecker.green(car, road));
                round.pause();
            };
            Runnable crossCar = () -> {
                round.pause();
                round.emit(TrafficChecker.crossing(car, road));
                round.pause();
                round.emit(TrafficChecker.crossed(car));
                round.pause();
            };
            round.thread(TrafficChecker.thread(car), () -> {
                if (gap > 0) {
                    round.latency(TimeUnit.MICROSECONDS.toNanos(gap * MICROS_PER_TIME_UNIT));
                }
                light.carArrived(car, road, direction, turnGreen, crossCar);
            });
        }
    }

    @Override
    public Optional<Violation> check(CarsCase testCase, EventLog log) {
        return TrafficChecker.check(testCase, log);
    }

    @Override
    public List<Class<? extends Intersection>> references() {
        return List.of(SynchronizedIntersection.class, ReentrantLockIntersection.class, SemaphoreIntersection.class,
                AtomicBooleanIntersection.class);
    }
}
