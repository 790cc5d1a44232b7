package org.concurrencykit.problems.printinorder;

import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Print in Order: {@code nums[i]} says which method the i-th started thread
 * calls (1 = first, 2 = second, 3 = third).
 */
public record StartOrder(List<Integer> nums) implements TestCase {
    public StartOrder {
        nums = List.copyOf(nums);
        if (nums.size() != 3 || !nums.containsAll(List.of(1, 2, 3))) {
            throw new IllegalArgumentException("nums must be a permutation of [1,2,3], got " + nums);
        }
    }

    @Override
    public String input() {
        return "nums = [" + nums.get(0) + "," + nums.get(1) + "," + nums.get(2) + "]";
    }

    @Override
    public int size() {
        return 3;
    }
}
