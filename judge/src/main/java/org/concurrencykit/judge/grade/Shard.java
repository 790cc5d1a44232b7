package org.concurrencykit.judge.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shard {@code k} of {@code n} ({@code --shard K/N}): the items sorted by key, dealt out round-robin,
 * so the shards differ by at most one item and every item is in exactly one. A pure function of
 * the keys: every job of a CI matrix, given the same checkout, computes the same split, and
 * CI's workflow calls exactly this code.
 *
 * @param k which shard, from 1
 * @param n how many shards
 */
public record Shard(int k, int n) {
    /** All of it, in one shard. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + k + "/" + n);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] kn = text.strip().split("/", -1);
        try {
            if (kn.length == 2) {
                return new Shard(Integer.parseInt(kn[0].strip()), Integer.parseInt(kn[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is K/N (e.g. 2/4), not '" + text + "'");
    }

    /** This shard's items, in key order. */
    public <T> List<T> of(List<T> items, Function<T, String> key) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparing(key));
        List<T> mine = new ArrayList<>();
        for (int i = k - 1; i < sorted.size(); i += n) {
            mine.add(sorted.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
