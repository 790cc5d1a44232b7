package org.concurrencykit.jcstress.diningphilosophers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.diningphilosophers.AtomicIntegerArrayDiningPhilosophers;
import org.concurrencykit.problems.diningphilosophers.BlockingQueueDiningPhilosophers;
import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.diningphilosophers.ReentrantLockDiningPhilosophers;
import org.concurrencykit.problems.diningphilosophers.SemaphoreDiningPhilosophers;
import org.concurrencykit.problems.diningphilosophers.SynchronizedDiningPhilosophers;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t DiningPhilosophersStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'DiningPhilosophersStress\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    The Dining Philosophers (LeetCode 1226): one instance is shared by five philosophers'
    threads; philosopher i calls wantsToEat(i, ...), which picks up both of its forks, eats
    and puts them down, running a callback for each. Philosopher i's left fork is fork i and
    its right fork fork (i + 1) % 5, so neighbours share a fork, and no fork may be in two
    hands at once.

    Every test below is two actors, philosophers 4 and 0, each calling wantsToEat once on a
    fresh solution; philosophers 1, 2 and 3 never come to the table. The two are neighbours:
    fork 0 is philosopher 4's right fork and philosopher 0's left one. They are the pair where
    (i + 1) % 5 wraps round, and in the lock-ordering reference (lower-numbered fork first)
    philosopher 4 is the one that reaches for its right fork first. A deadlock needs all five
    and is the judge's to find; these tests check that the shared fork is held by one of them
    at a time, and that each meal is both picks, then eat, then both puts.

    The callbacks append what they do to the state's log (Run); the @Arbiter, which jcstress
    runs after both actors have finished, checks each philosopher's meal and then reports who
    held fork 0 first. A philosopher holds a fork from its pick to its put.

    The judge also accepts the mirror numbering (left fork (i + 1) % 5, right fork i), since it
    checks a whole dinner under one numbering. These tests take the numbering as stated: with
    one shared fork, accepting a sample that is right under either numbering would pass a
    solution that leaves its lock between the two picks, whose samples are each right under
    one numbering, but not always the same one. A sample right only under the mirror
    numbering (fork 0 as philosopher 4's left fork and 0's right one) gets its own outcome: a
    solution numbered that way fails here, with that outcome, though the judge accepts it.

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on this class, and shared through @JCStressMeta:

      "fork 0: philosopher 4, then philosopher 0"
                               ACCEPTABLE  0 picked fork 0 up only after 4 had put it down.
      "fork 0: philosopher 0, then philosopher 4"
                               ACCEPTABLE  4 picked fork 0 up only after 0 had put it down.
      "fork 0: philosophers 4 and 0 at once"
                               FORBIDDEN   one picked fork 0 up while the other held it.
      "fork 0: philosophers 4 and 0 at once, unless numbered the other way round"
                               FORBIDDEN   the same; with the mirror numbering the sample would
                                           be right (see above).
      ".*interrupted.*"        FORBIDDEN   a philosopher got InterruptedException; jcstress
                                           never interrupts actors, so the solution caused it.
      anything else            FORBIDDEN   a meal was not both picks, eat, both puts, each
                                           once; the result shows that philosopher's, e.g.
                                           "philosopher 4: picks left, picks right, puts
                                           left, puts right, eats".

    A correct solution shows only ACCEPTABLE outcomes. One sample of any other outcome fails
    the test, and the gate fails the build.
 */
@Outcome(id = "fork 0: philosopher 4, then philosopher 0", expect = ACCEPTABLE,
        desc = "Philosopher 0 picked fork 0 up after 4 put it down.")
@Outcome(id = "fork 0: philosopher 0, then philosopher 4", expect = ACCEPTABLE,
        desc = "Philosopher 4 picked fork 0 up after 0 put it down.")
@Outcome(id = "fork 0: philosophers 4 and 0 at once", expect = FORBIDDEN,
        desc = "Both held fork 0 at once.")
@Outcome(id = "fork 0: philosophers 4 and 0 at once, unless numbered the other way round", expect = FORBIDDEN,
        desc = "Both held fork 0 at once, unless the forks are numbered the other way round.")
@Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A philosopher was interrupted.")
@Outcome(expect = FORBIDDEN, desc = "A meal was not both picks, eat, both puts, each once.")
public final class DiningPhilosophersStress {
    /** The philosopher whose right fork is the shared fork 0. */
    static final int LEFT_DINER = 4;
    /** The philosopher whose left fork is the shared fork 0. */
    static final int RIGHT_DINER = 0;

    private DiningPhilosophersStress() {
    }

    /** What a philosopher does in a meal, as its callbacks report it. */
    enum Step {
        PICK_LEFT("picks left"),
        PICK_RIGHT("picks right"),
        EAT("eats"),
        PUT_LEFT("puts left"),
        PUT_RIGHT("puts right"),
        /** Not a callback: wantsToEat threw InterruptedException. */
        INTERRUPTED("was interrupted");

        private static final Set<Step> PICKS = EnumSet.of(PICK_LEFT, PICK_RIGHT);
        private static final Set<Step> PUTS = EnumSet.of(PUT_LEFT, PUT_RIGHT);

        private final String verb;

        Step(String verb) {
            this.verb = verb;
        }

        /** Whether {@code steps} are one meal: both picks in either order, eat, both puts in either order. */
        static boolean isMeal(List<Step> steps) {
            return steps.size() == 5
                    && Set.copyOf(steps.subList(0, 2)).equals(PICKS)
                    && steps.get(2) == EAT
                    && Set.copyOf(steps.subList(3, 5)).equals(PUTS);
        }
    }

    /** One thing philosopher {@code philosopher} did. */
    record Action(int philosopher, Step step) {
    }

    /**
     * One run of a Dining Philosophers solution: the instance under test and what philosophers
     * 4 and 0 did, in the order they did it. Any {@link Philosophers} works, including one
     * loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both actors of this sample. */
        private final Philosophers solution;
        /** Callbacks in the order they ran; lock-free, so it adds no lock. */
        private final Queue<Action> log = new ConcurrentLinkedQueue<>();

        protected Run(Philosophers solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Philosopher {@code p} eats once; its callbacks log what it does. */
        protected final void callWantsToEat(int p) {
            try {
                solution.wantsToEat(p, () -> log.add(new Action(p, Step.PICK_LEFT)),
                        () -> log.add(new Action(p, Step.PICK_RIGHT)), () -> log.add(new Action(p, Step.EAT)),
                        () -> log.add(new Action(p, Step.PUT_LEFT)), () -> log.add(new Action(p, Step.PUT_RIGHT)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.add(new Action(p, Step.INTERRUPTED));
            }
        }

        /**
         * Reports who held fork 0 first, e.g. "fork 0: philosopher 4, then philosopher 0", or
         * the first philosopher whose meal is malformed. Call only after both actors finished.
         */
        protected final void reportSharedFork(L_Result r) {
            List<Action> actions = List.copyOf(log);
            for (int p : List.of(LEFT_DINER, RIGHT_DINER)) {
                List<Step> meal = mealOf(actions, p);
                if (!Step.isMeal(meal)) {
                    r.r1 = "philosopher " + p + ": " + meal.stream().map(s -> s.verb).collect(Collectors.joining(", "));
                    return;
                }
            }
            String stated = holders(actions, Step.PICK_RIGHT, Step.PUT_RIGHT, Step.PICK_LEFT, Step.PUT_LEFT);
            if (stated != null) {
                r.r1 = "fork 0: " + stated;
                return;
            }
            String mirror = holders(actions, Step.PICK_LEFT, Step.PUT_LEFT, Step.PICK_RIGHT, Step.PUT_RIGHT);
            r.r1 = "fork 0: philosophers " + LEFT_DINER + " and " + RIGHT_DINER + " at once"
                    + (mirror == null ? "" : ", unless numbered the other way round");
        }

        /** Philosopher {@code p}'s steps, in order. */
        private static List<Step> mealOf(List<Action> actions, int p) {
            List<Step> steps = new ArrayList<>();
            for (Action a : actions) {
                if (a.philosopher() == p) {
                    steps.add(a.step());
                }
            }
            return steps;
        }

        /**
         * Who held fork 0 first, "philosopher 4, then philosopher 0" or the other way round, if
         * one put it down before the other picked it up; null if their holds overlap. Each
         * philosopher picks fork 0 up and puts it down with the steps given for it.
         */
        private static String holders(List<Action> actions, Step leftDinerPicks, Step leftDinerPuts,
                                      Step rightDinerPicks, Step rightDinerPuts) {
            int leftFrom = actions.indexOf(new Action(LEFT_DINER, leftDinerPicks));
            int leftTo = actions.indexOf(new Action(LEFT_DINER, leftDinerPuts));
            int rightFrom = actions.indexOf(new Action(RIGHT_DINER, rightDinerPicks));
            int rightTo = actions.indexOf(new Action(RIGHT_DINER, rightDinerPuts));
            if (leftTo < rightFrom) {
                return "philosopher " + LEFT_DINER + ", then philosopher " + RIGHT_DINER;
            }
            if (rightTo < leftFrom) {
                return "philosopher " + RIGHT_DINER + ", then philosopher " + LEFT_DINER;
            }
            return null;
        }
    }

    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class Synchronized extends Run {
        public Synchronized() {
            super(new SynchronizedDiningPhilosophers());
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }

    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class ReentrantLock extends Run {
        public ReentrantLock() {
            super(new ReentrantLockDiningPhilosophers());
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }

    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class Semaphore extends Run {
        public Semaphore() {
            super(new SemaphoreDiningPhilosophers());
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }

    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class AtomicIntegerArray extends Run {
        public AtomicIntegerArray() {
            super(new AtomicIntegerArrayDiningPhilosophers());
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }

    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class BlockingQueue extends Run {
        public BlockingQueue() {
            super(new BlockingQueueDiningPhilosophers());
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }

    /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
    @JCStressTest
    @JCStressMeta(DiningPhilosophersStress.class)
    @State
    public static class User extends Run {
        public User() {
            super(UserSolution.create(Philosophers.class, List.of()));
        }

        @Actor
        public void philosopher4() {
            callWantsToEat(LEFT_DINER);
        }

        @Actor
        public void philosopher0() {
            callWantsToEat(RIGHT_DINER);
        }

        @Arbiter
        public void sharedFork(L_Result r) {
            reportSharedFork(r);
        }
    }
}
