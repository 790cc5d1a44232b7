package org.concurrencykit.problems.h2o;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Building H2O: the atoms in the order their threads are started, one thread
 * per letter.
 *
 * @param water {@code 'H'} and {@code 'O'} letters, twice as many H as O
 */
public record Water(String water) implements TestCase {
    /** LeetCode's bound on the number of molecules. */
    public static final int MAX_MOLECULES = 20;

    public Water {
        int h = 0;
        for (char c : water.toCharArray()) {
            if (c != 'H' && c != 'O') {
                throw new IllegalArgumentException("water may hold only H and O, got '" + c + "'");
            }
            h += c == 'H' ? 1 : 0;
        }
        int n = water.length() / 3;
        if (water.length() % 3 != 0 || n < 1 || n > MAX_MOLECULES || h != 2 * n) {
            throw new IllegalArgumentException("water must be 1.." + MAX_MOLECULES
                    + " molecules: 3n letters with exactly 2n H, got \"" + water + "\"");
        }
    }

    /** The number of molecules. */
    public int molecules() {
        return water.length() / 3;
    }

    @Override
    public String input() {
        return "water = \"" + water + "\"";
    }

    @Override
    public int size() {
        return water.length();
    }
}
