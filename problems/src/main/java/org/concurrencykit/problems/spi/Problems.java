package org.concurrencykit.problems.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry: every {@link Problem} on the class path, found with {@link ServiceLoader}.
 * Adding a problem is one package plus one line in
 * {@code META-INF/services/org.concurrencykit.problems.spi.Problem}.
 */
public final class Problems {
    private Problems() {
    }

    /** All problems, LeetCode number first (classic problems, numbered 0, last by slug). */
    public static List<Problem<?, ?>> all() {
        List<Problem<?, ?>> all = new ArrayList<>();
        for (Problem<?, ?> p : ServiceLoader.load(Problem.class, Problems.class.getClassLoader())) {
            all.add(p);
        }
        all.sort(Comparator.comparingInt((Problem<?, ?> p) -> p.info().number() == 0 ? Integer.MAX_VALUE : p.info().number())
                .thenComparing(p -> p.info().slug()));
        return all;
    }

    /** The problem named by slug or LeetCode number, case-insensitive. */
    public static Optional<Problem<?, ?>> find(String nameOrNumber) {
        String key = nameOrNumber.strip().toLowerCase(Locale.ROOT);
        for (Problem<?, ?> p : all()) {
            if (p.info().slug().equals(key) || (p.info().number() != 0 && key.equals(Integer.toString(p.info().number())))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
