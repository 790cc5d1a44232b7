package org.concurrencykit.problems.diningsavages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The Dining Savages (a classic of the semaphore textbooks, restated): how a feast runs and
 * what a correct one looks like ({@link FeastCheck}).
 *
 * <p>Thread {@code cook} calls {@code cook(putServings)} once per refill; threads
 * {@code savage-1} to {@code savage-n} call {@code getServing(takeServing)} once per meal.
 * The callbacks record {@code refill} and {@code take} between adversarial pauses. Every
 * thread is the problem's, so the model checker can schedule them all.
 */
public final class DiningSavagesProblem implements Problem<Pot, Feast> {
    private static final String EXAMPLE = "servings = 2, refills = 3, meals = [2,2,2]";
    private static final Pattern INPUT = Pattern.compile("\\s*servings\\s*=\\s*(\\d{1,2})\\s*,\\s*refills\\s*=\\s*"
            + "(\\d{1,2})\\s*,\\s*meals\\s*=\\s*\\[([\\d,\\s]*)]\\s*"
            + "(?:,\\s*start\\s*=\\s*\\[\\s*(cook|savages)\\s*,\\s*(cook|savages)\\s*]\\s*)?");
    /**
     * Servings, refills, meals: one serving a refill (every meal wakes the cook), a crowd
     * at a small pot, one savage alone, uneven appetites, and the largest.
     */
    private static final int[][][] SHAPES = {
        {{1, 3}, {1, 1, 1}},
        {{2, 2}, {1, 1, 1, 1}},
        {{3, 2}, {5, 1}},
        {{2, 3}, {6}},
        {{4, 3}, {3, 3, 3, 3}},
        {{1, Feast.MAX_REFILLS}, {1, 1, 1, 1, 1, 1}},
        {{Feast.MAX_SERVINGS, 4}, {4, 3, 3, 2, 2, 2}},
    };
    private static final int RANDOM_CASES = 2;

    private static final ProblemInfo INFO = new ProblemInfo(
            "dining-savages", 0, "Dining Savages", Difficulty.MEDIUM, "Pot",
            List.of("cook calls cook(putServings) once per refill",
                    "savage-1..n each call getServing(takeServing) once per meal"), 8);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<Pot> solutionType() {
        return Pot.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(Feast feast) {
        return new Object[] {feast.servings()};
    }

    /** Three savages who all find the pot empty before the cook comes; uneven appetites, cook first. */
    @Override
    public List<Feast> examples() {
        return List.of(parse(EXAMPLE), parse("servings = 3, refills = 2, meals = [4,2], start = [cook,savages]"));
    }

    /**
     * One serving a refill, two refills, two savages: both find the pot empty (a second
     * wake-up, a second refill), a savage woken by the other's call to the cook (an if
     * instead of a while), two savages looking at the last serving (check-then-act), an order
     * the cook never takes down, a wake-up lost before the cook sleeps. The exploration tries
     * every start order itself. Measured: each reference passes 250 interleavings in 5-20 s
     * (2 loaded cores); the model checker finds the double refill as a wrong answer and the
     * lost wake-up as a hang, and reaches the serving taken from an empty pot (if instead of
     * while, check-then-act, an order never cleared) as the hang that follows it, since
     * it does not judge a hung round's log as stress does.
     */
    @Override
    public List<Feast> smallCases() {
        return List.of(new Feast(1, 2, List.of(1, 1), false));
    }

    @Override
    public List<Feast> cases(Random random) {
        List<Feast> generated = new ArrayList<>();
        for (int[][] s : SHAPES) {
            List<Integer> meals = new ArrayList<>();
            for (int m : s[1]) {
                meals.add(m);
            }
            generated.add(new Feast(s[0][0], s[0][1], meals, false));
            generated.add(new Feast(s[0][0], s[0][1], meals, true));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(random(random));
        }
        Collections.shuffle(generated, random);
        List<Feast> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    private static Feast random(Random random) {
        int servings = 1 + random.nextInt(Feast.MAX_SERVINGS);
        int refills = 1 + random.nextInt(Feast.MAX_REFILLS - 1);
        int total = servings * refills;
        int savages = 1 + random.nextInt(Math.min(Feast.MAX_SAVAGES, total));
        List<Integer> meals = new ArrayList<>(Collections.nCopies(savages, 1));
        for (int left = total - savages; left > 0; left--) {
            int s = random.nextInt(savages);
            meals.set(s, meals.get(s) + 1);
        }
        return new Feast(servings, refills, meals, random.nextBoolean());
    }

    @Override
    public Feast parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches() || (m.group(4) != null && m.group(4).equals(m.group(5)))) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE
                    + " (optionally followed by , start = [cook,savages]), got: " + input);
        }
        try {
            List<Integer> meals = new ArrayList<>();
            for (String meal : m.group(3).split(",")) {
                if (!meal.isBlank()) {
                    meals.add(Integer.parseInt(meal.strip()));
                }
            }
            return new Feast(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), meals,
                    "cook".equals(m.group(4)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(Pot pot, Feast feast, Round round) {
        if (feast.cookFirst()) {
            cook(pot, feast, round);
        }
        for (int s = 1; s <= feast.savages(); s++) {
            int meals = feast.meals().get(s - 1);
            Runnable takeServing = round.callback(FeastCheck.TAKE);
            round.thread(FeastCheck.savage(s), () -> {
                for (int meal = 0; meal < meals; meal++) {
                    round.pause();
                    pot.getServing(takeServing);
                }
            });
        }
        if (!feast.cookFirst()) {
            cook(pot, feast, round);
        }
    }

    private static void cook(Pot pot, Feast feast, Round round) {
        Runnable putServings = round.callback(FeastCheck.REFILL);
        round.thread(FeastCheck.COOK, () -> {
            for (int refill = 0; refill < feast.refills(); refill++) {
                pot.cook(putServings);
            }
        });
    }

    /** The feast as a story, one event a line, with what the pot holds. */
    @Override
    public String output(Feast feast, EventLog log) {
        return FeastCheck.story(feast, log.events());
    }

    @Override
    public Optional<Violation> check(Feast feast, EventLog log) {
        return FeastCheck.check(feast, log.events());
    }

    /** A feast that hung may already have had a serving taken from an empty pot, or a full pot refilled. */
    @Override
    public Optional<Violation> checkUnfinished(Feast feast, EventLog log) {
        return FeastCheck.checkUnfinished(feast, log.events());
    }

    @Override
    public List<Class<? extends Pot>> references() {
        return List.of(SemaphorePot.class, SynchronizedPot.class, ReentrantLockPot.class, BlockingQueuePot.class);
    }
}
