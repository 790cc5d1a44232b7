package org.concurrencykit.problems.sleepingbarber;

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
 * The Sleeping Barber (a classic of the semaphore textbooks): how a day at the shop runs and
 * what a correct one looks like ({@link ShopCheck}).
 *
 * <p>One thread, {@code barber}, calls {@code barber(cutHair)} once and records
 * {@code closes} when it returns; threads {@code customer-1} to {@code customer-n} each
 * record {@code enters}, call {@code enter(sitDown, getHaircut)} once and record whether it
 * returned {@code true} or {@code false}. The callbacks record {@code sits}, {@code haircut}
 * and {@code cut} between adversarial pauses. Every thread is the problem's, so the model
 * checker can schedule them all.
 */
public final class SleepingBarberProblem implements Problem<BarberShop, Visit> {
    private static final String EXAMPLE = "chairs = 1, customers = 3";
    private static final Pattern INPUT = Pattern.compile("\\s*chairs\\s*=\\s*(\\d{1,3})\\s*,\\s*customers\\s*=\\s*"
            + "(\\d{1,3})\\s*(?:,\\s*start\\s*=\\s*\\[\\s*(barber|customers)\\s*,\\s*(barber|customers)\\s*]\\s*)?");
    /** Chairs, customers: crowds at one chair (many turned away), a roomy shop, and the largest. */
    private static final int[][] SHAPES = {
        {1, 2}, {1, 4}, {2, 6}, {1, 8}, {3, 5}, {2, Visit.MAX_CUSTOMERS}, {Visit.MAX_CHAIRS, Visit.MAX_CUSTOMERS},
    };
    private static final int RANDOM_CASES = 3;

    private static final ProblemInfo INFO = new ProblemInfo(
            "sleeping-barber", 0, "Sleeping Barber", Difficulty.MEDIUM, "BarberShop",
            List.of("barber calls barber(cutHair) once",
                    "customer-1..n each call enter(sitDown, getHaircut) once"), 15);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<BarberShop> solutionType() {
        return BarberShop.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class, int.class);
    }

    @Override
    public Object[] constructorArgs(Visit visit) {
        return new Object[] {visit.chairs(), visit.customers()};
    }

    @Override
    public List<Visit> examples() {
        return List.of(parse(EXAMPLE), new Visit(2, 5, true));
    }

    /**
     * One waiting chair. Two customers: a lost wake-up, a cut with nobody there (a barber
     * woken by the first customer leaving while the second has not come), a customer gone
     * before his cut. Three: two sitting at once beside the one being served. One customer
     * alone would be cheaper but shows no spurious wake-up: his leaving ends the day.
     */
    @Override
    public List<Visit> smallCases() {
        return List.of(new Visit(1, 2, false), new Visit(1, 3, false));
    }

    @Override
    public List<Visit> cases(Random random) {
        List<Visit> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            generated.add(new Visit(s[0], s[1], false));
            generated.add(new Visit(s[0], s[1], true));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new Visit(1 + random.nextInt(Visit.MAX_CHAIRS), 1 + random.nextInt(Visit.MAX_CUSTOMERS),
                    random.nextBoolean()));
        }
        Collections.shuffle(generated, random);
        List<Visit> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public Visit parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches() || (m.group(3) != null && m.group(3).equals(m.group(4)))) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE
                    + " (optionally followed by , start = [customers,barber]), got: " + input);
        }
        try {
            return new Visit(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    "customers".equals(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(BarberShop shop, Visit visit, Round round) {
        if (!visit.customersFirst()) {
            barber(shop, round);
        }
        for (int c = 1; c <= visit.customers(); c++) {
            Runnable sitDown = round.callback(ShopCheck.SITS);
            Runnable getHaircut = round.callback(ShopCheck.HAIRCUT);
            round.thread(ShopCheck.customer(c), () -> {
                round.pause();
                round.emit(ShopCheck.ENTERS);
                boolean served = shop.enter(sitDown, getHaircut);
                round.emit(served ? ShopCheck.LEAVES : ShopCheck.BALKS);
            });
        }
        if (visit.customersFirst()) {
            barber(shop, round);
        }
    }

    private static void barber(BarberShop shop, Round round) {
        Runnable cutHair = round.callback(ShopCheck.CUT);
        round.thread(ShopCheck.BARBER, () -> {
            shop.barber(cutHair);
            round.emit(ShopCheck.CLOSES);
        });
    }

    /** The day as a story, one event a line. */
    @Override
    public String output(Visit visit, EventLog log) {
        return ShopCheck.story(log.events());
    }

    @Override
    public Optional<Violation> check(Visit visit, EventLog log) {
        return ShopCheck.check(visit, log.events());
    }

    /** A day that hung may already have had a cut with nobody there, or a customer gone before his cut. */
    @Override
    public Optional<Violation> checkUnfinished(Visit visit, EventLog log) {
        return ShopCheck.checkUnfinished(visit, log.events());
    }

    @Override
    public List<Class<? extends BarberShop>> references() {
        return List.of(SemaphoreBarberShop.class, SynchronizedBarberShop.class, ReentrantLockBarberShop.class,
                BlockingQueueBarberShop.class);
    }
}
