package org.concurrencykit.problems.sleepingbarber;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the Sleeping Barber: how many waiting chairs the shop has, how many customers
 * come, and whether the judge starts the barber's thread before or after theirs.
 *
 * @param chairs         waiting chairs (the barber's chair is extra)
 * @param customers      customers, threads {@code customer-1} to {@code customer-n}, each entering once
 * @param customersFirst whether the customers' threads start before the barber's
 */
public record Visit(int chairs, int customers, boolean customersFirst) implements TestCase {
    /** Most waiting chairs. */
    public static final int MAX_CHAIRS = 5;
    /** Most customers. */
    public static final int MAX_CUSTOMERS = 12;

    public Visit {
        if (chairs < 1 || chairs > MAX_CHAIRS) {
            throw new IllegalArgumentException("chairs must be in 1.." + MAX_CHAIRS);
        }
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be in 1.." + MAX_CUSTOMERS);
        }
    }

    @Override
    public String input() {
        return "chairs = " + chairs + ", customers = " + customers + (customersFirst ? ", start = [customers,barber]" : "");
    }

    /** Per customer: enters, sits, haircut, leaves, and a cut; the barber's end. */
    @Override
    public int size() {
        return 5 * customers + 1;
    }
}
