package org.concurrencykit.problems.diningsavages;

import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the Dining Savages: the servings one refill puts in the pot, how many times
 * the cook refills it, how many meals each savage eats, and whether the judge starts the
 * cook's thread before or after the savages'. Every serving is eaten: the meals add up to
 * {@code servings * refills}, so the story ends with an empty pot and every thread done.
 *
 * @param servings  servings a refill puts in the pot ({@code Pot(int servings)})
 * @param refills   calls of {@code cook(...)} by thread {@code cook}
 * @param meals     per savage, threads {@code savage-1} to {@code savage-n}: calls of {@code getServing(...)}
 * @param cookFirst whether the cook's thread starts before the savages'
 */
public record Feast(int servings, int refills, List<Integer> meals, boolean cookFirst) implements TestCase {
    /** Most servings per refill. */
    public static final int MAX_SERVINGS = 4;
    /** Most refills. */
    public static final int MAX_REFILLS = 6;
    /** Most savages. */
    public static final int MAX_SAVAGES = 6;

    public Feast {
        meals = List.copyOf(meals);
        if (servings < 1 || servings > MAX_SERVINGS) {
            throw new IllegalArgumentException("servings must be in 1.." + MAX_SERVINGS);
        }
        if (refills < 1 || refills > MAX_REFILLS) {
            throw new IllegalArgumentException("refills must be in 1.." + MAX_REFILLS);
        }
        if (meals.isEmpty() || meals.size() > MAX_SAVAGES) {
            throw new IllegalArgumentException("meals must name 1 to " + MAX_SAVAGES + " savages");
        }
        if (meals.stream().anyMatch(m -> m < 1)) {
            throw new IllegalArgumentException("every savage eats at least one meal");
        }
        if (totalMeals(meals) != servings * refills) {
            throw new IllegalArgumentException("the meals must add up to servings * refills = "
                    + servings * refills + ", not " + totalMeals(meals) + ": every serving is eaten");
        }
    }

    private static int totalMeals(List<Integer> meals) {
        return meals.stream().mapToInt(Integer::intValue).sum();
    }

    /** Number of savages. */
    public int savages() {
        return meals.size();
    }

    /** Meals of all savages together: {@code servings * refills}. */
    public int totalMeals() {
        return totalMeals(meals);
    }

    @Override
    public String input() {
        StringBuilder sb = new StringBuilder("servings = ").append(servings).append(", refills = ").append(refills)
                .append(", meals = [");
        for (int i = 0; i < meals.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(meals.get(i));
        }
        return sb.append(']').append(cookFirst ? ", start = [cook,savages]" : "").toString();
    }

    /** One event per refill and per meal. */
    @Override
    public int size() {
        return refills + totalMeals();
    }
}
