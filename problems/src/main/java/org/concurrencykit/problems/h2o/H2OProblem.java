package org.concurrencykit.problems.h2o;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * LeetCode 1117: what a run of Building H2O is and what a correct one releases.
 *
 * <p>Each atom is a thread named after its kind and rank in the input ({@code H1},
 * {@code O1}, {@code H2}...), started in the input's order. A correct log cuts into
 * consecutive groups of three releases, each two "H" and one "O", and every thread releases
 * once, its own atom. The release callbacks pause before and after they record, so that a
 * solution which lets the next molecule in before the current one has finished releasing
 * shows it as a group of the wrong shape.
 */
public final class H2OProblem implements Problem<WaterMolecule, Water> {
    private static final Pattern INPUT = Pattern.compile("\\s*(?:water\\s*=\\s*)?\"?([HO]{1,200})\"?\\s*");
    private static final int[] SIZES = {2, 3, 4, 5, 7, 10, 15, Water.MAX_MOLECULES};
    private static final int RANDOM_CASES = 6;

    private static final ProblemInfo INFO = new ProblemInfo(
            "building-h2o", 1117, "Building H2O", Difficulty.MEDIUM, "H2O",
            List.of("H1, H2... (one per 'H' in water) each call hydrogen() once",
                    "O1, O2... (one per 'O' in water) each call oxygen() once"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<WaterMolecule> solutionType() {
        return WaterMolecule.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(Water testCase) {
        return new Object[0];
    }

    @Override
    public List<Water> examples() {
        return List.of(new Water("HOH"), new Water("OOHHHH"));
    }

    @Override
    public List<Water> cases(Random random) {
        List<Water> generated = new ArrayList<>(List.of(new Water("HHO"), new Water("OHH")));
        for (int n : SIZES) {
            generated.add(new Water("O".repeat(n) + "H".repeat(2 * n)));
            generated.add(new Water("H".repeat(2 * n) + "O".repeat(n)));
            generated.add(shuffled(n, random));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(shuffled(1 + random.nextInt(Water.MAX_MOLECULES), random));
        }
        Collections.shuffle(generated, random);
        List<Water> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    private static Water shuffled(int molecules, Random random) {
        List<Character> atoms = new ArrayList<>();
        for (int i = 0; i < molecules; i++) {
            atoms.addAll(List.of('H', 'H', 'O'));
        }
        Collections.shuffle(atoms, random);
        StringBuilder sb = new StringBuilder();
        atoms.forEach(sb::append);
        return new Water(sb.toString());
    }

    @Override
    public Water parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like water = \"OOHHHH\", got: " + input);
        }
        return new Water(m.group(1));
    }

    @Override
    public void run(WaterMolecule h2o, Water testCase, Round round) {
        Runnable releaseHydrogen = release(round, "H");
        Runnable releaseOxygen = release(round, "O");
        for (String name : threadNames(testCase)) {
            if (name.startsWith("H")) {
                round.thread(name, () -> h2o.hydrogen(releaseHydrogen));
            } else {
                round.thread(name, () -> h2o.oxygen(releaseOxygen));
            }
        }
    }

    /** The atoms' thread names in start order: kind and rank, {@code H1}, {@code O1}, {@code H2}... */
    static List<String> threadNames(Water water) {
        List<String> names = new ArrayList<>();
        int h = 0;
        int o = 0;
        for (char c : water.water().toCharArray()) {
            names.add(c == 'H' ? "H" + ++h : "O" + ++o);
        }
        return names;
    }

    /**
     * A release callback: two pauses before recording, one after, so the judge's long
     * stalls land before the release more often than after it. A slot handed to the next
     * molecule before this release has been recorded then lets the next molecule's atoms
     * overtake it.
     */
    private static Runnable release(Round round, String atom) {
        return () -> {
            round.pause();
            round.pause();
            round.emit(atom);
            round.pause();
        };
    }

    @Override
    public Optional<Violation> check(Water testCase, EventLog log) {
        return new Check(testCase, log).run();
    }

    @Override
    public List<Class<? extends WaterMolecule>> references() {
        return List.of(SynchronizedWaterMolecule.class, ReentrantLockWaterMolecule.class,
                SemaphoreWaterMolecule.class, BlockingQueueWaterMolecule.class);
    }

    /** One pass over a round's log. */
    private static final class Check {
        private final Water water;
        private final List<Event> events;
        private final String expected;
        private final String actual;
        /** The atoms' thread names, in start order. */
        private final List<String> atoms;
        /** Thread name to the release number (from 1) at which it released. */
        private final Map<String, Integer> released = new HashMap<>();

        Check(Water water, EventLog log) {
            this.water = water;
            this.atoms = threadNames(water);
            this.events = log.events();
            this.expected = "HHO".repeat(water.molecules());
            this.actual = log.joined();
        }

        Optional<Violation> run() {
            for (int i = 0; i < events.size(); i++) {
                Optional<Violation> v = release(i, events.get(i));
                if (v.isPresent()) {
                    return v;
                }
            }
            return missing();
        }

        private Optional<Violation> release(int i, Event e) {
            int no = i + 1;
            if (!isAtomThread(e.thread())) {
                return fail("release #%d \"%s\" ran on thread %s, which is not an atom's thread: each callback "
                        + "must run on the thread that passed it in", no, e.token(), e.thread());
            }
            if (!e.thread().startsWith(e.token())) {
                return fail("release #%d \"%s\" ran on thread %s, which called %s(): a thread may run only the "
                        + "callback it was given", no, e.token(), e.thread(), e.thread().startsWith("H") ? "hydrogen" : "oxygen");
            }
            Integer before = released.putIfAbsent(e.thread(), no);
            if (before != null) {
                return fail("thread %s released twice (releases #%d and #%d): each atom is released exactly once",
                        e.thread(), before, no);
            }
            return molecule(i, e);
        }

        /** Checks that release i keeps its group of three within two H and one O. */
        private Optional<Violation> molecule(int i, Event e) {
            int start = i - i % 3;
            int same = 0;
            StringBuilder group = new StringBuilder();
            for (int j = start; j < i; j++) {
                group.append(events.get(j).token());
                same += events.get(j).token().equals(e.token()) ? 1 : 0;
            }
            int allowed = e.token().equals("H") ? 2 : 1;
            if (same < allowed) {
                return Optional.empty();
            }
            String what = e.token().equals("H") ? "a third \"H\"" : "a second \"O\"";
            String sofar = group.length() == 0 ? "" : " after \"" + group + "\"";
            return fail("release #%d \"%s\" (thread %s) is %s in molecule %d (releases #%d-#%d%s): each group of "
                    + "three releases must be two H and one O, and a molecule must be complete before the next "
                    + "one's atoms are released", i + 1, e.token(), e.thread(), what, i / 3 + 1, start + 1, start + 3,
                    sofar);
        }

        private Optional<Violation> missing() {
            if (events.size() == water.size()) {
                return Optional.empty();
            }
            List<String> never = new ArrayList<>();
            for (String t : atoms) {
                if (!released.containsKey(t)) {
                    never.add(t);
                }
            }
            return fail("only %d of %d atoms were released; thread%s %s never released", events.size(), water.size(),
                    never.size() == 1 ? "" : "s", String.join(", ", never));
        }

        private boolean isAtomThread(String name) {
            return atoms.contains(name);
        }

        private Optional<Violation> fail(String format, Object... args) {
            return Optional.of(new Violation(expected, actual, String.format(format, args)));
        }
    }
}
