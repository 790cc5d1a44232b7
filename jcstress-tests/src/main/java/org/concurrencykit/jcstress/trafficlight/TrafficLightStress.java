package org.concurrencykit.jcstress.trafficlight;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.trafficlight.AtomicBooleanIntersection;
import org.concurrencykit.problems.trafficlight.Intersection;
import org.concurrencykit.problems.trafficlight.ReentrantLockIntersection;
import org.concurrencykit.problems.trafficlight.SemaphoreIntersection;
import org.concurrencykit.problems.trafficlight.SynchronizedIntersection;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate,
            which fails the build on any forbidden outcome, error, or test that did not run.

        $ java -jar jcstress-tests/target/jcstress.jar -t TrafficLightStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'TrafficLightStress\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Traffic Light Controlled Intersection (LeetCode 1279): one light over the crossing of road A
    and road B, green for road A at the start, is shared by the cars; each car is a thread that
    calls carArrived once with two callbacks of its own. A car whose road is red first runs
    turnGreen, then every car runs crossCar. turnGreen must never run for the road that is
    already green, nor while a car crosses; no car may cross on red; both callbacks run on the
    car's own thread.

    Every test below is two actors on a fresh light (the state, Run): a car on road A (car 1,
    heading north) and a car on road B (car 2, heading west), one car per road, the most
    jcstress runs on our 2-CPU CI machines. The callbacks are the state's. They keep their own
    light, set by turnGreen, and a count of the cars crossing, and log each event with any rule
    it breaks:

      turnGreen of road X   "X turns green", plus " while green" if X was green already,
                            " while a car crosses" if a car was between its crossing's two
                            events, " on another thread" if it ran on another car's thread.
      crossCar of road X    "X crosses", plus " on red" if the light was not green for X, and
                            " on another thread"; then "X crossed" as the car leaves.

    A car's crossing counts from before "X crosses" to after "X crossed", and turnGreen sets
    the light before it reads that count while crossCar counts itself before it reads the
    light, so a turnGreen and a crossing that overlap always mark one of the two events. An
    event's marks are decided as it happens, but its entry may land in the log just after the
    other car's next one. The @Arbiter, which jcstress runs after both actors have finished,
    reports the log.

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on this class, and shared through @JCStressMeta. jcstress grades a result by
    the first outcome whose id (a regular expression) matches it. A correct light gives one of
    two logs, as the first car to get the crossing is A or B:

      "A crosses, A crossed, B turns green, B crosses, B crossed"
                                 ACCEPTABLE  A crossed on the green it found; then B switched
                                             the light and crossed.
      "B turns green, B crosses, B crossed, A turns green, A crosses, A crossed"
                                 ACCEPTABLE  B switched the light and crossed; then A switched
                                             it back and crossed.
      ".*on red.*"               FORBIDDEN   a car crossed while its road was red.
      ".*while a car crosses.*"  FORBIDDEN   the light changed under a crossing car.
      ".*while green.*"          FORBIDDEN   turnGreen ran for the road already green.
      ".*on another thread.*"    FORBIDDEN   a callback ran on the other car's thread.
      anything else              FORBIDDEN   a car crossed twice or never, or switched the
                                             light twice.

    A correct solution shows only the ACCEPTABLE outcomes. One sample of any other outcome
    fails the test, and the gate fails the build.
 */
@Outcome(id = "A crosses, A crossed, B turns green, B crosses, B crossed", expect = ACCEPTABLE,
        desc = "A crossed on green; then B switched the light and crossed.")
@Outcome(id = "B turns green, B crosses, B crossed, A turns green, A crosses, A crossed", expect = ACCEPTABLE,
        desc = "B switched the light and crossed; then A switched it back and crossed.")
@Outcome(id = ".*on red.*", expect = FORBIDDEN, desc = "A car crossed while its road was red.")
@Outcome(id = ".*while a car crosses.*", expect = FORBIDDEN, desc = "The light changed under a crossing car.")
@Outcome(id = ".*while green.*", expect = FORBIDDEN, desc = "turnGreen ran for the road already green.")
@Outcome(id = ".*on another thread.*", expect = FORBIDDEN, desc = "A callback ran on the other car's thread.")
@Outcome(expect = FORBIDDEN, desc = "A car crossed twice or never, or switched the light twice.")
public final class TrafficLightStress {
    /** Road A (roadId 1), green at the start. */
    static final int ROAD_A = 1;
    /** Road B (roadId 2). */
    static final int ROAD_B = 2;
    /** The direction of the car on road A. */
    static final int NORTH = 1;
    /** The direction of the car on road B. */
    static final int WEST = 3;
    /** The id of the car on road A. */
    static final int CAR_A = 1;
    /** The id of the car on road B. */
    static final int CAR_B = 2;

    private TrafficLightStress() {
    }

    /**
     * One run of a traffic light: the solution under test, the light as the callbacks set it,
     * and the log of the callbacks' events. Any {@link Intersection} works, including one
     * loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both cars of this sample. */
        private final Intersection intersection;
        /** Events in the order they happened; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();
        /** The road the last turnGreen made green; road A at the start. */
        private final AtomicInteger light = new AtomicInteger(ROAD_A);
        /** Cars inside crossCar. */
        private final AtomicInteger crossing = new AtomicInteger();

        protected Run(Intersection intersection) {
            this.intersection = Objects.requireNonNull(intersection, "intersection");
        }

        /** The car's {@code carArrived}, with callbacks that log its events; runs on the car's thread. */
        protected final void arrive(int carId, int road, int direction) {
            Thread car = Thread.currentThread();
            intersection.carArrived(carId, road, direction, () -> turnGreen(road, car), () -> cross(road, car));
        }

        /** Reports the log, e.g. "A crosses, A crossed, ...". Call only after both cars finished. */
        protected final void reportEvents(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** The turnGreen callback of the car on {@code road}. */
        private void turnGreen(int road, Thread car) {
            String event = name(road) + " turns green";
            if (light.getAndSet(road) == road) {
                event += " while green";
            }
            if (crossing.get() > 0) {
                event += " while a car crosses";
            }
            log.add(event + onThread(car));
        }

        /** The crossCar callback of the car on {@code road}. */
        private void cross(int road, Thread car) {
            crossing.incrementAndGet();
            String event = name(road) + " crosses";
            if (light.get() != road) {
                event += " on red";
            }
            log.add(event + onThread(car));
            log.add(name(road) + " crossed");
            crossing.decrementAndGet();
        }

        /** " on another thread" unless the calling thread is {@code car}. */
        private static String onThread(Thread car) {
            return Thread.currentThread() == car ? "" : " on another thread";
        }

        private static String name(int road) {
            return road == ROAD_A ? "A" : "B";
        }
    }

    @JCStressTest
    @JCStressMeta(TrafficLightStress.class)
    @State
    public static class Synchronized extends Run {
        public Synchronized() {
            super(new SynchronizedIntersection());
        }

        @Actor
        public void carOnRoadA() {
            arrive(CAR_A, ROAD_A, NORTH);
        }

        @Actor
        public void carOnRoadB() {
            arrive(CAR_B, ROAD_B, WEST);
        }

        @Arbiter
        public void events(L_Result r) {
            reportEvents(r);
        }
    }

    @JCStressTest
    @JCStressMeta(TrafficLightStress.class)
    @State
    public static class ReentrantLock extends Run {
        public ReentrantLock() {
            super(new ReentrantLockIntersection());
        }

        @Actor
        public void carOnRoadA() {
            arrive(CAR_A, ROAD_A, NORTH);
        }

        @Actor
        public void carOnRoadB() {
            arrive(CAR_B, ROAD_B, WEST);
        }

        @Arbiter
        public void events(L_Result r) {
            reportEvents(r);
        }
    }

    @JCStressTest
    @JCStressMeta(TrafficLightStress.class)
    @State
    public static class Semaphore extends Run {
        public Semaphore() {
            super(new SemaphoreIntersection());
        }

        @Actor
        public void carOnRoadA() {
            arrive(CAR_A, ROAD_A, NORTH);
        }

        @Actor
        public void carOnRoadB() {
            arrive(CAR_B, ROAD_B, WEST);
        }

        @Arbiter
        public void events(L_Result r) {
            reportEvents(r);
        }
    }

    @JCStressTest
    @JCStressMeta(TrafficLightStress.class)
    @State
    public static class AtomicBoolean extends Run {
        public AtomicBoolean() {
            super(new AtomicBooleanIntersection());
        }

        @Actor
        public void carOnRoadA() {
            arrive(CAR_A, ROAD_A, NORTH);
        }

        @Actor
        public void carOnRoadB() {
            arrive(CAR_B, ROAD_B, WEST);
        }

        @Arbiter
        public void events(L_Result r) {
            reportEvents(r);
        }
    }

    /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
    @JCStressTest
    @JCStressMeta(TrafficLightStress.class)
    @State
    public static class User extends Run {
        public User() {
            super(UserSolution.create(Intersection.class, List.of()));
        }

        @Actor
        public void carOnRoadA() {
            arrive(CAR_A, ROAD_A, NORTH);
        }

        @Actor
        public void carOnRoadB() {
            arrive(CAR_B, ROAD_B, WEST);
        }

        @Arbiter
        public void events(L_Result r) {
            reportEvents(r);
        }
    }
}
