package org.concurrencykit.problems.trafficlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of the traffic light looks like, judged from the whole log.
 *
 * <p>The harness records a car's {@code turnGreen} as one event and its {@code crossCar} as
 * two, one as the crossing begins and one as it ends, with pauses in between so that
 * crossings that overlap show it. Walking the log with the light's colour (green on A at
 * first) and the set of cars on the intersection, the checker demands:
 * <ul>
 *   <li>each callback runs on the thread of the car it belongs to;</li>
 *   <li>{@code turnGreen} only for a red road, only when no car is crossing, at most once per
 *       car and before that car crosses;</li>
 *   <li>a car begins to cross only while its road is green (so cars of different roads
 *       never cross at once, and the light never changes under a crossing car);</li>
 *   <li>every car crosses exactly once.</li>
 * </ul>
 */
public final class TrafficChecker {
    private static final Pattern GREEN = Pattern.compile("car (\\d+) turns ([AB]) green ");
    private static final Pattern BEGIN = Pattern.compile("\\[car (\\d+) crosses ([AB]) ");
    private static final Pattern END = Pattern.compile("car (\\d+) crossed] ");
    /** Events shown before a violation, to show the interleaving that led to it. */
    private static final int TRACE = 8;

    private TrafficChecker() {
    }

    /** The event recorded when car {@code car}'s {@code turnGreen} runs. */
    public static String green(int car, int road) {
        return "car " + car + " turns " + CarsCase.letter(road) + " green ";
    }

    /** The event recorded as car {@code car}'s {@code crossCar} begins. */
    public static String crossing(int car, int road) {
        return "[car " + car + " crosses " + CarsCase.letter(road) + " ";
    }

    /** The event recorded as car {@code car}'s {@code crossCar} ends. */
    public static String crossed(int car) {
        return "car " + car + " crossed] ";
    }

    /** The name of car {@code car}'s thread. */
    public static String thread(int car) {
        return "car-" + car;
    }

    /** Judges a finished round of {@code testCase}; empty when it is correct. */
    public static Optional<Violation> check(CarsCase testCase, EventLog log) {
        return new Walk(testCase, log.events()).run();
    }

    /** One pass over a round's log. */
    private static final class Walk {
        private final CarsCase testCase;
        private final List<Event> events;
        private final String expected;
        /** The road whose light is green: "A" or "B". */
        private String green = "A";
        /** Cars that have begun crossing and not finished, in the order they began. */
        private final Set<Integer> onIntersection = new LinkedHashSet<>();
        /** Each car's road letter, by id. */
        private final Map<Integer, String> roads = new HashMap<>();
        private final Set<Integer> turnedGreen = new LinkedHashSet<>();
        /** Cars in the order they began crossing. */
        private final List<Integer> crossed = new ArrayList<>();

        Walk(CarsCase testCase, List<Event> events) {
            this.testCase = testCase;
            this.events = events;
            for (int i = 0; i < testCase.cars().size(); i++) {
                roads.put(testCase.cars().get(i), CarsCase.letter(testCase.road(i)));
            }
            this.expected = "each of cars " + testCase.cars().toString().replace(" ", "")
                    + " crosses once, on its own thread, only while its road is green";
        }

        Optional<Violation> run() {
            for (int i = 0; i < events.size(); i++) {
                Optional<Violation> v = step(i, events.get(i));
                if (v.isPresent()) {
                    return v;
                }
            }
            for (int car : testCase.cars()) {
                if (!crossed.contains(car)) {
                    return Optional.of(new Violation(expected, "crossed: " + crossed.toString().replace(" ", ""),
                            "car " + car + " never crossed: every car must run crossCar exactly once"));
                }
            }
            return Optional.empty();
        }

        private Optional<Violation> step(int i, Event e) {
            Matcher turn = GREEN.matcher(e.token());
            if (turn.matches()) {
                int car = Integer.parseInt(turn.group(1));
                return ownThread(i, e, car, "turnGreen").or(() -> turnGreen(i, car));
            }
            Matcher start = BEGIN.matcher(e.token());
            if (start.matches()) {
                int car = Integer.parseInt(start.group(1));
                return ownThread(i, e, car, "crossCar").or(() -> begin(i, car));
            }
            Matcher end = END.matcher(e.token());
            if (end.matches()) {
                onIntersection.remove(Integer.valueOf(end.group(1)));
                return Optional.empty();
            }
            return Optional.of(at(i, "the round recorded an event the harness never records: \"" + e.token().strip() + "\""));
        }

        private Optional<Violation> ownThread(int i, Event e, int car, String callback) {
            if (!e.thread().equals(thread(car))) {
                return Optional.of(at(i, String.format("car %d's %s ran on thread %s; only car %d's own thread may "
                        + "run it", car, callback, e.thread(), car)));
            }
            return Optional.empty();
        }

        private Optional<Violation> turnGreen(int i, int car) {
            String road = roads.get(car);
            if (crossed.contains(car)) {
                return Optional.of(at(i, String.format("car %d turned road %s green after it had crossed; a car "
                        + "turns its road green before crossing, and only if it is red", car, road)));
            }
            if (!turnedGreen.add(car)) {
                return Optional.of(at(i, String.format("car %d called turnGreen twice", car)));
            }
            if (road.equals(green)) {
                return Optional.of(at(i, String.format("car %d turned road %s green, but road %s was already "
                        + "green; call turnGreen only when your road is red", car, road, road)));
            }
            if (!onIntersection.isEmpty()) {
                int other = onIntersection.iterator().next();
                return Optional.of(at(i, String.format("car %d turned road %s green while car %d was still crossing "
                        + "road %s; the light may change only when no car is crossing", car, road, other, green)));
            }
            green = road;
            return Optional.empty();
        }

        private Optional<Violation> begin(int i, int car) {
            String road = roads.get(car);
            if (crossed.contains(car)) {
                return Optional.of(at(i, String.format("car %d crossed twice", car)));
            }
            crossed.add(car);
            if (!road.equals(green)) {
                String why = onIntersection.isEmpty() ? "" : String.format(" (car %d of road %s was still crossing)",
                        onIntersection.iterator().next(), green);
                return Optional.of(at(i, String.format("car %d began crossing road %s while road %s was green%s; "
                        + "a car crosses only on green, turning its road green first if it is red",
                        car, road, green, why)));
            }
            onIntersection.add(car);
            return Optional.empty();
        }

        /** A violation shown with the events that led to event {@code i}. */
        private Violation at(int i, String message) {
            StringBuilder sb = new StringBuilder(i + 1 > TRACE ? "... " : "");
            for (int k = Math.max(0, i + 1 - TRACE); k <= i; k++) {
                Event e = events.get(k);
                sb.append(e.token());
                if (!e.thread().startsWith("car-") || !e.token().contains("car " + e.thread().substring(4) + " ")) {
                    sb.setLength(sb.length() - 1);
                    sb.append(" (on thread ").append(e.thread()).append(") ");
                }
            }
            return new Violation(expected, sb.toString().strip(), message);
        }
    }
}
